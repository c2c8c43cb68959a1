package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

class SchedulePracticeWorkerTest {

  static final Clock OSLO = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"),
      ZoneId.of("Europe/Oslo"));

  static final Period WINDOW = Period.ofDays(14);

  private final SchedulePracticeWorker worker = new SchedulePracticeWorker(OSLO, WINDOW);

  private static FakeExecution practice(String start, Object months) {
    return FakeExecution.activity()
        .with(PRACTICE_MIN_MONTHS, 3).with(PRACTICE_MAX_MONTHS, 6)
        .input("startDate", start).input("months", months).input("site", "Storo");
  }

  @Test
  void endDateIsStartPlusMonthsAtMidnightInOslo() {
    FakeExecution execution = practice("2026-01-31", 3L);

    worker.execute(execution);

    // 2026-04-30 00:00 in Oslo (summer time, UTC+2)
    assertThat(PRACTICE_END_DATE.get(execution).toInstant())
        .isEqualTo(Instant.parse("2026-04-29T22:00:00Z"));
    assertThat(PRACTICE_TOTAL_MONTHS.get(execution)).isEqualTo(3);
    assertThat(CHECKPOINT_NUMBER.get(execution)).isZero();
    // the employer's decision window opens 14 days before: 2026-04-16 00:00 Oslo
    assertThat(DECISION_WINDOW_OPENS.get(execution).toInstant())
        .isEqualTo(Instant.parse("2026-04-15T22:00:00Z"));
  }

  @Test
  void theDecisionWindowNeverOpensBeforeNowAndItsLengthIsConfigurable() {
    FakeExecution shortPractice = FakeExecution.activity()
        .with(PRACTICE_MIN_MONTHS, 1).with(PRACTICE_MAX_MONTHS, 6)
        .input("startDate", "2026-02-10").input("months", 1).input("site", "Storo");

    worker.execute(shortPractice);

    // ends 2026-03-10; 14 days before lies before "now" (2026-03-01 10:00 UTC)
    assertThat(DECISION_WINDOW_OPENS.get(shortPractice).toInstant()).isEqualTo(OSLO.instant());

    FakeExecution execution = practice("2026-01-31", 3);
    new SchedulePracticeWorker(OSLO, Period.ofMonths(1)).execute(execution);
    assertThat(DECISION_WINDOW_OPENS.get(execution).toInstant())
        .isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
  }

  @Test
  void winterDatesUseOslosWinterOffset() {
    FakeExecution execution = practice("2026-09-15", 3);

    worker.execute(execution);

    assertThat(PRACTICE_END_DATE.get(execution).toInstant())
        .isEqualTo(Instant.parse("2026-12-14T23:00:00Z"));
  }

  @Test
  void anExistingCheckpointCountIsKept() {
    FakeExecution execution = practice("2026-03-02", 4).with(CHECKPOINT_NUMBER, 2);

    worker.execute(execution);

    assertThat(CHECKPOINT_NUMBER.get(execution)).isEqualTo(2);
  }

  @Test
  void monthsOutsideTheAgreementAreABadRequest() {
    FakeExecution execution = practice("2026-03-02", 7);

    assertThatThrownBy(() -> worker.execute(execution))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("months: must be between 3 and 6 (the agreement's practice length)");
    assertThat(execution.processInstanceHas(PRACTICE_END_DATE.name())).isFalse();
  }

  @Test
  void aMissingSiteOrMalformedDateIsABadRequest() {
    assertThatThrownBy(() -> worker.execute(practice("2026-03-02", 3).input("site", " ")))
        .isInstanceOf(BadUserRequestException.class).hasMessage("site: is required");
    assertThatThrownBy(() -> worker.execute(practice("2.3.2026", 3)))
        .isInstanceOf(BadUserRequestException.class).hasMessageStartingWith("startDate:");
  }
}
