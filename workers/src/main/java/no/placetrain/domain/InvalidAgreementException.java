package no.placetrain.domain;

/**
 * An entry of the agreement catalogue is invalid. The message names the entry (position and id),
 * the field and the reason, e.g. {@code agreement #2 (id 'kiwi-nav-drammen'): practice-max-months
 * must not be less than practice-min-months}.
 */
public class InvalidAgreementException extends IllegalArgumentException {

  private final int index;
  private final String agreementId;
  private final AgreementField field;
  private final String reason;

  /**
   * @param index zero-based position of the entry in the catalogue
   * @param agreementId the entry's id as given (may be {@code null})
   * @param field the field at fault
   * @param reason why it is invalid
   */
  public InvalidAgreementException(
      int index, String agreementId, AgreementField field, String reason) {
    super("agreement #" + index + " (id '" + agreementId + "'): " + field.key() + " " + reason);
    this.index = index;
    this.agreementId = agreementId;
    this.field = field;
    this.reason = reason;
  }

  /** Zero-based position of the entry. */
  public int index() {
    return index;
  }

  /** The entry's id as given, possibly {@code null}. */
  public String agreementId() {
    return agreementId;
  }

  /** The field at fault. */
  public AgreementField field() {
    return field;
  }

  /** Why the field is invalid. */
  public String reason() {
    return reason;
  }
}
