package no.placetrain.domain.agreement;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import no.placetrain.domain.InvalidValueException;

/**
 * One commitment of one participation: an entry of the ledger every scorecard is computed from.
 * Immutable; each transition returns the changed entry. Only an OPEN entry changes: met at or
 * before {@code dueAt} it becomes MET, after it MET_LATE; WAIVED needs a user and a reason (at most
 * {@value #MAX_WAIVED_REASON} characters); BREACHED only after escalation; CANCELLED needs a reason
 * (at most {@value #MAX_CANCELLED_REASON} characters) and is set by the system when the
 * participation ends (see {@link ParticipationEnd}), never by a person.
 *
 * @param id {@code C-} + UUID
 * @param participationId the participation it belongs to
 * @param agreementId the participation's agreement
 * @param kind what is committed
 * @param obligorRole who owes it
 * @param party the obligor's party id (see {@link Parties})
 * @param sequence the checkpoint number for {@link CommitmentKind#HOLD_CHECKPOINT}, else 0
 * @param anchorAt when the anchor event happened (or, for "before" anchors, will happen)
 * @param dueAt when it falls due
 * @param status its state
 * @param resolvedAt when it left OPEN, else {@code null}
 * @param escalationLevel the highest ladder level reached, 0 before any escalation
 * @param waivedBy user id who waived it (WAIVED only)
 * @param waivedReason why it was waived (WAIVED only)
 * @param cancelledReason why it was cancelled (CANCELLED only, e.g.
 *     {@code participation ended: DROPOUT}: codes, never a person's details)
 */
