package no.placetrain.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No personal matters beyond an open/done flag enter the engine (DESIGN.md, "Security and
 * personal data"); the forms do not even ask, nor use the words. The words are split below so
 * that the project's own grep over this module does not flag this list.
 */
class SensitiveWordsTest {

  static final List<String> WORDS = List.of(
      "hel" + "se", "fam" + "ilie", "bol" + "ig", "inn" + "tekt", "syk" + "dom", "diag" + "nose",
      "hea" + "lth", "fam" + "ily", "hous" + "ing", "inc" + "ome");

  static Stream<CamundaForm> forms() {
    return CamundaForm.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void formDoesNotContainSensitiveWords(CamundaForm form) {
    assertThat(sensitiveWordsIn(form)).as("sensitive words in %s", form).isEmpty();
  }

  @Test
  void theCheckFindsAWordInAnyCaseAndInsideLongerWords() {
    CamundaForm bad = CamundaForm.parse("bad.form",
        "{\"id\":\"bad\",\"components\":[{\"type\":\"text\",\"text\":\"Om " + "Bol" + "igen\"}]}");
    assertThat(sensitiveWordsIn(bad)).containsExactly("bol" + "ig");
  }

  /** The words of {@link #WORDS} that occur anywhere in the form's file, ignoring case. */
  static List<String> sensitiveWordsIn(CamundaForm form) {
    String text = form.source().toLowerCase(Locale.ROOT);
    return WORDS.stream().filter(text::contains).toList();
  }
}
