package no.placetrain.process.commitment;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.junit.jupiter.api.Test;

class EscalateCommitmentWorkerTest {

  private final EscalationService escalations = mock(EscalationService.class);
  private final ProcessEngineServices engine = mock(ProcessEngineServices.class);
  private final EscalateCommitmentWorker worker = new EscalateCommitmentWorker(escalations);

  @Test
  void escalatesTheParticipationsCommitmentOfTheKindAndSequence() {
    worker.execute(FakeExecution.activity().withEngine(engine).businessKey("P-KEY")
        .with(CommitmentInputs.PARTICIPATION_ID, "P-1")
        .input("commitmentKind", "HOLD_CHECKPOINT").input("sequence", 2));

    verify(escalations).escalate(engine, "P-1", CommitmentKind.HOLD_CHECKPOINT, 2);
  }

  @Test
  void withoutParticipationIdTheBusinessKeyNamesTheParticipation() {
    worker.execute(FakeExecution.activity().withEngine(engine).businessKey("P-KEY")
        .input("commitmentKind", "SCREEN_REFERRAL"));

    verify(escalations).escalate(engine, "P-KEY", CommitmentKind.SCREEN_REFERRAL, 0);
  }
}
