package no.placetrain.processes;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code Decision_CheckpointCadence}: the first checkpoint after a week, then monthly. */
@Deployment(resources = CheckpointCadenceDecisionTest.CHECKPOINT_CADENCE_DMN)
class CheckpointCadenceDecisionTest {

  static final String CHECKPOINT_CADENCE_DMN = "placetrain/processes/checkpoint-cadence.dmn";
  static final String DECISION_KEY = "Decision_CheckpointCadence";

  /** Same engine configuration as the process tests; no BPMN here, so no process coverage to measure. */
  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().configurationResource("camunda-unit.cfg.xml").build();

  @ParameterizedTest(name = "{0} checkpoints held -> next in {1}")
  @CsvSource({"0, P7D", "1, P1M", "2, P1M", "5, P1M"})
  void intervalUntilTheNextCheckpoint(int checkpointsHeld, String expectedInterval) {
    DmnDecisionResult result = extension.getDecisionService().evaluateDecisionByKey(DECISION_KEY)
        .variables(Variables.putValue("checkpointNumber", checkpointsHeld))
        .evaluate();

    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys("checkpointInterval");
    assertThat((String) result.getSingleEntry()).isEqualTo(expectedInterval);
  }

  @Test
  void decisionIsDeployedWithHistoryTimeToLive() {
    DecisionDefinition decision = extension.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey(DECISION_KEY).singleResult();

    assertThat(decision.getName()).isEqualTo("Checkpoint cadence");
    assertThat(decision.getHistoryTimeToLive()).isEqualTo(180);
  }
}
