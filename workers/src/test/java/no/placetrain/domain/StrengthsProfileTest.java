package no.placetrain.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StrengthsProfileTest {

  @Test
  void stripsSurroundingWhiteSpace() {
    StrengthsProfile profile = new StrengthsProfile(" kundeservice ", "matlaging", "norsk B1",
        "vil jobbe\n");

    assertThat(profile.skills()).isEqualTo("kundeservice");
    assertThat(profile.motivation()).isEqualTo("vil jobbe");
  }

  @Test
  void everyPartIsRequired() {
    assertThatThrownBy(() -> new StrengthsProfile(" ", "a", "b", "c"))
        .isInstanceOf(InvalidValueException.class).hasMessage("skills: is required");
    assertThatThrownBy(() -> new StrengthsProfile("a", null, "b", "c"))
        .hasMessage("interests: is required");
    assertThatThrownBy(() -> new StrengthsProfile("a", "b", "", "c"))
        .hasMessage("languages: is required");
    assertThatThrownBy(() -> new StrengthsProfile("a", "b", "c", null))
        .hasMessage("motivation: is required");
  }

  @Test
  void partsAreLimitedTo1000CharactersAndTheMessageOmitsTheValue() {
    String tooLong = "x".repeat(1001);

    assertThat(new StrengthsProfile("x".repeat(1000), "b", "c", "d").skills()).hasSize(1000);
    assertThatThrownBy(() -> new StrengthsProfile("a", "b", "c", tooLong))
        .hasMessage("motivation: must be at most 1000 characters")
        .message().doesNotContain("xxx");
  }
}
