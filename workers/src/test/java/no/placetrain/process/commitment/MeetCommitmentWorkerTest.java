package no.placetrain.process.commitment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Optional;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.service.ParticipationService;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.junit.jupiter.api.Test;

class MeetCommitmentWorkerTest {

  private final EscalationService escalations = mock(EscalationService.class);
  private final ParticipationService participations = mock(ParticipationService.class);
  private final ProcessEngineServices engine = mock(ProcessEngineServices.class);
  private final MeetCommitmentWorker worker = new MeetCommitmentWorker(escalations, participations);

  private FakeExecution meet(String kind) {
    return FakeExecution.activity().withEngine(engine).businessKey("P-1")
        .input("commitmentKind", kind);
  }

  @Test
  void meetsTheCommitmentOfTheBusinessKeysParticipationWithItsSequence() {
    worker.execute(meet("HOLD_CHECKPOINT").input("sequence", 3L));

    verify(escalations).meet(engine, "P-1", CommitmentKind.HOLD_CHECKPOINT, 3);
    verify(participations, never()).recordFirstEmployerContact(anyString());
  }

  @Test
  void theEmployersAnswerIsAlsoItsFirstContact() {
    when(participations.find("P-1")).thenReturn(Optional.of(mock(Participation.class)));

    worker.execute(meet("ANSWER_PRESENTATION"));

    verify(escalations).meet(engine, "P-1", CommitmentKind.ANSWER_PRESENTATION, 0);
    verify(participations).recordFirstEmployerContact("P-1");
  }

  @Test
  void personalMattersAreMetOnlyWhenNavConfirmedThem() {
    assertThatThrownBy(() -> worker.execute(meet("RESOLVE_PERSONAL_MATTERS")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageStartingWith("personalMattersResolved: must be confirmed (true)");
    assertThatThrownBy(() -> worker.execute(
        meet("RESOLVE_PERSONAL_MATTERS").input("confirmed", false)))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageStartingWith("personalMattersResolved:");
    verifyNoInteractions(escalations);

    worker.execute(meet("RESOLVE_PERSONAL_MATTERS").input("confirmed", true));

    verify(escalations).meet(engine, "P-1", CommitmentKind.RESOLVE_PERSONAL_MATTERS, 0);
  }

  @Test
  void anUnknownKindMeetsNothing() {
    assertThatThrownBy(() -> worker.execute(meet(null)))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageStartingWith("commitmentKind: is required");
    verify(escalations, never()).meet(any(), anyString(), any(), anyInt());
  }
}
