package no.placetrain.process.commitment;

import no.placetrain.domain.Codes;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.engine.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The inputs the commitment workers share (docs/agreements.md, "Commitments in the models"):
 * {@code commitmentKind} and {@code sequence} as input parameters, and the participation of the
 * process ({@code participationId}, else the business key) in {@code place-and-train} and
 * {@code job-guarantee} alike.
 */
public final class CommitmentInputs {

  /** Input parameter: the commitment kind, e.g. {@code SCREEN_REFERRAL}. */
  public static final ProcessVariable<String> COMMITMENT_KIND =
      ProcessVariable.string("commitmentKind");
  /** Input parameter: the checkpoint number for HOLD_CHECKPOINT; absent = 0. */
  public static final ProcessVariable<Integer> SEQUENCE = ProcessVariable.integer("sequence");
  /** Process variable of place-and-train and job-guarantee: the participation's id. */
  public static final ProcessVariable<String> PARTICIPATION_ID =
      ProcessVariable.string("participationId");

  private CommitmentInputs() {}

  /**
   * @throws no.placetrain.domain.InvalidValueException naming {@code commitmentKind} when the
   *     input is missing or not a kind
   */
  public static CommitmentKind kind(DelegateExecution execution) {
    return Codes.parse(CommitmentKind.class,
        COMMITMENT_KIND.findLocal(execution).orElse(null), COMMITMENT_KIND.name());
  }

  /** The input {@code sequence}, 0 when absent. */
  public static int sequence(DelegateExecution execution) {
    return SEQUENCE.findLocal(execution).orElse(0);
  }

  /**
   * The commitment of a {@code commitment-escalation} instance: {@code commitmentId}, else the
   * business key.
   */
  public static String commitmentId(DelegateExecution execution) {
    return CommitmentEscalationProcess.COMMITMENT_ID.find(execution)
        .orElseGet(execution::getProcessBusinessKey);
  }

  /** The participation of the process: {@code participationId}, else the business key. */
  public static String participationId(DelegateExecution execution) {
    return PARTICIPATION_ID.find(execution).orElseGet(execution::getProcessBusinessKey);
  }
}
