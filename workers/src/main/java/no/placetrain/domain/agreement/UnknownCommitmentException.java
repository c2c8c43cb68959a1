package no.placetrain.domain.agreement;

import no.placetrain.domain.InvalidValueException;

/** An id names no commitment: {@code commitmentId: names no commitment}. */
public class UnknownCommitmentException extends InvalidValueException {

  /** No commitment has the id. */
  public UnknownCommitmentException() {
    super("commitmentId", "names no commitment");
  }
}
