package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.CHECKPOINT_NUMBER;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.PARTICIPATION_ID;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.PERSONAL_MATTERS_OPEN;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.RISK_FLAGGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import no.placetrain.domain.Checkpoint;
import no.placetrain.domain.CheckpointResult;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.service.CheckpointService;
import no.placetrain.service.ParticipationService;

import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

class RecordCheckpointWorkerTest {

  private final CheckpointService checkpoints = mock(CheckpointService.class);
  private final ParticipationService participations = mock(ParticipationService.class);
  private final RecordCheckpointWorker worker =
      new RecordCheckpointWorker(checkpoints, participations);

  RecordCheckpointWorkerTest() {
    when(participations.find("P-1")).thenReturn(Optional.of(mock(Participation.class)));
  }

  @Test
  void countsTheCheckpointAndRecordsTheRiskFlag() {
    FakeExecution execution = FakeExecution.activity().with(CHECKPOINT_NUMBER, 0)
        .with(PARTICIPATION_ID, "P-1")
        .input("result", "PARTIAL").input("riskFlag", true).input("personalMattersOpen", false);

    worker.execute(execution);

    assertThat(CHECKPOINT_NUMBER.get(execution)).isEqualTo(1);
    assertThat(RISK_FLAGGED.get(execution)).isTrue();
    verify(checkpoints).recordHeld("P-1", new Checkpoint(1, CheckpointResult.PARTIAL, true, false));
  }

  @Test
  void personalMattersOpenIsSetOnTheProcessInstanceWhenItChanges() {
    FakeExecution execution = FakeExecution.activity().with(CHECKPOINT_NUMBER, 1)
        .with(PARTICIPATION_ID, "P-1").with(PERSONAL_MATTERS_OPEN, false)
        .input("result", "COMPLETED").input("personalMattersOpen", true);

    worker.execute(execution);

    assertThat(execution.rawOnProcessInstance("personalMattersOpen")).isEqualTo(true);
    assertThat(execution.rawLocal("personalMattersOpen")).isEqualTo(true);
  }

  @Test
  void anUnchangedPersonalMattersFlagIsNotWrittenAgain() {
    FakeExecution execution = FakeExecution.activity().with(CHECKPOINT_NUMBER, 1)
        .with(PARTICIPATION_ID, "P-1").with(PERSONAL_MATTERS_OPEN, true)
        .input("result", "COMPLETED").input("personalMattersOpen", true);

    worker.execute(execution);

    FakeExecution processInstance = (FakeExecution) execution.getProcessInstance();
    verify(processInstance, never()).setVariable(eq("personalMattersOpen"), any());
    assertThat(execution.rawOnProcessInstance("personalMattersOpen")).isEqualTo(true);
  }

  @Test
  void aParticipationWithoutStoredRowWritesNoCheckpointRow() {
    FakeExecution execution = FakeExecution.activity().with(CHECKPOINT_NUMBER, 0)
        .businessKey("P-OLD").input("result", "NO_SHOW");

    worker.execute(execution);

    assertThat(CHECKPOINT_NUMBER.get(execution)).isEqualTo(1);
    verify(checkpoints, never()).recordHeld(any(), any());
  }

  @Test
  void eachRunCountsOnFromTheStoredCountAndClearsAnOldRisk() {
    FakeExecution execution = FakeExecution.activity().with(CHECKPOINT_NUMBER, 2)
        .with(RISK_FLAGGED, true).input("result", "COMPLETED");

    worker.execute(execution);

    assertThat(CHECKPOINT_NUMBER.get(execution)).isEqualTo(3);
    assertThat(RISK_FLAGGED.get(execution)).isFalse();
  }

  @Test
  void aFailedRunLeavesTheCountUntouched() {
    FakeExecution execution = FakeExecution.activity().with(CHECKPOINT_NUMBER, 2)
        .input("result", "CANCELLED");

    assertThatThrownBy(() -> worker.execute(execution))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageStartingWith("result: is not a known code");
    assertThat(CHECKPOINT_NUMBER.get(execution)).isEqualTo(2);
    verify(checkpoints, never()).recordHeld(any(), any());
  }
}
