package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import no.placetrain.testsupport.FakeExecution;
import no.placetrain.testsupport.RecordingViolations;
import org.junit.jupiter.api.Test;

class ExtensionWithinMaxCheckTest {

  private final ExtensionWithinMaxCheck check = new ExtensionWithinMaxCheck();
  private final RecordingViolations violations = new RecordingViolations();

  private static FakeExecution decision(String decision, Object extension) {
    return FakeExecution.processInstance()
        .with(PRACTICE_TOTAL_MONTHS, 4).with(PRACTICE_MAX_MONTHS, 6)
        .with(PRACTICE_DECISION, decision).input(EXTENSION_MONTHS.name(), extension);
  }

  @Test
  void appliesToTheEndOfPracticeDecisionOnly() {
    assertThat(check.appliesTo("party-desk", "Task_DecideEndOfPractice")).isTrue();
    assertThat(check.appliesTo("place-and-train", "Task_DecideEndOfPractice"))
        .as("the call activity, not the employer's task").isFalse();
    assertThat(check.appliesTo("place-and-train", "Task_ExtendPractice")).isFalse();
  }

  @Test
  void anExtensionUpToTheMaximumPasses() {
    check.check(decision("EXTEND", 2L), violations);

    assertThat(violations.byField()).isEmpty();
  }

  @Test
  void anExtensionBeyondTheMaximumIsAViolation() {
    check.check(decision("EXTEND", 3L), violations);

    assertThat(violations.byField()).containsEntry("extensionMonths",
        "must not exceed 2 (the practice may last at most 6 months in total)");
  }

  @Test
  void atTheMaximumNoExtensionIsPossible() {
    check.check(decision("EXTEND", 1L).with(PRACTICE_TOTAL_MONTHS, 6), violations);

    assertThat(violations.byField()).containsEntry("extensionMonths",
        "no extension is possible: the practice already lasts the agreement's maximum of 6 months");
  }

  @Test
  void aZeroExtensionIsAViolation() {
    check.check(decision("EXTEND", 0), violations);

    assertThat(violations.byField()).containsEntry("extensionMonths", "must be at least 1");
  }

  @Test
  void otherDecisionsAreNotChecked() {
    check.check(decision("OFFER", 12L), violations);
    check.check(decision("NO_OFFER", null), violations);

    assertThat(violations.byField()).isEmpty();
  }
}
