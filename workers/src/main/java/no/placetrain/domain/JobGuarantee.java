package no.placetrain.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;

/** The broker's job guarantee: a relevant job offer within a period after the practice. */
public final class JobGuarantee {

  private JobGuarantee() {}

  /**
   * The last day the guarantee runs to (the guarantee expires at its start).
   *
   * @param startDay the day the guarantee period starts
   * @param period ISO-8601 period such as {@code P6M}
   * @throws InvalidValueException when the period is missing, malformed or not positive
   */
  public static LocalDate deadline(LocalDate startDay, String period) {
    return startDay.plus(parsePeriod(period));
  }

  /**
   * @throws InvalidValueException naming {@code guaranteePeriod} when missing, malformed or not
   *     positive
   */
  public static Period parsePeriod(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException("guaranteePeriod", "is required");
    }
    Period period;
    try {
      period = Period.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("guaranteePeriod", "must be an ISO-8601 period such as P6M");
    }
    if (period.isZero() || period.isNegative()) {
      throw new InvalidValueException("guaranteePeriod", "must be positive");
    }
    return period;
  }
}
