package no.placetrain.process.jobguarantee;

import static no.placetrain.process.jobguarantee.JobGuaranteeProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import no.placetrain.testsupport.FakeExecution;
import org.junit.jupiter.api.Test;

class FlagEscalationWorkerTest {

  @Test
  void marksTheGuaranteeAsNotMetAndEscalated() {
    FakeExecution execution = FakeExecution.activity().with(GUARANTEE_MET, true);

    new FlagEscalationWorker().execute(execution);

    assertThat(GUARANTEE_MET.get(execution)).isFalse();
    assertThat(ESCALATION_FLAGGED.get(execution)).isTrue();
  }
}
