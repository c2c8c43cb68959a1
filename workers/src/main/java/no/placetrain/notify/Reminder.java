package no.placetrain.notify;

import java.time.Instant;
import no.placetrain.domain.agreement.CommitmentKind;

/**
 * A reminder to the obligor of an overdue commitment. Holds ids, the kind, the due instant and the
 * group to remind: never a name or anything else about the candidate.
 *
 * @param participationId the participation the commitment belongs to
 * @param commitmentId the overdue commitment
 * @param kind what is owed
 * @param dueAt when it fell due
 * @param group the candidate group of the obligor (e.g. {@code nav-caseworker})
 */
public record Reminder(
    String participationId, String commitmentId, CommitmentKind kind, Instant dueAt, String group) {

  /** @throws IllegalArgumentException when a part is missing */
  public Reminder {
    if (participationId == null || commitmentId == null || kind == null || dueAt == null
        || group == null) {
      throw new IllegalArgumentException("a reminder needs participation, commitment, kind, "
          + "due instant and group");
    }
  }
}
