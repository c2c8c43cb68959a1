package no.placetrain.domain.agreement;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counting Monday–Friday (public holidays are not known here and count as working days). */
final class WorkingDays {

  private WorkingDays() {}

  /**
   * The day {@code count} working days after ({@code direction} 1) or before ({@code -1})
   * {@code from}; the start day itself is never counted, so Friday + 1 = Monday, and
   * Saturday + 1 = Monday. {@code count} 0 is {@code from}.
   */
  static LocalDate step(LocalDate from, int count, int direction) {
    LocalDate day = from;
    int left = count;
    while (left > 0) {
      day = day.plusDays(direction);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  static boolean isWorkingDay(LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }
}