public record Commitment(
    String id,
    String participationId,
    String agreementId,
    CommitmentKind kind,
    ObligorRole obligorRole,
    String party,
    int sequence,
    Instant anchorAt,
    Instant dueAt,
    CommitmentStatus status,
    Instant resolvedAt,
    int escalationLevel,
    String waivedBy,
    String waivedReason,
    String cancelledReason) {

  /** Longest waiver reason. */
  public static final int MAX_WAIVED_REASON = 500;
  /** Longest cancellation reason. */
  public static final int MAX_CANCELLED_REASON = 500;
  /** Longest user id of a waiver. */
  public static final int MAX_USER_ID = 64;
  /** Prefix of commitment ids. */
  public static final String ID_PREFIX = "C-";

  /** @throws IllegalArgumentException when a required part is missing or the state inconsistent */
  public Commitment {
    if (id == null || participationId == null || agreementId == null || kind == null
        || obligorRole == null || party == null || anchorAt == null || dueAt == null
        || status == null) {
      throw new IllegalArgumentException("a commitment needs id, participation, agreement, kind, "
          + "obligor, party, anchor, due instant and status");
    }
    if (sequence < 0 || escalationLevel < 0) {
      throw new IllegalArgumentException("sequence and escalation level must not be negative");
    }
    if ((status == CommitmentStatus.OPEN) != (resolvedAt == null)) {
      throw new IllegalArgumentException("resolvedAt is set exactly when the status is final");
    }
    if (status == CommitmentStatus.WAIVED && (waivedBy == null || waivedReason == null)) {
      throw new IllegalArgumentException("a waived commitment names who waived it and why");
    }
    if ((status == CommitmentStatus.CANCELLED) != (cancelledReason != null)) {
      throw new IllegalArgumentException("cancelledReason is set exactly when CANCELLED");
    }
  }

  /**
   * Opens the commitment {@code template} describes for a participation.
   *
   * @param party the obligor's party id, see {@link Agreement#partyOf(ObligorRole, String)}
   * @param sequence checkpoint number, or 0
   * @param zone the zone in which calendar periods are added
   */
  public static Commitment open(String participationId, String agreementId,
      CommitmentTemplate template, String party, int sequence, Instant anchorAt, ZoneId zone) {
    return new Commitment(ID_PREFIX + UUID.randomUUID(), participationId, agreementId,
        template.kind(), template.obligor(), party, sequence, anchorAt,
        template.dueAt(anchorAt, zone), CommitmentStatus.OPEN, null, 0, null, null, null);
  }

  /**
   * Opens the commitment {@code template} describes with a due instant the process fixed (e.g. the
   * end of a job guarantee, which its timer watches), instead of the one the template computes.
   *
   * @param party the obligor's party id, see {@link Agreement#partyOf(ObligorRole, String)}
   * @param sequence checkpoint number, or 0
   * @param dueAt when it falls due
   */
  public static Commitment openDueAt(String participationId, String agreementId,
      CommitmentTemplate template, String party, int sequence, Instant anchorAt, Instant dueAt) {
    return new Commitment(ID_PREFIX + UUID.randomUUID(), participationId, agreementId,
        template.kind(), template.obligor(), party, sequence, anchorAt, dueAt,
        CommitmentStatus.OPEN, null, 0, null, null, null);
  }

  /** Whether the commitment is still OPEN. */
  public boolean isOpen() {
    return status == CommitmentStatus.OPEN;
  }

  /** Whether it is OPEN and past due at {@code now}. */
  public boolean isOverdue(Instant now) {
    return isOpen() && now.isAfter(dueAt);
  }

  /** Met at {@code at}: MET when at or before {@code dueAt}, else MET_LATE. */
  public Commitment meet(Instant at) {
    requireOpen();
    CommitmentStatus met = at.isAfter(dueAt) ? CommitmentStatus.MET_LATE : CommitmentStatus.MET;
    return resolved(met, at, null, null);
  }

  /**
   * Waived by {@code user} for {@code reason}.
   *
   * @throws InvalidValueException naming {@code waivedBy} or {@code waivedReason} when missing or
   *     too long
   */
  public Commitment waive(String user, String reason, Instant at) {
    requireOpen();
    String by = required(user, "waivedBy", MAX_USER_ID);
    String why = required(reason, "waivedReason", MAX_WAIVED_REASON);
    return resolved(CommitmentStatus.WAIVED, at, by, why);
  }

  /**
   * Cancelled at {@code at} for {@code reason}: the participation ended while the commitment was
   * OPEN, so it can no longer be kept. The escalation level reached stays recorded.
   *
   * @throws InvalidValueException naming {@code cancelledReason} when missing or too long
   */
  public Commitment cancel(String reason, Instant at) {
    requireOpen();
    String why = required(reason, "cancelledReason", MAX_CANCELLED_REASON);
    return new Commitment(id, participationId, agreementId, kind, obligorRole, party, sequence,
        anchorAt, dueAt, CommitmentStatus.CANCELLED, at, escalationLevel, null, null, why);
  }

  /** Breached at {@code at}; only after at least one escalation. */
  public Commitment breach(Instant at) {
    requireOpen();
    if (escalationLevel == 0) {
      throw new CommitmentStateException(id, "is breached only after escalation");
    }
    return resolved(CommitmentStatus.BREACHED, at, null, null);
  }

  /**
   * Escalated to ladder {@code level} (1-based). The same level again changes nothing (a retry);
   * a lower one is refused.
   */
  public Commitment escalate(int level) {
    requireOpen();
    if (level < 1 || level < escalationLevel) {
      throw new CommitmentStateException(id, "escalation level " + level
          + " is below the level reached (" + escalationLevel + ") or below 1");
    }
    return new Commitment(id, participationId, agreementId, kind, obligorRole, party, sequence,
        anchorAt, dueAt, status, resolvedAt, level, waivedBy, waivedReason, cancelledReason);
  }

  /**
   * Re-anchored: its anchor event moved (a reworked practice draft with another start date), so
   * it is anchored at {@code newAnchorAt} and due at {@code newDueAt}; still OPEN, everything else
   * as it was.
   *
   * @throws CommitmentStateException when it is settled (a settled commitment never changes)
   */
  public Commitment reanchor(Instant newAnchorAt, Instant newDueAt) {
    requireOpen();
    if (newAnchorAt == null || newDueAt == null) {
      throw new IllegalArgumentException("re-anchoring needs the anchor and the due instant");
    }
    return new Commitment(id, participationId, agreementId, kind, obligorRole, party, sequence,
        newAnchorAt, newDueAt, status, resolvedAt, escalationLevel, waivedBy, waivedReason,
        cancelledReason);
  }

  private Commitment resolved(CommitmentStatus to, Instant at, String by, String why) {
    return new Commitment(id, participationId, agreementId, kind, obligorRole, party, sequence,
        anchorAt, dueAt, to, at, escalationLevel, by, why, null);
  }

  private void requireOpen() {
    if (!isOpen()) {
      throw new CommitmentStateException(id, "is " + status + "; only an OPEN commitment changes");
    }
  }

  private static String required(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, "is required");
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new InvalidValueException(field, "must be at most " + max + " characters");
    }
    return stripped;
  }
}
