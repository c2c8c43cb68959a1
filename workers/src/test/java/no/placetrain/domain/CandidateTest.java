package no.placetrain.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CandidateTest {

  @Test
  void aPseudonymousReferenceAndADisplayNameMakeACandidate() {
    Candidate candidate = new Candidate("KIWI-0001", "Amina");
    assertThat(candidate.reference()).isEqualTo("KIWI-0001");
    assertThat(candidate.displayName()).isEqualTo("Amina");
  }

  @Test
  void aReferenceThatLooksLikeANationalIdIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> new Candidate("01017012345", "Ola"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("candidateRef: must be a pseudonymous reference, not a national identity number")
        .hasMessageNotContaining("01017012345");
  }

  @Test
  void badShapesAreNamedByField() {
    assertThatThrownBy(() -> new Candidate("ab", "Ola"))
        .hasMessage("candidateRef: must be 4 to 40 letters, digits or hyphens");
    assertThatThrownBy(() -> new Candidate("REF 0001", "Ola"))
        .hasMessage("candidateRef: must be 4 to 40 letters, digits or hyphens");
    assertThatThrownBy(() -> new Candidate(null, "Ola")).hasMessage("candidateRef: is required");
    assertThatThrownBy(() -> new Candidate("REF-0001", " ")).hasMessage("candidateDisplayName: is required");
    assertThatThrownBy(() -> new Candidate("REF-0001", "x".repeat(61)))
        .hasMessage("candidateDisplayName: must have at most 60 characters");
  }
}
