package no.placetrain.process.placeandtrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.AgreementStatus;
import no.placetrain.testsupport.Agreements;
import no.placetrain.testsupport.FakeExecution;
import no.placetrain.testsupport.RecordingViolations;
import org.junit.jupiter.api.Test;

class AgreementExistsCheckTest {

  private static final Agreement HOTEL = Agreements.hotel();
  private static final Agreement ENDED = new Agreement("kiwi-nav-drammen", HOTEL.kind(), null,
      "KIWI × NAV Drammen", AgreementStatus.ENDED, null, HOTEL.offices(), HOTEL.employer(), null,
      HOTEL.terms(), List.of(), null);

  private static final Agreement FRAMEWORK = Agreements.issFramework();
  private static final Agreement LOCAL = Agreements.issLocal("iss-alna", List.of());

  private final AgreementExistsCheck check = new AgreementExistsCheck(id ->
      List.of(HOTEL, ENDED, FRAMEWORK, LOCAL).stream().filter(a -> a.id().equals(id)).findFirst());
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
        .with(PlaceAndTrainProcess.AGREEMENT_ID, HOTEL.id()), violations);

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

  @Test
  void aLocalUnderAFrameworkPasses() {
    check.check(FakeExecution.processInstance()
        .with(PlaceAndTrainProcess.AGREEMENT_ID, LOCAL.id()), violations);

    assertThat(violations.byField()).isEmpty();
  }

  @Test
  void aFrameworkAgreementTakesNoParticipantsItsLocalsDo() {
    check.check(FakeExecution.processInstance()
        .with(PlaceAndTrainProcess.AGREEMENT_ID, FRAMEWORK.id()), violations);

    assertThat(violations.byField()).containsExactly(java.util.Map.entry("agreementId",
        "is a framework agreement: refer to one of its local agreements"));
  }

  @Test
  void anAgreementThatIsNoLongerActiveTakesNoReferrals() {
    check.check(FakeExecution.processInstance()
        .with(PlaceAndTrainProcess.AGREEMENT_ID, ENDED.id()), violations);

    assertThat(violations.byField()).containsExactly(java.util.Map.entry("agreementId",
        "must name an agreement that takes referrals (this one is ENDED)"));
  }
}
