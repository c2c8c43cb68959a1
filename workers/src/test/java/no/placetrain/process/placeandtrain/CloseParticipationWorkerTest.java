package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.END_DETAIL;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.END_REASON;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.OUTCOME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

class CloseParticipationWorkerTest {

  private final CloseParticipationWorker worker = new CloseParticipationWorker();

  private static FakeExecution closing(String outcome, String reason, String detail) {
    FakeExecution execution = FakeExecution.activity()
        .input("closingOutcome", outcome).input("closingReason", reason);
    return detail == null ? execution : execution.input("closingDetail", detail);
  }

  @Test
  void recordsOutcomeReasonAndDetail() {
    FakeExecution execution = closing("ENDED", "DROPOUT", "STARTED_EDUCATION");

    worker.execute(execution);

    assertThat(OUTCOME.get(execution)).isEqualTo("ENDED");
    assertThat(END_REASON.get(execution)).isEqualTo("DROPOUT");
    assertThat(END_DETAIL.get(execution)).isEqualTo("STARTED_EDUCATION");
  }

  @Test
  void noDetailWritesNoDetail() {
    FakeExecution execution = closing("GUARANTEE_OFFER", "GUARANTEE_MET", null);

    worker.execute(execution);

    assertThat(OUTCOME.get(execution)).isEqualTo("GUARANTEE_OFFER");
    assertThat(END_REASON.get(execution)).isEqualTo("GUARANTEE_MET");
    assertThat(execution.processInstanceHas(END_DETAIL.name())).isFalse();
  }

  @Test
  void theOutputsLandOnTheProcessInstanceNotInTheClosingTasksScope() {
    FakeExecution execution = closing("ENDED", "NO_OFFER", null).input("outcome", "local");

    worker.execute(execution);

    assertThat(execution.rawOnProcessInstance("outcome")).isEqualTo("ENDED");
  }

  @Test
  void unknownOrMismatchedCodesAreABadRequest() {
    assertThatThrownBy(() -> worker.execute(closing("ENDED", "FIRED", null)))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageStartingWith("closingReason: is not a known code");
    assertThatThrownBy(() -> worker.execute(closing("ENDED", "NOT_SUITABLE", "NO_VACANCY")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("closingDetail: is not a detail code of the reason NOT_SUITABLE");
  }
}
