package no.placetrain.process.commitment;

import static no.placetrain.process.commitment.CommitmentEscalationProcess.*;

import no.placetrain.engine.PlaceTrainWorker;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${climbLadderWorker}} on {@code Task_ClimbLadder}: {@code escalationLevel} + 1 (absent =
 * 0), evaluates {@code Decision_EscalationLadder} for the commitment's kind and the new level, and
 * sets {@code escalationLevel}, {@code escalationRole}, {@code escalationGroup} (the candidate
 * group of the follow-up task: the group of the level's role among the groups of the
 * participation's own parties, from its referring office and its agreement, see
 * {@link EscalationGroups}), {@code escalationWait} (timer {@code Timer_LevelExpires}) and
 * {@code lastLevel}; records the level in the ledger.
 *
 * <p>Retry safety: the level is derived from the stored level in the engine's transaction; the
 * ledger write joins it, so a failure rolls both back.
 */
public class ClimbLadderWorker extends PlaceTrainWorker {

  private static final Logger LOG = LoggerFactory.getLogger(ClimbLadderWorker.class);

  private final EscalationService escalations;

  /** @param escalations evaluates the ladder and records the level */
  public ClimbLadderWorker(EscalationService escalations) {
    this.escalations = escalations;
  }

  @Override
  protected void work(DelegateExecution execution) {
    String commitmentId = CommitmentInputs.commitmentId(execution);
    LadderStep step = escalations.climb(execution.getProcessEngineServices(), commitmentId,
        ESCALATION_LEVEL.find(execution).orElse(0));
    ESCALATION_LEVEL.setOnProcessInstance(execution, step.level());
    ESCALATION_ROLE.setOnProcessInstance(execution, step.role().name());
    ESCALATION_GROUP.setOnProcessInstance(execution, step.group());
    ESCALATION_WAIT.setOnProcessInstance(execution, step.levelWait());
    LAST_LEVEL.setOnProcessInstance(execution, step.lastLevel());
    LOG.info("Commitment {} at escalation level {}", commitmentId, step.level());
  }
}
