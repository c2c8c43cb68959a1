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

  @Test
  void aReferredCandidatesDisplayNameHasTheReferralFormsShape() {
    assertThat(Candidate.referred("KIWI-0001", "Åse Ødegård")).isEqualTo(new Candidate("KIWI-0001", "Åse Ødegård"));
    assertThat(Candidate.referred("KIWI-0001", "A.B.").displayName()).isEqualTo("A.B.");
    assertThat(Candidate.referred("KIWI-0001", "O'Neil-Berg 2").displayName()).isEqualTo("O'Neil-Berg 2");
    for (String bad : new String[] {"*Ola*", "- Ola", "# Ola", "Ola <b>", "Ola_N", "[Ola](x)"}) {
      // stored candidates are read without the shape check
      assertThat(new Candidate("KIWI-0001", bad).displayName()).isEqualTo(bad);
      assertThatThrownBy(() -> Candidate.referred("KIWI-0001", bad)).as(bad)
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("candidateDisplayName: must start with a letter and hold only letters,"
              + " digits, spaces, full stops, apostrophes and hyphens")
          .hasMessageNotContaining(bad);
    }
    assertThatThrownBy(() -> Candidate.referred("01017012345", "Ola"))
        .hasMessageStartingWith("candidateRef:");
    assertThatThrownBy(() -> Candidate.referred("KIWI-0001", null))
        .hasMessage("candidateDisplayName: is required");
  }
}
