package no.placetrain.notify;

import java.time.Instant;

/**
 * A row of the outbox ({@code PT_OUTBOX}): the notice and where its delivery stands.
 *
 * @param id the row's id
 * @param notice the notice
 * @param createdAt when it was written
 * @param sentAt when it was delivered, or {@code null}
 * @param attempts delivery attempts so far (the successful one included)
 * @param nextAttemptAt not tried again before this instant
 * @param claimedBy the node that claimed it (or sent it), or {@code null}
 * @param claimedUntil until when that node's claim holds, or {@code null}
 * @param lastError the last failure: exception classes and an SMTP status, or {@code null}
 */
public record OutboxEntry(String id, Notice notice, Instant createdAt, Instant sentAt,
    int attempts, Instant nextAttemptAt, String claimedBy, Instant claimedUntil,
    String lastError) {

  /** Whether it was delivered. */
  public boolean sent() {
    return sentAt != null;
  }
}
