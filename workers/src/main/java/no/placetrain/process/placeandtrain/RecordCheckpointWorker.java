package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.CHECKPOINT_NUMBER;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.PARTICIPATION_ID;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.RISK_FLAGGED;

import no.placetrain.domain.Checkpoint;
import no.placetrain.engine.PlaceTrainWorker;
import no.placetrain.engine.ProcessVariable;
import no.placetrain.service.CheckpointService;
import no.placetrain.service.ParticipationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${recordCheckpointWorker}} on {@code Task_RecordCheckpoint}: counts the checkpoint held
 * ({@code checkpointNumber} + 1, read by {@code Decision_CheckpointCadence}), records the risk
 * flag ({@code riskFlagged}), writes the checkpoint's row ({@code PT_CHECKPOINT}: held now, result,
 * risk flag) and sets {@code personalMattersOpen} on the process instance from its input (the
 * event subprocess {@code EventSubprocess_PersonalMatters} listens to it) when the input differs
 * from the value there: the form's completion may have set it already, and every write of
 * {@code true} (create or update) would start the event subprocess once more.
 *
 * <p>Inputs: {@code result} ({@code COMPLETED} / {@code PARTIAL} / {@code NO_SHOW}),
 * {@code riskFlag} and {@code personalMattersOpen} (Booleans, missing = false).
 *
 * <p>Retry safety: the new count is derived from the stored count and written in the same engine
 * transaction as the task's completion (or its job); so is the row (which a repeat overwrites). If
 * anything fails, the transaction rolls the count back with the job's state, so a retried job
 * counts once, never twice. An instance from before participations were stored writes no row. (The model runs the
 * task synchronously after Task_HoldCheckpoint with {@code asyncAfter}: a retried continuation
 * job resumes after this worker and never runs it again.)
 */
public class RecordCheckpointWorker extends PlaceTrainWorker {

  /** Input parameter: how the checkpoint went. */
  public static final ProcessVariable<String> RESULT = ProcessVariable.string("result");
  /** Input parameter: risk of dropout. */
  public static final ProcessVariable<Boolean> RISK_FLAG = ProcessVariable.bool("riskFlag");
  /** Input parameter: NAV still follows up personal matters (never the matter itself). */
  public static final ProcessVariable<Boolean> PERSONAL_MATTERS_OPEN =
      ProcessVariable.bool("personalMattersOpen");

  private static final Logger LOG = LoggerFactory.getLogger(RecordCheckpointWorker.class);

  private final CheckpointService checkpoints;
  private final ParticipationService participations;

  /**
   * @param checkpoints writes the checkpoint's row
   * @param participations tells whether the participation is stored
   */
  public RecordCheckpointWorker(
      CheckpointService checkpoints, ParticipationService participations) {
    this.checkpoints = checkpoints;
    this.participations = participations;
  }

  @Override
  protected void work(DelegateExecution execution) {
    Checkpoint checkpoint = Checkpoint.held(
        CHECKPOINT_NUMBER.find(execution).orElse(0),
        RESULT.findLocal(execution).orElse(null),
        RISK_FLAG.findLocal(execution).orElse(null),
        PERSONAL_MATTERS_OPEN.findLocal(execution).orElse(null));
    CHECKPOINT_NUMBER.setOnProcessInstance(execution, checkpoint.number());
    RISK_FLAGGED.setOnProcessInstance(execution, checkpoint.riskFlagged());
    PERSONAL_MATTERS_OPEN.findLocal(execution).ifPresent(open -> {
      // written only when it changes: each write of true would start the event subprocess again
      if (!open.equals(PERSONAL_MATTERS_OPEN.findLocal(execution.getProcessInstance())
          .orElse(null))) {
        PERSONAL_MATTERS_OPEN.setOnProcessInstance(execution, open);
      }
    });
    String participationId = PARTICIPATION_ID.find(execution)
        .orElseGet(execution::getProcessBusinessKey);
    if (participations.find(participationId).isPresent()) {
      checkpoints.recordHeld(participationId, checkpoint);
    } else {
      LOG.warn("Participation {} has no stored row (started before the ledger); checkpoint {} "
          + "is kept in the process only", participationId, checkpoint.number());
    }
    LOG.info("Checkpoint recorded: participation {}", participationIdOf(execution));
  }
}
