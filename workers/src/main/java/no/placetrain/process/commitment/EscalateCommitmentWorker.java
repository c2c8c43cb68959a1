package no.placetrain.process.commitment;

import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.engine.PlaceTrainWorker;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * {@code ${escalateCommitmentWorker}} on every {@code Task_Escalate…}, after a commitment's
 * deadline timer fired: starts {@code commitment-escalation} for the participation's commitment
 * (business key = commitment id) unless one runs already, the commitment is no longer OPEN or it
 * was never opened (see {@link EscalationService#escalate}).
 *
 * <p>Inputs: {@code commitmentKind}, {@code sequence} (optional, default 0).
 */
public class EscalateCommitmentWorker extends PlaceTrainWorker {

  private final EscalationService escalations;

  /** @param escalations starts the escalation */
  public EscalateCommitmentWorker(EscalationService escalations) {
    this.escalations = escalations;
  }

  @Override
  protected void work(DelegateExecution execution) {
    CommitmentKind kind = CommitmentInputs.kind(execution);
    escalations.escalate(execution.getProcessEngineServices(),
        CommitmentInputs.participationId(execution), kind, CommitmentInputs.sequence(execution));
  }
}
