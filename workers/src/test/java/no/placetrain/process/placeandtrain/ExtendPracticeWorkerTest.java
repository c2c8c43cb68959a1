package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.*;
import static no.placetrain.domain.agreement.CommitmentKind.DECIDE_END_OF_PRACTICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.util.Date;
import java.util.List;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.CommitmentTemplate;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

class ExtendPracticeWorkerTest {

  private final ExtendPracticeWorker worker =
      new ExtendPracticeWorker(SchedulePracticeWorkerTest.OSLO, SchedulePracticeWorkerTest.WINDOW,
          SchedulePracticeWorkerTest.NO_AGREEMENT);

  private static FakeExecution running(String start, int total, Object extension) {
    return FakeExecution.activity()
        .with(PRACTICE_MIN_MONTHS, 1).with(PRACTICE_MAX_MONTHS, 6)
        .with(PRACTICE_START_DATE, start).with(PRACTICE_TOTAL_MONTHS, total)
        .with(PRACTICE_END_DATE, Date.from(Instant.parse("2026-02-27T23:00:00Z")))
        .input("months", extension);
  }

  @Test
  void movesTheEndAndAddsToTheTotal() {
    FakeExecution execution = running("2026-01-31", 1, 2L);

    worker.execute(execution);

    assertThat(PRACTICE_TOTAL_MONTHS.get(execution)).isEqualTo(3);
    assertThat(DECISION_ROUND.get(execution)).as("no round yet counts as 0: the next is 1").isEqualTo(1);
    // 2026-04-30 00:00 Oslo, counted from the start (not 2026-04-28 from the old end)
    assertThat(PRACTICE_END_DATE.get(execution).toInstant())
        .isEqualTo(Instant.parse("2026-04-29T22:00:00Z"));
    // the decision window opens again, 14 days before the new end: 2026-04-16 00:00 Oslo
    assertThat(DECISION_WINDOW_OPENS.get(execution).toInstant())
        .isEqualTo(Instant.parse("2026-04-15T22:00:00Z"));
  }

  @Test
  void theWindowOpensAgainBeforeTheDecisionDeadlineTheLocalInheritsFromItsFramework() {
    Agreement framework = SchedulePracticeWorkerTest.deciding("framework", null, List.of(
        CommitmentTemplate.of(DECIDE_END_OF_PRACTICE, Period.ofDays(14))));
    Agreement local = SchedulePracticeWorkerTest.deciding("local", "framework", List.of());
    FakeExecution execution = running("2026-01-31", 1, 2).with(AGREEMENT_ID, "local");

    new ExtendPracticeWorker(SchedulePracticeWorkerTest.OSLO, SchedulePracticeWorkerTest.WINDOW,
        SchedulePracticeWorkerTest.lookup(framework, local)).execute(execution);

    // ends 2026-04-30; the inherited decision is due P14D before: 2026-04-16 00:00 Oslo; the
    // window opens 14 days before that: 2026-04-02 00:00 Oslo
    assertThat(PRACTICE_END_DATE.get(execution).toInstant())
        .isEqualTo(Instant.parse("2026-04-29T22:00:00Z"));
    assertThat(DECISION_WINDOW_OPENS.get(execution).toInstant())
        .isEqualTo(Instant.parse("2026-04-01T22:00:00Z"));
  }

  @Test
  void eachExtensionStartsANewDecisionRound() {
    FakeExecution execution = running("2026-01-31", 1, 1L).with(DECISION_ROUND, 1);

    worker.execute(execution);

    assertThat(DECISION_ROUND.get(execution)).isEqualTo(2);
  }

  @Test
  void refusesToExtendBeyondTheMaximum() {
    FakeExecution execution = running("2026-01-31", 5, 2);

    assertThatThrownBy(() -> worker.execute(execution))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("maximum of 6 months");
    assertThat(PRACTICE_TOTAL_MONTHS.get(execution)).isEqualTo(5);
    assertThat(execution.processInstanceHas(DECISION_WINDOW_OPENS.name())).isFalse();
  }

  @Test
  void anExtensionToExactlyTheMaximumIsAccepted() {
    FakeExecution execution = running("2026-01-15", 5, 1);

    worker.execute(execution);

    assertThat(PRACTICE_TOTAL_MONTHS.get(execution)).isEqualTo(6);
  }
}
