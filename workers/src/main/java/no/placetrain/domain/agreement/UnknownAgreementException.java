package no.placetrain.domain.agreement;

import no.placetrain.domain.InvalidValueException;

/**
 * An id names no agreement of the catalogue. The message names the field, never the value, e.g.
 * {@code agreementId: names no agreement of the catalogue}.
 */
public class UnknownAgreementException extends InvalidValueException {

  /** @param field the field that held the id ({@code agreementId}, {@code parent}, …) */
  public UnknownAgreementException(String field) {
    super(field, "names no agreement of the catalogue");
  }
}
