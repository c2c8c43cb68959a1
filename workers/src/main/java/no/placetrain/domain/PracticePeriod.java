package no.placetrain.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentTemplate;

/**
 * A practice period: its first day and its agreed length in whole months (extensions included).
 * It ends at the start of {@link #endDate()}, which is {@code start + months} calendar months; a
 * start on a day the end month lacks ends on that month's last day (31 January + 1 month = 28 or
 * 29 February). Extensions are counted from the start, so month ends do not drift (31 January + 1 +
 * 1 month = 31 March).
 *
 * @param startDate first day of the practice
 * @param months agreed length in months, at least 1
 */
public record PracticePeriod(LocalDate startDate, int months) {

  /** @throws InvalidValueException when the start is missing or months is below 1 */
  public PracticePeriod {
    if (startDate == null) {
      throw new InvalidValueException("startDate", "is required");
    }
    if (months < 1) {
      throw new InvalidValueException("months", "must be at least 1");
    }
  }

  /**
   * Schedules a new practice within an agreement's terms.
   *
   * @param startDate the first day, {@code yyyy-MM-dd}
   * @throws InvalidValueException when the date is malformed or months lie outside the terms
   */
  public static PracticePeriod schedule(String startDate, int months, PracticeTerms terms) {
    if (!terms.allows(months)) {
      throw new InvalidValueException("months", "must be between " + terms.minMonths()
          + " and " + terms.maxMonths() + " (the agreement's practice length)");
    }
    return new PracticePeriod(parseDate(startDate, "startDate"), months);
  }

  /** The day the practice has ended by (its start of day is the end instant). */
  public LocalDate endDate() {
    return startDate.plusMonths(months);
  }

  /** The instant the practice has ended by: the start of {@link #endDate()} in {@code zone}. */
  public Instant endsAt(ZoneId zone) {
    return endDate().atStartOfDay(zone).toInstant();
  }

  /**
   * When the employer's end-of-practice decision is due: as the ledger computes the due instant of
   * the agreement's {@code DECIDE_END_OF_PRACTICE} commitment anchored at the end of the practice
   * ({@link CommitmentTemplate#dueAt} from {@link #endsAt}); the end itself without one.
   *
   * @param decision the agreement's effective {@code DECIDE_END_OF_PRACTICE} template, or
   *     {@code null} when it has none
   * @throws IllegalArgumentException when {@code decision} is a template of another kind
   */
  public Instant decisionDueAt(CommitmentTemplate decision, ZoneId zone) {
    Instant end = endsAt(zone);
    if (decision == null) {
      return end;
    }
    if (decision.kind() != CommitmentKind.DECIDE_END_OF_PRACTICE) {
      throw new IllegalArgumentException("not a DECIDE_END_OF_PRACTICE template: " + decision);
    }
    return decision.dueAt(end, zone);
  }

  /**
   * When the employer's decision window opens without a decision commitment: {@code window} before
   * the end of the practice, never before {@code now}. See
   * {@link #decisionWindowOpens(Period, CommitmentTemplate, ZoneId, Instant)}.
   */
  public Instant decisionWindowOpens(Period window, ZoneId zone, Instant now) {
    return decisionWindowOpens(window, null, zone, now);
  }

  /**
   * When the employer's decision window opens: {@code window} before the decision is due
   * ({@link #decisionDueAt}: the agreement's {@code DECIDE_END_OF_PRACTICE} deadline before the
   * end, or the end itself without one), counted in {@code zone}, but never before {@code now}:
   * the employer sees the decision before it is due.
   *
   * @param window how long before the due instant the window opens, e.g. {@code P14D}; not
   *     negative
   * @param decision the agreement's effective {@code DECIDE_END_OF_PRACTICE} template, or
   *     {@code null} when it has none
   * @throws InvalidValueException naming {@code decisionWindow} when negative
   */
  public Instant decisionWindowOpens(
      Period window, CommitmentTemplate decision, ZoneId zone, Instant now) {
    if (window == null || window.isNegative()) {
      throw new InvalidValueException("decisionWindow", "must be a period that is not negative");
    }
    Instant opens = decisionDueAt(decision, zone).atZone(zone).minus(window).toInstant();
    return opens.isBefore(now) ? now : opens;
  }

  /**
   * @param extraMonths months to add, at least 1
   * @param terms the agreement's terms, whose maximum the total must not exceed
   * @return the extended period
   * @throws InvalidValueException when the extension is not positive or exceeds the maximum
   */
  public PracticePeriod extend(int extraMonths, PracticeTerms terms) {
    if (extraMonths < 1) {
      throw new InvalidValueException("months", "an extension must be at least 1 month");
    }
    if (months + extraMonths > terms.maxMonths()) {
      throw new InvalidValueException("months", "the extension would make the practice longer "
          + "than the agreement's maximum of " + terms.maxMonths() + " months");
    }
    return new PracticePeriod(startDate, months + extraMonths);
  }

  /**
   * @param value a date {@code yyyy-MM-dd}
   * @throws InvalidValueException naming {@code field} when missing or malformed
   */
  public static LocalDate parseDate(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, "is required");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(field, "must be a date in the form yyyy-MM-dd");
    }
  }
}
