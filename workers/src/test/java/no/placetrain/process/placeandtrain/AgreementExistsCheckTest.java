package no.placetrain.process.placeandtrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.placetrain.domain.Agreement;
import no.placetrain.domain.AgreementCatalogue;
import no.placetrain.domain.SelectionMode;
import no.placetrain.testsupport.FakeExecution;
import no.placetrain.testsupport.RecordingViolations;
import org.junit.jupiter.api.Test;

class AgreementExistsCheckTest {

  private final AgreementExistsCheck check = new AgreementExistsCheck(new AgreementCatalogue(
      List.of(new Agreement("kiwi-nav-drammen", "KIWI", "KIWI", List.of("NAV Drammen"), null,
          SelectionMode.INTERVIEW, 3, 6, null))));
  private final RecordingViolations violations = new RecordingViolations();

  @Test
  void appliesToTheReferralStartOnly() {
    assertThat(check.appliesTo("place-and-train", "StartEvent_Referral")).isTrue();
    assertThat(check.appliesTo("place-and-train", "Task_ScreenCandidate")).isFalse();
    assertThat(check.appliesTo("job-guarantee", "StartEvent_Referral")).isFalse();
  }

  @Test
  void aKnownAgreementPasses() {
    check.check(FakeExecution.processInstance()
        .with(PlaceAndTrainProcess.AGREEMENT_ID, "kiwi-nav-drammen"), violations);

    assertThat(violations.byField()).isEmpty();
  }

  @Test
  void anUnknownOrMissingAgreementIsAViolationWithoutItsValue() {
    check.check(FakeExecution.processInstance()
        .with(PlaceAndTrainProcess.AGREEMENT_ID, "kiwi-nav-oslo"), violations);

    assertThat(violations.byField())
        .containsExactly(java.util.Map.entry("agreementId", "must name an agreement of the catalogue"));

    RecordingViolations missing = new RecordingViolations();
    check.check(FakeExecution.processInstance(), missing);
    assertThat(missing.byField()).containsEntry("agreementId", "is required");
  }
}
