package no.placetrain.domain.agreement;

import no.placetrain.domain.InvalidValueException;

/**
 * The candidate already has an ACTIVE participation in the agreement:
 * {@code candidateRef: already has an active participation in this agreement} (never the
 * reference itself).
 */
public class DuplicateParticipationException extends InvalidValueException {

  /** The candidate is already active in the agreement. */
  public DuplicateParticipationException() {
    super("candidateRef", "already has an active participation in this agreement");
  }
}
