package no.placetrain.engine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/** Turns calendar days into the {@link Date} values the engine's timers read. */
public final class EngineDates {

  private EngineDates() {}

  /** The instant {@code day} starts in {@code zone}. */
  public static Date startOfDay(LocalDate day, ZoneId zone) {
    return Date.from(day.atStartOfDay(zone).toInstant());
  }
}
