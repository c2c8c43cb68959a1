package no.placetrain.domain.agreement;

import no.placetrain.domain.InvalidValueException;

/**
 * A referral names a FRAMEWORK agreement: participants belong to LOCAL agreements, a framework only
 * frames them. {@code agreementId: is a framework agreement: refer to one of its local agreements}
 * (never the id itself).
 */
public class FrameworkReferralException extends InvalidValueException {

  /** The rule, without the field: also the completion check's violation text. */
  public static final String RULE = "is a framework agreement: refer to one of its local agreements";

  /** @param field the field that named the agreement ({@code agreementId}) */
  public FrameworkReferralException(String field) {
    super(field, RULE);
  }
}
