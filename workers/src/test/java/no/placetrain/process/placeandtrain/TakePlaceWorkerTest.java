package no.placetrain.process.placeandtrain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import no.placetrain.domain.agreement.CapacityReachedException;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.service.ParticipationService;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

class TakePlaceWorkerTest {

  private static final String PARTICIPATION = "P-6f1c2d3e-0000-4000-8000-000000000042";

  private final ParticipationService participations = mock(ParticipationService.class);
  private final TakePlaceWorker worker = new TakePlaceWorker(participations);

  private FakeExecution selected() {
    when(participations.find(PARTICIPATION)).thenReturn(Optional.of(mock(Participation.class)));
    return FakeExecution.activity().businessKey(PARTICIPATION)
        .with(PlaceAndTrainProcess.PARTICIPATION_ID, PARTICIPATION);
  }

  @Test
  void takesAPlaceForTheParticipation() {
    FakeExecution execution = selected();

    worker.execute(execution);

    verify(participations).takePlace(PARTICIPATION);
  }

  @Test
  void readsTheParticipationIdElseTheBusinessKey() {
    when(participations.find(PARTICIPATION)).thenReturn(Optional.of(mock(Participation.class)));

    worker.execute(FakeExecution.activity().businessKey(PARTICIPATION));

    verify(participations).takePlace(PARTICIPATION);
  }

  @Test
  void everyPlaceHeldIsABadRequestNamingInterviewResultAndTheCapacity() {
    FakeExecution execution = selected();
    when(participations.takePlace(PARTICIPATION)).thenThrow(new CapacityReachedException(6));

    assertThatThrownBy(() -> worker.execute(execution))
        .isInstanceOf(BadUserRequestException.class)
        .hasCauseInstanceOf(CapacityReachedException.class)
        .hasMessage("interviewResult: cannot be SELECTED: every place of the agreement is held "
            + "(6 of 6); a place frees when a participation holding one ends");
  }

  @Test
  void aParticipationWithoutStoredRowTakesNoPlace() {
    FakeExecution execution = FakeExecution.activity().businessKey(PARTICIPATION);

    worker.execute(execution);

    verify(participations, never()).takePlace(any());
  }
}
