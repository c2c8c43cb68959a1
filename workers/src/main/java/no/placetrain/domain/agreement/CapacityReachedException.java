package no.placetrain.domain.agreement;

import no.placetrain.domain.InvalidValueException;

/**
 * The employer selects a candidate for practice while every place of the agreement's capacity per
 * round is held: {@code interviewResult: cannot be SELECTED: every place of the agreement is held
 * (6 of 6); a place frees when a participation holding one ends}. Like an
 * {@link InactiveAgreementException} it depends on the agreement's current state.
 */
public class CapacityReachedException extends InvalidValueException {

  /** The field of the selection. */
  public static final String FIELD = "interviewResult";

  /** @param capacity the agreement's places per round */
  public CapacityReachedException(int capacity) {
    super(FIELD, "cannot be SELECTED: every place of the agreement is held (" + capacity + " of "
        + capacity + "); a place frees when a participation holding one ends");
  }
}
