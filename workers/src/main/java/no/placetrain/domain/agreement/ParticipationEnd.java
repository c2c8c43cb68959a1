package no.placetrain.domain.agreement;

import no.placetrain.domain.EndReason;
import no.placetrain.domain.Outcome;

/**
 * How a participation ended, and what that does to its commitments still OPEN: each one that can
 * no longer be kept is {@link CommitmentStatus#CANCELLED} with the reason
 * {@code participation ended: <code>} (the end reason's code, or the outcome's for a job offer
 * at the end of the practice; never a detail code or anything about the person).
 *
 * <p>One OPEN commitment is not cancelled: the one whose failure ends the participation. When a
 * job guarantee ends without a relevant offer ({@link EndReason#GUARANTEE_NOT_MET}), the broker's
 * {@link CommitmentKind#DELIVER_GUARANTEE_OFFER} fell due at that very moment and was not kept; it
 * stays OPEN and its escalation (started when the guarantee expired) decides whether it is met
 * late, waived or breached. Cancelling it would hide the broker's miss from the scorecard.
 *
 * @param outcome how it ended
 * @param reason why it ended; {@code null} for a job offer at the end of the practice
 */
public record ParticipationEnd(Outcome outcome, EndReason reason) {

  /** What every cancellation reason of an ending starts with. */
  public static final String REASON_PREFIX = "participation ended: ";

  /** @throws IllegalArgumentException without an outcome, or with a reason of another outcome */
  public ParticipationEnd {
    if (outcome == null) {
      throw new IllegalArgumentException("a participation ends with an outcome");
    }
    if (reason != null && reason.outcome() != outcome) {
      throw new IllegalArgumentException("the end reason does not belong to the outcome");
    }
  }

  /** The code the ending is known by: the end reason, else the outcome. */
  public String code() {
    return reason == null ? outcome.name() : reason.name();
  }

  /** The reason recorded on each commitment the ending cancels. */
  public String cancelledReason() {
    return REASON_PREFIX + code();
  }

  /**
   * Whether this ending cancels {@code commitment}: it is OPEN and is not the commitment whose
   * failure ends the participation (see the class comment).
   */
  public boolean cancels(Commitment commitment) {
    return commitment.isOpen()
        && !(reason == EndReason.GUARANTEE_NOT_MET
            && commitment.kind() == CommitmentKind.DELIVER_GUARANTEE_OFFER);
  }
}
