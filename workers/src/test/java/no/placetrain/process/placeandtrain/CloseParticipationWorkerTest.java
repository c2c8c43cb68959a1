package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.END_DETAIL;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.END_REASON;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.OUTCOME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.Outcome;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.ParticipationEnd;
import no.placetrain.process.commitment.EscalationService;
import no.placetrain.service.ParticipationService;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.junit.jupiter.api.Test;

class CloseParticipationWorkerTest {

  private static final String PARTICIPATION = "P-6f1c2d3e-0000-4000-8000-000000000001";

  private final ParticipationService participations = mock(ParticipationService.class);
  private final EscalationService escalations = mock(EscalationService.class);
  private final ProcessEngineServices engine = mock(ProcessEngineServices.class);
  private final CloseParticipationWorker worker =
      new CloseParticipationWorker(participations, escalations);

  private FakeExecution closing(String outcome, String reason, String detail) {
    when(participations.find(PARTICIPATION)).thenReturn(Optional.of(mock(Participation.class)));
    FakeExecution execution = FakeExecution.activity()
        .with(PlaceAndTrainProcess.PARTICIPATION_ID, PARTICIPATION)
        .input("closingOutcome", outcome).input("closingReason", reason).withEngine(engine);
    return detail == null ? execution : execution.input("closingDetail", detail);
  }

  @Test
  void recordsOutcomeReasonAndDetail() {
    FakeExecution execution = closing("ENDED", "DROPOUT", "STARTED_EDUCATION");

    worker.execute(execution);

    assertThat(OUTCOME.get(execution)).isEqualTo("ENDED");
    assertThat(END_REASON.get(execution)).isEqualTo("DROPOUT");
    assertThat(END_DETAIL.get(execution)).isEqualTo("STARTED_EDUCATION");
    verify(participations).end(PARTICIPATION, Outcome.ENDED, EndReason.DROPOUT);
    verify(escalations).endParticipation(
        engine, PARTICIPATION, new ParticipationEnd(Outcome.ENDED, EndReason.DROPOUT));
  }

  @Test
  void everyClosingSettlesTheOpenCommitmentsWithItsReason() {
    worker.execute(closing("ENDED", "NOT_SUITABLE", "REQUIREMENTS_NOT_MET"));
    worker.execute(closing("ENDED", "EMPLOYER_DECLINED", "NO_VACANCY"));
    worker.execute(closing("ENDED", "NOT_SELECTED", null));
    worker.execute(closing("ENDED", "NO_OFFER", null));
    worker.execute(closing("ENDED", "GUARANTEE_NOT_MET", null));

    for (EndReason reason : new EndReason[] {EndReason.NOT_SUITABLE, EndReason.EMPLOYER_DECLINED,
        EndReason.NOT_SELECTED, EndReason.NO_OFFER, EndReason.GUARANTEE_NOT_MET}) {
      verify(escalations).endParticipation(
          engine, PARTICIPATION, new ParticipationEnd(Outcome.ENDED, reason));
    }
  }

  @Test
  void aRetriedClosingRunsAgainWithoutFailing() {
    worker.execute(closing("ENDED", "DROPOUT", "PERSONAL_REASONS"));
    worker.execute(closing("ENDED", "DROPOUT", "PERSONAL_REASONS"));

    verify(escalations, org.mockito.Mockito.times(2)).endParticipation(
        engine, PARTICIPATION, new ParticipationEnd(Outcome.ENDED, EndReason.DROPOUT));
  }

  @Test
  void aGuaranteeOfferEndsTheStoredParticipationWithThatOutcome() {
    worker.execute(closing("GUARANTEE_OFFER", "GUARANTEE_MET", null));

    verify(participations).end(PARTICIPATION, Outcome.GUARANTEE_OFFER, EndReason.GUARANTEE_MET);
    verify(escalations).endParticipation(engine, PARTICIPATION,
        new ParticipationEnd(Outcome.GUARANTEE_OFFER, EndReason.GUARANTEE_MET));
  }

  @Test
  void anInstanceWithoutAStoredParticipationStillCloses() {
    FakeExecution execution = closing("ENDED", "NOT_SELECTED", null);
    when(participations.find(PARTICIPATION)).thenReturn(Optional.empty());

    worker.execute(execution);

    assertThat(OUTCOME.get(execution)).isEqualTo("ENDED");
    verify(participations, never()).end(any(), any(), any());
    verify(escalations, never()).endParticipation(any(), any(), any());
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
    verify(participations, never()).end(any(), any(), any());
    verify(escalations, never()).endParticipation(any(), any(), any());
  }
}
