package no.placetrain.domain.agreement;

import no.placetrain.domain.InvalidValueException;

/**
 * An agreement breaks a rule. The message is {@code <field path>: <reason>}, the path in the terms
 * of the agreement document (kebab-case, as in the catalogue files), e.g.
 * {@code terms.practice-months.max: must be at least min (3)} or
 * {@code commitments[SCREEN_REFERRAL].deadline: P10D loosens the framework's P5D (a local
 * agreement may only tighten)}. Never holds personal data: agreements describe organisations.
 */
public class InvalidAgreementException extends InvalidValueException {

  private final String reason;

  /**
   * @param field path of the field at fault, relative to the agreement
   * @param reason the broken rule
   */
  public InvalidAgreementException(String field, String reason) {
    super(field, reason);
    this.reason = reason;
  }

  /** The broken rule, without the field. */
  public String reason() {
    return reason;
  }

  /** The same finding with its field placed below {@code parent} (e.g. {@code terms}). */
  public InvalidAgreementException within(String parent) {
    String field = field();
    return new InvalidAgreementException(
        field.startsWith("[") ? parent + field : parent + "." + field, reason);
  }
}
