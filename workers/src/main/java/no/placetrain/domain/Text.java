package no.placetrain.domain;

/** Validation of free-text fields: required and bounded in length. */
final class Text {

  private Text() {}

  /**
   * @return {@code value} stripped of leading and trailing white space
   * @throws InvalidValueException when blank or longer than {@code maxLength} characters
   */
  static String required(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, "is required");
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      throw new InvalidValueException(field, "must be at most " + maxLength + " characters");
    }
    return stripped;
  }
}
