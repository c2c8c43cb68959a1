package no.placetrain.domain.agreement;

import java.time.Instant;
import no.placetrain.domain.CheckpointResult;

/**
 * A follow-up checkpoint of a participation as stored: due, and once held, when and how it went.
 * Holds no personal matters.
 *
 * @param participationId the participation
 * @param number 1 for the first checkpoint
 * @param dueAt when it falls due, or {@code null} when unknown
 * @param heldAt when it was held, else {@code null}
 * @param result how it went (held only)
 * @param riskFlag whether the attendees saw a risk of dropout
 */
public record CheckpointRecord(String participationId, int number, Instant dueAt, Instant heldAt,
    CheckpointResult result, boolean riskFlag) {

  /** @throws IllegalArgumentException without participation, with a number below 1, or a result without heldAt */
  public CheckpointRecord {
    if (participationId == null || number < 1) {
      throw new IllegalArgumentException("a checkpoint needs its participation and a number ≥ 1");
    }
    if ((heldAt == null) != (result == null)) {
      throw new IllegalArgumentException("a held checkpoint has both heldAt and result");
    }
  }

  /** Whether it has been held. */
  public boolean isHeld() {
    return heldAt != null;
  }
}
