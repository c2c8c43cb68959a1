package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import no.placetrain.testsupport.FakeExecution;
import no.placetrain.testsupport.RecordingViolations;
import org.junit.jupiter.api.Test;

class PracticeDraftCheckTest {

  // today is 2026-03-01 in Oslo
  private final PracticeDraftCheck check = new PracticeDraftCheck(SchedulePracticeWorkerTest.OSLO);
  private final RecordingViolations violations = new RecordingViolations();

  private static FakeExecution draft(Object months, String start) {
    return FakeExecution.processInstance()
        .with(PRACTICE_MIN_MONTHS, 3).with(PRACTICE_MAX_MONTHS, 6)
        .input(PRACTICE_MONTHS.name(), months).input(PRACTICE_START_DATE.name(), start);
  }

  @Test
  void appliesToTheDraftTaskOnly() {
    assertThat(check.appliesTo("place-and-train", "Task_DraftPracticeAgreement")).isTrue();
    assertThat(check.appliesTo("place-and-train", "Task_KamApproves")).isFalse();
  }

  @Test
  void monthsAtTheBoundsAndAStart31DaysBackPass() {
    check.check(draft(3L, "2026-01-29"), violations);
    check.check(draft(6.0d, "2027-01-01"), violations);

    assertThat(violations.byField()).isEmpty();
  }

  @Test
  void monthsOutsideTheAgreementAreAViolation() {
    check.check(draft(7L, "2026-03-01"), violations);

    assertThat(violations.byField()).containsOnlyKeys("practiceMonths");
    assertThat(violations.byField().get("practiceMonths"))
        .isEqualTo("must be between 3 and 6 months (the agreement's practice length)");
  }

  @Test
  void fractionalMonthsAreAViolation() {
    check.check(draft(3.5d, "2026-03-01"), violations);

    assertThat(violations.byField()).containsEntry("practiceMonths", "must be a whole number");
  }

  @Test
  void aStart32DaysBackIsAViolation() {
    check.check(draft(3L, "2026-01-28"), violations);

    assertThat(violations.byField())
        .containsOnlyKeys("practiceStartDate")
        .containsEntry("practiceStartDate", "must not lie more than 31 days in the past");
  }

  @Test
  void aMalformedOrMissingStartIsAViolation() {
    check.check(draft(4L, "1. mars"), violations);
    assertThat(violations.byField())
        .containsEntry("practiceStartDate", "must be a date in the form yyyy-MM-dd");

    RecordingViolations missing = new RecordingViolations();
    check.check(draft(null, null), missing);
    assertThat(missing.byField()).containsEntry("practiceStartDate", "is required")
        .containsEntry("practiceMonths", "is required");
  }
}
