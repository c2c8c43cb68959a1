package no.placetrain.domain;

/**
 * The practice length an agreement allows, in whole months.
 *
 * @param minMonths shortest practice
 * @param maxMonths longest practice, extensions included
 */
public record PracticeTerms(int minMonths, int maxMonths) {

  /** Upper bound of any practice, in months. */
  public static final int LONGEST_PRACTICE_MONTHS = 12;

  /** @throws InvalidValueException unless 1 ≤ min ≤ max ≤ 12 */
  public PracticeTerms {
    if (minMonths < 1 || minMonths > LONGEST_PRACTICE_MONTHS) {
      throw new InvalidValueException(
          "practiceMinMonths", "must be between 1 and " + LONGEST_PRACTICE_MONTHS);
    }
    if (maxMonths < minMonths || maxMonths > LONGEST_PRACTICE_MONTHS) {
      throw new InvalidValueException(
          "practiceMaxMonths",
          "must be between practiceMinMonths and " + LONGEST_PRACTICE_MONTHS);
    }
  }

  /** Whether a practice of {@code months} months lies within the terms. */
  public boolean allows(int months) {
    return months >= minMonths && months <= maxMonths;
  }
}
