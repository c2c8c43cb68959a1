package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.CHECKPOINT_DUE_AT;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.CHECKPOINT_NUMBER;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.PRACTICE_START_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

class ScheduleCheckpointWorkerTest {

  /** 2026-03-02 11:00 in Oslo. */
  static final Clock OSLO = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"),
      ZoneId.of("Europe/Oslo"));

  private final ScheduleCheckpointWorker worker = new ScheduleCheckpointWorker(OSLO);

  @Test
  void theFirstCheckpointIsDueAnIntervalAfterThePracticeStarts() {
    FakeExecution execution = FakeExecution.activity().with(CHECKPOINT_NUMBER, 0)
        .with(PRACTICE_START_DATE, "2026-03-23").input("interval", "P7D");

    worker.execute(execution);

    // 2026-03-30 00:00 in Oslo (UTC+2), on the process instance
    assertThat(execution.rawOnProcessInstance(CHECKPOINT_DUE_AT.name()))
        .isEqualTo(Date.from(Instant.parse("2026-03-29T22:00:00Z")));
  }

  @Test
  void aPracticeThatHasStartedHasItsFirstCheckpointAnIntervalFromNow() {
    FakeExecution execution = FakeExecution.activity().with(CHECKPOINT_NUMBER, 0)
        .with(PRACTICE_START_DATE, "2026-02-01").input("interval", "P7D");

    worker.execute(execution);

    assertThat(CHECKPOINT_DUE_AT.get(execution).toInstant())
        .isEqualTo(Instant.parse("2026-03-09T10:00:00Z"));
  }

  @Test
  void laterCheckpointsAreDueAnIntervalFromNow() {
    FakeExecution execution = FakeExecution.activity().with(CHECKPOINT_NUMBER, 1)
        .with(PRACTICE_START_DATE, "2026-03-23").input("interval", "P1M");

    worker.execute(execution);

    assertThat(CHECKPOINT_DUE_AT.get(execution).toInstant())
        .isEqualTo(Instant.parse("2026-04-02T09:00:00Z"));
  }

  @Test
  void aMissingIntervalIsABadRequestAndSetsNothing() {
    FakeExecution execution = FakeExecution.activity().with(CHECKPOINT_NUMBER, 1);

    assertThatThrownBy(() -> worker.execute(execution))
        .isInstanceOf(BadUserRequestException.class).hasMessage("interval: is required");
    assertThat(execution.processInstanceHas(CHECKPOINT_DUE_AT.name())).isFalse();
  }
}
