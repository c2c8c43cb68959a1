package no.placetrain.domain.agreement;

import no.placetrain.domain.InvalidValueException;

/** A new agreement's id is taken: {@code id: is already used by another agreement}. */
public class AgreementConflictException extends InvalidValueException {

  /** The id of a new agreement is taken. */
  public AgreementConflictException() {
    super("id", "is already used by another agreement");
  }
}
