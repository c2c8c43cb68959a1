package no.placetrain.notify;

import java.time.Instant;
import no.placetrain.domain.agreement.CommitmentKind;

/**
 * One notice to one group of a participation's parties: what happened ({@link NoticeKind}), to
 * whom, and ids, codes and an instant — never a name, a reference or anything else about the
 * candidate. Stored as one row of the outbox ({@code PT_OUTBOX}) and sent from there.
 *
 * <p>The {@code idempotencyKey} names the event and the group from ids only (e.g.
 * {@code reminder:<commitmentId>}): writing the same notice again — a retried or replayed job —
 * finds the key stored and writes nothing. The factories build it; a host writing notices of its
 * own chooses keys that cannot clash with theirs (another prefix).
 *
 * @param idempotencyKey unique per notice; at most {@value #MAX_KEY_LENGTH} characters
 * @param kind what the notice tells
 * @param recipientGroup the group (engine identity) whose members are notified
 * @param participationId the participation it is about
 * @param commitmentId the commitment it is about, or {@code null}
 * @param commitmentKind the commitment's kind, or {@code null}
 * @param number the checkpoint's number or the escalation's level, or {@code null}
 * @param dueAt when the commitment falls (or fell) due, or {@code null}
 */
public record Notice(String idempotencyKey, NoticeKind kind, String recipientGroup,
    String participationId, String commitmentId, CommitmentKind commitmentKind, Integer number,
    Instant dueAt) {

  /** Longest idempotency key (the column). */
  public static final int MAX_KEY_LENGTH = 200;
  /** Longest group, participation and commitment id (the columns). */
  public static final int MAX_ID_LENGTH = 64;

  /** @throws IllegalArgumentException when a required part is missing or too long */
  public Notice {
    required(idempotencyKey, "idempotencyKey", MAX_KEY_LENGTH);
    required(recipientGroup, "recipientGroup", MAX_ID_LENGTH);
    required(participationId, "participationId", MAX_ID_LENGTH);
    if (kind == null) {
      throw new IllegalArgumentException("a notice needs a kind");
    }
    if (commitmentId != null) {
      required(commitmentId, "commitmentId", MAX_ID_LENGTH);
    }
    if (number != null && number < 0) {
      throw new IllegalArgumentException("number must not be negative");
    }
  }

  /**
   * The reminder to the obligor's group of an overdue commitment: key
   * {@code reminder:<commitmentId>} (one reminder per commitment: its escalation starts once).
   */
  public static Notice reminder(Reminder reminder) {
    return new Notice("reminder:" + reminder.commitmentId(),
        NoticeKind.REMINDER, reminder.group(), reminder.participationId(),
        reminder.commitmentId(), reminder.kind(), null, reminder.dueAt());
  }

  /**
   * The overdue commitment climbed to {@code level}; its follow-up task waits for {@code group}:
   * key {@code escalation:<commitmentId>:<level>}.
   */
  public static Notice escalated(String participationId, String commitmentId,
      CommitmentKind kind, Instant dueAt, int level, String group) {
    return new Notice("escalation:" + commitmentId + ":" + level, NoticeKind.ESCALATED, group,
        participationId, commitmentId, kind, level, dueAt);
  }

  /**
   * Checkpoint {@code number} (1-based) of the participation fell due; {@code group} is to hold
   * it (the KAM's, the mentors'): key {@code checkpoint-due:<participationId>:<number>:<group>}.
   *
   * @param commitmentId its HOLD_CHECKPOINT commitment, or {@code null} when the agreement has none
   * @param heldBy when it must be held (the commitment's due instant), or {@code null}
   */
  public static Notice checkpointDue(String participationId, int number, String commitmentId,
      Instant heldBy, String group) {
    return new Notice("checkpoint-due:" + participationId + ":" + number + ":" + group,
        NoticeKind.CHECKPOINT_DUE, group, participationId, commitmentId,
        CommitmentKind.HOLD_CHECKPOINT, number, heldBy);
  }

  private static void required(String value, String name, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a notice needs " + name);
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(name + " is longer than " + maxLength + " characters");
    }
  }
}
