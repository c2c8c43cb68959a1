package no.placetrain.process.jobguarantee;

import no.placetrain.engine.PlaceTrainWorker;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${flagEscalationWorker}} on {@code Task_FlagEscalation}: the guarantee period expired
 * without a relevant offer; sets {@code guaranteeMet} = false and {@code escalationFlagged} = true.
 * Idempotent.
 */
public class FlagEscalationWorker extends PlaceTrainWorker {

  private static final Logger LOG = LoggerFactory.getLogger(FlagEscalationWorker.class);

  @Override
  protected void work(DelegateExecution execution) {
    JobGuaranteeProcess.GUARANTEE_MET.setOnProcessInstance(execution, false);
    JobGuaranteeProcess.ESCALATION_FLAGGED.setOnProcessInstance(execution, true);
    LOG.warn("Job guarantee not met, escalation flagged: participation {}",
        participationIdOf(execution));
  }
}
