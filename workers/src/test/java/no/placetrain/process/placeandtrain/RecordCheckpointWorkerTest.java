package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.CHECKPOINT_NUMBER;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.RISK_FLAGGED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

class RecordCheckpointWorkerTest {

  private final RecordCheckpointWorker worker = new RecordCheckpointWorker();

  @Test
  void countsTheCheckpointAndRecordsTheRiskFlag() {
    FakeExecution execution = FakeExecution.activity().with(CHECKPOINT_NUMBER, 0)
        .input("result", "PARTIAL").input("riskFlag", true).input("personalMattersOpen", false);

    worker.execute(execution);

    assertThat(CHECKPOINT_NUMBER.get(execution)).isEqualTo(1);
    assertThat(RISK_FLAGGED.get(execution)).isTrue();
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
  }
}
