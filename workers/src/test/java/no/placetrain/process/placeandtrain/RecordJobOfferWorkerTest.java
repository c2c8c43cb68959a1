package no.placetrain.process.placeandtrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.placetrain.domain.ContractType;
import no.placetrain.domain.JobOffer;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import no.placetrain.domain.Outcome;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.ParticipationEnd;
import no.placetrain.process.commitment.EscalationService;
import no.placetrain.service.ParticipationService;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;

class RecordJobOfferWorkerTest {

  private static final String PARTICIPATION = "P-6f1c2d3e-0000-4000-8000-000000000002";

  private final ParticipationService participations = mock(ParticipationService.class);
  private final EscalationService escalations = mock(EscalationService.class);
  private final ProcessEngineServices engine = mock(ProcessEngineServices.class);
  private final RecordJobOfferWorker worker =
      new RecordJobOfferWorker(participations, escalations);

  @Test
  void storesTheOfferAsJsonAndTheOutcome() {
    when(participations.find(PARTICIPATION)).thenReturn(Optional.of(mock(Participation.class)));
    FakeExecution execution = FakeExecution.activity()
        .input("contractType", "PERMANENT").input("weeklyHours", 37.0d).withEngine(engine);
    execution.setProcessBusinessKey(PARTICIPATION);

    worker.execute(execution);

    assertThat(PlaceAndTrainProcess.JOB_OFFER.get(execution))
        .isEqualTo(new JobOffer(ContractType.PERMANENT, 37));
    assertThat(execution.rawOnProcessInstance("jobOffer")).isInstanceOfSatisfying(
        ObjectValue.class,
        v -> assertThat(v.getSerializationDataFormat()).isEqualTo("application/json"));
    assertThat(PlaceAndTrainProcess.OUTCOME.get(execution)).isEqualTo("JOB_OFFER");
    verify(participations).end(PARTICIPATION, Outcome.JOB_OFFER, null);
    // e.g. a checkpoint the decision window cut short: cancelled, its escalation ended
    verify(escalations).endParticipation(
        engine, PARTICIPATION, new ParticipationEnd(Outcome.JOB_OFFER, null));
  }

  @Test
  void hoursOutsideOneToFortyAreABadRequest() {
    FakeExecution execution = FakeExecution.activity()
        .input("contractType", "TEMPORARY").input("weeklyHours", 45);

    assertThatThrownBy(() -> worker.execute(execution))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("weeklyHours: must be between 1 and 40");
    assertThat(execution.processInstanceHas("outcome")).isFalse();
    verify(participations, never()).end(any(), any(), any());
    verify(escalations, never()).endParticipation(any(), any(), any());
  }
}
