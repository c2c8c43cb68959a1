package no.placetrain.process.commitment;

import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.engine.PlaceTrainWorker;
import no.placetrain.engine.ProcessVariable;
import no.placetrain.service.ParticipationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${meetCommitmentWorker}} on every {@code Task_Meet…Commitment}, right after the task
 * where the obligor acted: records the participation's commitment as MET (or MET_LATE after its
 * due instant) and, when an escalation of it runs, ends that escalation (message
 * {@code CommitmentMet}, business key = commitment id). An absent or already settled commitment
 * stays as it is. For ANSWER_PRESENTATION it also records the employer's first contact.
 *
 * <p>Inputs: {@code commitmentKind}, {@code sequence} (optional, default 0) and, for
 * RESOLVE_PERSONAL_MATTERS, {@code confirmed} (the form's {@code personalMattersResolved}), which
 * must be true: otherwise a {@code BadUserRequestException} naming {@code personalMattersResolved}.
 */
public class MeetCommitmentWorker extends PlaceTrainWorker {

  /** Input parameter: the obligor confirmed the commitment met (RESOLVE_PERSONAL_MATTERS). */
  public static final ProcessVariable<Boolean> CONFIRMED = ProcessVariable.bool("confirmed");
  /** The form field behind {@link #CONFIRMED} for RESOLVE_PERSONAL_MATTERS. */
  public static final String PERSONAL_MATTERS_RESOLVED = "personalMattersResolved";

  private static final Logger LOG = LoggerFactory.getLogger(MeetCommitmentWorker.class);

  private final EscalationService escalations;
  private final ParticipationService participations;

  /**
   * @param escalations meets the commitment and ends its escalation
   * @param participations records the employer's first contact
   */
  public MeetCommitmentWorker(
      EscalationService escalations, ParticipationService participations) {
    this.escalations = escalations;
    this.participations = participations;
  }

  @Override
  protected void work(DelegateExecution execution) {
    CommitmentKind kind = CommitmentInputs.kind(execution);
    int sequence = CommitmentInputs.sequence(execution);
    if (kind == CommitmentKind.RESOLVE_PERSONAL_MATTERS
        && !CONFIRMED.findLocal(execution).orElse(false)) {
      throw new InvalidValueException(PERSONAL_MATTERS_RESOLVED,
          "must be confirmed (true) before the personal matters count as followed up");
    }
    String participationId = CommitmentInputs.participationId(execution);
    escalations.meet(execution.getProcessEngineServices(), participationId, kind, sequence);
    if (kind == CommitmentKind.ANSWER_PRESENTATION
        && participations.find(participationId).isPresent()) {
      participations.recordFirstEmployerContact(participationId);
    }
    LOG.info("{} met: participation {}", kind, participationId);
  }
}
