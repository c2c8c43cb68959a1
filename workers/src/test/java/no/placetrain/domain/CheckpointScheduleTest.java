package no.placetrain.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CheckpointScheduleTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  /** 2026-03-02 11:00 in Oslo (winter time, UTC+1). */
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @Test
  void theFirstCheckpointCountsFromAPracticeStartingInThreeWeeks() {
    LocalDate start = TODAY.plusWeeks(3);

    // 2026-03-23 + 7 days = 2026-03-30 00:00 in Oslo (summer time from 29 March, UTC+2)
    assertThat(CheckpointSchedule.dueAt(0, start, "P7D", OSLO, NOW))
        .isEqualTo(start.plusDays(7).atStartOfDay(OSLO).toInstant())
        .isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
  }

  @Test
  void theFirstCheckpointOfAPracticeThatHasStartedCountsFromNowNeverBeforeNow() {
    assertThat(CheckpointSchedule.dueAt(0, TODAY.minusDays(10), "P7D", OSLO, NOW))
        .as("start + 7 days lies in the past").isEqualTo(Instant.parse("2026-03-09T10:00:00Z"));
    assertThat(CheckpointSchedule.dueAt(0, TODAY.minusDays(3), "P7D", OSLO, NOW))
        .as("start + 7 days lies ahead, but the practice has started")
        .isEqualTo(Instant.parse("2026-03-09T10:00:00Z"));
    assertThat(CheckpointSchedule.dueAt(0, TODAY, "P7D", OSLO, NOW))
        .as("starting today").isEqualTo(Instant.parse("2026-03-09T10:00:00Z"));
  }

  @Test
  void laterCheckpointsCountFromNowInTheZone() {
    // 2026-03-02 11:00 Oslo + 1 month = 2026-04-02 11:00 Oslo (UTC+2)
    assertThat(CheckpointSchedule.dueAt(1, TODAY.plusWeeks(3), "P1M", OSLO, NOW))
        .isEqualTo(Instant.parse("2026-04-02T09:00:00Z"));
    assertThat(CheckpointSchedule.dueAt(2, null, "P1M", OSLO, NOW))
        .isEqualTo(Instant.parse("2026-04-02T09:00:00Z"));
    assertThat(CheckpointSchedule.dueAt(3, null, "PT2H", OSLO, NOW))
        .isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));
  }

  @Test
  void rejectsAMissingStartForTheFirstCheckpointAndBadIntervals() {
    assertThatThrownBy(() -> CheckpointSchedule.dueAt(0, null, "P7D", OSLO, NOW))
        .isInstanceOf(InvalidValueException.class).hasMessage("practiceStartDate: is required");
    assertThatThrownBy(() -> CheckpointSchedule.dueAt(1, null, null, OSLO, NOW))
        .isInstanceOf(InvalidValueException.class).hasMessage("interval: is required");
    assertThatThrownBy(() -> CheckpointSchedule.dueAt(1, null, "weekly", OSLO, NOW))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("interval: must be an ISO-8601 duration such as P7D");
    assertThatThrownBy(() -> CheckpointSchedule.dueAt(1, null, "P-7D", OSLO, NOW))
        .isInstanceOf(InvalidValueException.class).hasMessage("interval: must not be negative");
  }
}
