package no.placetrain.domain.agreement;

import static no.placetrain.domain.agreement.CommitmentKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CommitmentTemplateTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private static Instant oslo(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(OSLO).toInstant();
  }

  @Test
  void workingDaysSkipTheWeekendAndKeepTheTimeOfDayAcrossDaylightSaving() {
    CommitmentTemplate screen = CommitmentTemplate.ofWorkingDays(SCREEN_REFERRAL, 5);

    // Thursday 26 March 2026 (CET) + 5 working days = Thursday 2 April (CEST), same local time
    Instant due = screen.dueAt(oslo("2026-03-26T10:00"), OSLO);

    assertThat(due).isEqualTo(oslo("2026-04-02T10:00")).isEqualTo(Instant.parse("2026-04-02T08:00:00Z"));
  }

  @Test
  void oneWorkingDayAfterAFridayOrASaturdayIsMonday() {
    CommitmentTemplate one = CommitmentTemplate.ofWorkingDays(SCREEN_REFERRAL, 1);

    assertThat(one.dueAt(oslo("2026-03-27T14:00"), OSLO)).isEqualTo(oslo("2026-03-30T14:00"));
    assertThat(one.dueAt(oslo("2026-03-28T09:00"), OSLO)).isEqualTo(oslo("2026-03-30T09:00"));
    assertThat(CommitmentTemplate.ofWorkingDays(SCREEN_REFERRAL, 0)
        .dueAt(oslo("2026-03-28T09:00"), OSLO)).isEqualTo(oslo("2026-03-28T09:00"));
  }

  @Test
  void calendarPeriodsCountEveryDayAndMonthsEndOnTheLastDay() {
    assertThat(CommitmentTemplate.of(ANSWER_PRESENTATION, Period.ofDays(7))
        .dueAt(oslo("2026-03-26T10:00"), OSLO)).isEqualTo(oslo("2026-04-02T10:00"));
    assertThat(CommitmentTemplate.of(ANSWER_PRESENTATION, Period.ofMonths(1))
        .dueAt(oslo("2026-01-31T12:00"), OSLO)).isEqualTo(oslo("2026-02-28T12:00"));
  }

  @Test
  void beforeAnchorsCountBackFromTheStartOrEndOfThePractice() {
    Instant start = oslo("2026-03-30T09:00");

    assertThat(CommitmentTemplate.of(ASSIGN_MENTOR, Period.ofDays(3)).dueAt(start, OSLO))
        .isEqualTo(oslo("2026-03-27T09:00"));
    assertThat(CommitmentTemplate.of(ASSIGN_MENTOR, Period.ZERO).dueAt(start, OSLO))
        .isEqualTo(start);
    assertThat(CommitmentTemplate.ofWorkingDays(DECIDE_END_OF_PRACTICE, 2).dueAt(start, OSLO))
        .isEqualTo(oslo("2026-03-26T09:00"));
  }

  @Test
  void deadlinesCompareWithThirtyDayMonthsAndWorkingDaysAsSevenFifths() {
    assertThat(CommitmentTemplate.of(ANSWER_PRESENTATION, Period.ofMonths(1)).comparableDays())
        .isEqualTo(30.0);
    assertThat(CommitmentTemplate.of(ANSWER_PRESENTATION, Period.parse("P2W")).comparableDays())
        .isEqualTo(14.0);
    assertThat(CommitmentTemplate.ofWorkingDays(SCREEN_REFERRAL, 5).comparableDays())
        .isEqualTo(7.0);
  }

  @Test
  void strictnessDependsOnTheAnchorsDirection() {
    CommitmentTemplate fiveDays = CommitmentTemplate.of(ANSWER_PRESENTATION, Period.ofDays(5));
    CommitmentTemplate tenDays = CommitmentTemplate.of(ANSWER_PRESENTATION, Period.ofDays(10));
    CommitmentTemplate mentorBy0 = CommitmentTemplate.of(ASSIGN_MENTOR, Period.ZERO);
    CommitmentTemplate mentorBy7 = CommitmentTemplate.of(ASSIGN_MENTOR, Period.ofDays(7));

    assertThat(fiveDays.atLeastAsStrictAs(tenDays)).isTrue();
    assertThat(tenDays.atLeastAsStrictAs(fiveDays)).isFalse();
    assertThat(fiveDays.atLeastAsStrictAs(fiveDays)).isTrue();
    assertThat(mentorBy7.atLeastAsStrictAs(mentorBy0)).isTrue();
    assertThat(mentorBy0.atLeastAsStrictAs(mentorBy7)).isFalse();
  }

  @Test
  void theObligorDefaultsToTheKindsAndMayBeNamed() {
    CommitmentTemplate byDefault = CommitmentTemplate.of(HOLD_CHECKPOINT, Period.ofDays(7));
    CommitmentTemplate byBroker =
        new CommitmentTemplate(HOLD_CHECKPOINT, Period.ofDays(7), false, ObligorRole.BROKER);

    assertThat(byDefault.obligor()).isEqualTo(ObligorRole.KAM);
    assertThat(byDefault.obligorOverridden()).isFalse();
    assertThat(byBroker.obligor()).isEqualTo(ObligorRole.BROKER);
    assertThat(byBroker.obligorOverridden()).isTrue();
    assertThat(CommitmentTemplate.ofWorkingDays(SCREEN_REFERRAL, 5).describeDeadline())
        .isEqualTo("P5D working days");
  }

  @Test
  void malformedDeadlinesAreRefusedNamingTheField() {
    assertThatThrownBy(() -> new CommitmentTemplate(SCREEN_REFERRAL, Period.ofMonths(1), true, null))
        .isInstanceOf(InvalidAgreementException.class)
        .hasMessage("deadline: working days count days only (e.g. P5D)");
    assertThatThrownBy(() -> CommitmentTemplate.of(SCREEN_REFERRAL, Period.ofDays(-1)))
        .hasMessage("deadline: must not be negative");
    assertThatThrownBy(() -> CommitmentTemplate.of(SCREEN_REFERRAL, null))
        .hasMessage("deadline: is required (an ISO-8601 period such as P5D)");
    assertThatThrownBy(() -> CommitmentTemplate.of(null, Period.ZERO))
        .hasMessage("kind: is required");
  }
}
