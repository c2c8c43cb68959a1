package no.placetrain.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;

/**
 * When the next follow-up checkpoint falls due: one interval after its anchor. The first one
 * (checkpoint 0: none held yet) is anchored at the first day of the practice (its start of day in
 * the clock's zone), not at the KAM's approval; every later one at now (when the previous one was
 * recorded). The anchor is never before now, so a practice that has already started gets its first
 * checkpoint one interval from now, and a checkpoint never falls due in the past.
 */
public final class CheckpointSchedule {

  private CheckpointSchedule() {}

  /**
   * @param checkpointNumber checkpoints held so far
   * @param practiceStart the first day of the practice; required for checkpoint 0
   * @param interval ISO-8601, date based ({@code P7D}, {@code P1M}) or time based ({@code PT1H})
   * @param zone the zone days and months are counted in
   * @param now the current instant
   * @throws InvalidValueException naming {@code interval} when it is missing, malformed or
   *     negative, or {@code practiceStartDate} when checkpoint 0 has no start
   */
  public static Instant dueAt(
      int checkpointNumber, LocalDate practiceStart, String interval, ZoneId zone, Instant now) {
    TemporalAmount amount = parseInterval(interval);
    ZonedDateTime anchor = now.atZone(zone);
    if (checkpointNumber == 0) {
      if (practiceStart == null) {
        throw new InvalidValueException("practiceStartDate", "is required");
      }
      ZonedDateTime start = practiceStart.atStartOfDay(zone);
      if (start.isAfter(anchor)) {
        anchor = start;
      }
    }
    return anchor.plus(amount).toInstant();
  }

  private static TemporalAmount parseInterval(String interval) {
    if (interval == null || interval.isBlank()) {
      throw new InvalidValueException("interval", "is required");
    }
    String value = interval.strip();
    TemporalAmount amount;
    boolean negative;
    try {
      if (value.contains("T")) {
        Duration duration = Duration.parse(value);
        amount = duration;
        negative = duration.isNegative();
      } else {
        Period period = Period.parse(value);
        amount = period;
        negative = period.isNegative();
      }
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("interval", "must be an ISO-8601 duration such as P7D");
    }
    if (negative) {
      throw new InvalidValueException("interval", "must not be negative");
    }
    return amount;
  }
}
