package no.placetrain.domain;

/**
 * A value broke a domain rule. The message names the field and the rule, never the value itself
 * (it may be personal data), e.g. {@code "weeklyHours: must be between 1 and 40"}.
 */
public class InvalidValueException extends IllegalArgumentException {

  private final String field;

  /**
   * @param field the field (variable, input or property) at fault
   * @param rule the broken rule, without the value
   */
  public InvalidValueException(String field, String rule) {
    super(field + ": " + rule);
    this.field = field;
  }

  /** The field at fault. */
  public String field() {
    return field;
  }
}
