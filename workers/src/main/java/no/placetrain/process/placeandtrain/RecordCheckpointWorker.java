package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.CHECKPOINT_NUMBER;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.RISK_FLAGGED;

import no.placetrain.domain.Checkpoint;
import no.placetrain.engine.PlaceTrainWorker;
import no.placetrain.engine.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${recordCheckpointWorker}} on {@code Task_RecordCheckpoint}: counts the checkpoint held
 * ({@code checkpointNumber} + 1, read by {@code Decision_CheckpointCadence}) and records the risk
 * flag ({@code riskFlagged}).
 *
 * <p>Inputs: {@code result} ({@code COMPLETED} / {@code PARTIAL} / {@code NO_SHOW}),
 * {@code riskFlag} and {@code personalMattersOpen} (Booleans, missing = false).
 *
 * <p>Retry safety: the new count is derived from the stored count and written in the same engine
 * transaction as the task's completion (or its job). If anything fails, the transaction rolls the
 * count back with the job's state, so a retried job counts once, never twice. (The model runs the
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

  @Override
  protected void work(DelegateExecution execution) {
    Checkpoint checkpoint = Checkpoint.held(
        CHECKPOINT_NUMBER.find(execution).orElse(0),
        RESULT.findLocal(execution).orElse(null),
        RISK_FLAG.findLocal(execution).orElse(null),
        PERSONAL_MATTERS_OPEN.findLocal(execution).orElse(null));
    CHECKPOINT_NUMBER.setOnProcessInstance(execution, checkpoint.number());
    RISK_FLAGGED.setOnProcessInstance(execution, checkpoint.riskFlagged());
    LOG.info("Checkpoint recorded: participation {}", participationIdOf(execution));
  }
}
