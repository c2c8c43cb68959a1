package no.placetrain.process.commitment;

import no.placetrain.domain.Codes;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentStatus;
import no.placetrain.engine.PlaceTrainWorker;
import no.placetrain.engine.ProcessVariable;
import no.placetrain.service.CommitmentService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${recordCommitmentWorker}} on {@code Task_RecordMetLate}, {@code Task_RecordWaived},
 * {@code Task_RecordBreached} and {@code Task_RecordMetLateByObligor}: writes how the escalation
 * settled the commitment in the ledger. A commitment settled already (the obligor met it while
 * the escalation was under way, or a retry) stays as it is.
 *
 * <p>Inputs: {@code commitmentStatus} ({@code MET_LATE} / {@code WAIVED} / {@code BREACHED}) and,
 * for WAIVED, {@code waivedReason} (required, at most 500 characters). Who waived is the user
 * authenticated on the engine (the one completing the follow-up task, so the task must stay
 * synchronous); without one the waiver is refused with a {@link BadUserRequestException} naming
 * {@code waivedBy}.
 */
public class RecordCommitmentWorker extends PlaceTrainWorker {

  /** Input parameter: the ledger status to record. */
  public static final ProcessVariable<String> COMMITMENT_STATUS =
      ProcessVariable.string("commitmentStatus");
  /** Input parameter: why the commitment is waived. */
  public static final ProcessVariable<String> WAIVED_REASON =
      ProcessVariable.string("waivedReason");

  private static final Logger LOG = LoggerFactory.getLogger(RecordCommitmentWorker.class);

  private final CommitmentService commitments;

  /** @param commitments the ledger */
  public RecordCommitmentWorker(CommitmentService commitments) {
    this.commitments = commitments;
  }

  @Override
  protected void work(DelegateExecution execution) {
    CommitmentStatus status = Codes.parse(CommitmentStatus.class,
        COMMITMENT_STATUS.findLocal(execution).orElse(null), COMMITMENT_STATUS.name());
    String user = null;
    String reason = null;
    if (status == CommitmentStatus.WAIVED) {
      user = authenticatedUser(execution);
      reason = WAIVED_REASON.findLocal(execution).orElse(null);
    }
    String commitmentId = CommitmentInputs.commitmentId(execution);
    Commitment settled = commitments.settle(commitmentId, status, user, reason);
    LOG.info("Commitment {} is {} (escalation asked for {})", commitmentId, settled.status(),
        status);
  }

  private static String authenticatedUser(DelegateExecution execution) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null
        || authentication.getUserId().isBlank()) {
      throw new BadUserRequestException("waivedBy: a commitment is waived only by an "
          + "authenticated user; complete the follow-up task as a named user");
    }
    return authentication.getUserId();
  }
}
