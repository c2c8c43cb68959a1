package no.placetrain.process.commitment;

import static no.placetrain.process.commitment.CommitmentEscalationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import no.placetrain.domain.agreement.CommitmentStateException;
import no.placetrain.domain.agreement.EscalationRole;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.junit.jupiter.api.Test;

class ClimbLadderWorkerTest {

  private final EscalationService escalations = mock(EscalationService.class);
  private final ProcessEngineServices engine = mock(ProcessEngineServices.class);
  private final ClimbLadderWorker worker = new ClimbLadderWorker(escalations);

  @Test
  void theFirstClimbStartsFromLevelZeroAndWritesTheStep() {
    when(escalations.climb(engine, "C-1", 0)).thenReturn(
        new LadderStep(1, EscalationRole.OBLIGOR, "nav-drammen-caseworker", "P3D", false));
    FakeExecution execution = FakeExecution.activity().withEngine(engine).businessKey("C-1");

    worker.execute(execution);

    assertThat(ESCALATION_LEVEL.get(execution)).isEqualTo(1);
    assertThat(ESCALATION_ROLE.get(execution)).isEqualTo("OBLIGOR");
    assertThat(ESCALATION_GROUP.get(execution)).isEqualTo("nav-drammen-caseworker");
    assertThat(ESCALATION_WAIT.get(execution)).isEqualTo("P3D");
    assertThat(LAST_LEVEL.get(execution)).isFalse();
  }

  @Test
  void laterClimbsStartFromTheLevelReached() {
    when(escalations.climb(engine, "C-1", 4)).thenReturn(
        new LadderStep(5, EscalationRole.FRAMEWORK_OWNER, "nav-regional-coordinator", "P7D", true));
    FakeExecution execution = FakeExecution.activity().withEngine(engine)
        .with(COMMITMENT_ID, "C-1").with(ESCALATION_LEVEL, 4);

    worker.execute(execution);

    assertThat(ESCALATION_LEVEL.get(execution)).isEqualTo(5);
    assertThat(ESCALATION_GROUP.get(execution)).isEqualTo("nav-regional-coordinator");
    assertThat(LAST_LEVEL.get(execution)).isTrue();
  }

  @Test
  void aSettledCommitmentLeavesTheVariablesAsTheyWere() {
    when(escalations.climb(engine, "C-1", 2))
        .thenThrow(new CommitmentStateException("C-1", "is MET; only an OPEN commitment changes"));
    FakeExecution execution = FakeExecution.activity().withEngine(engine)
        .with(COMMITMENT_ID, "C-1").with(ESCALATION_LEVEL, 2).with(ESCALATION_GROUP, "nav-drammen-kam");

    assertThatThrownBy(() -> worker.execute(execution))
        .isInstanceOf(CommitmentStateException.class).hasMessageContaining("C-1");
    assertThat(ESCALATION_LEVEL.get(execution)).isEqualTo(2);
    assertThat(ESCALATION_GROUP.get(execution)).isEqualTo("nav-drammen-kam");
  }
}
