package no.placetrain.process.jobguarantee;

import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.engine.PlaceTrainWorker;
import no.placetrain.process.commitment.CommitmentInputs;
import no.placetrain.process.commitment.EscalationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${flagEscalationWorker}} on {@code Task_FlagEscalation}: the guarantee period expired
 * without a relevant offer; sets {@code guaranteeMet} = false and {@code escalationFlagged} = true,
 * and starts the escalation of the broker's commitment DELIVER_GUARANTEE_OFFER (see
 * {@link EscalationService#escalate}: not when the agreement has no such commitment). Idempotent:
 * a running escalation is not started twice.
 */
public class FlagEscalationWorker extends PlaceTrainWorker {

  private static final Logger LOG = LoggerFactory.getLogger(FlagEscalationWorker.class);

  private final EscalationService escalations;

  /** @param escalations starts the escalation */
  public FlagEscalationWorker(EscalationService escalations) {
    this.escalations = escalations;
  }

  @Override
  protected void work(DelegateExecution execution) {
    JobGuaranteeProcess.GUARANTEE_MET.setOnProcessInstance(execution, false);
    JobGuaranteeProcess.ESCALATION_FLAGGED.setOnProcessInstance(execution, true);
    escalations.escalate(execution.getProcessEngineServices(),
        CommitmentInputs.participationId(execution), CommitmentKind.DELIVER_GUARANTEE_OFFER, 0);
    LOG.warn("Job guarantee not met, escalation flagged: participation {}",
        participationIdOf(execution));
  }
}
