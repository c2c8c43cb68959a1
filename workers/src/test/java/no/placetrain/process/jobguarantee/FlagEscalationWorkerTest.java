package no.placetrain.process.jobguarantee;

import static no.placetrain.process.jobguarantee.JobGuaranteeProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.process.commitment.EscalationService;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.junit.jupiter.api.Test;

class FlagEscalationWorkerTest {

  @Test
  void marksTheGuaranteeAsNotMetAndEscalatesTheBrokersCommitment() {
    EscalationService escalations = mock(EscalationService.class);
    ProcessEngineServices engine = mock(ProcessEngineServices.class);
    FakeExecution execution = FakeExecution.activity().withEngine(engine)
        .with(PARTICIPATION_ID, "P-1").with(GUARANTEE_MET, true);

    new FlagEscalationWorker(escalations).execute(execution);

    assertThat(GUARANTEE_MET.get(execution)).isFalse();
    assertThat(ESCALATION_FLAGGED.get(execution)).isTrue();
    verify(escalations).escalate(engine, "P-1", CommitmentKind.DELIVER_GUARANTEE_OFFER, 0);
  }
}
