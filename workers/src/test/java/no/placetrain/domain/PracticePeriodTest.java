package no.placetrain.domain;

import static no.placetrain.domain.agreement.CommitmentKind.DECIDE_END_OF_PRACTICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentTemplate;
import org.junit.jupiter.api.Test;

class PracticePeriodTest {

  private static final PracticeTerms THREE_TO_SIX = new PracticeTerms(3, 6);

  @Test
  void endIsStartPlusMonths() {
    PracticePeriod period = PracticePeriod.schedule("2026-01-15", 3, THREE_TO_SIX);

    assertThat(period.startDate()).isEqualTo(LocalDate.of(2026, 1, 15));
    assertThat(period.endDate()).isEqualTo(LocalDate.of(2026, 4, 15));
  }

  @Test
  void startOnAMonthEndEndsOnTheShorterMonthsLastDay() {
    PracticeTerms oneToTwelve = new PracticeTerms(1, 12);
    assertThat(PracticePeriod.schedule("2026-01-31", 1, oneToTwelve).endDate())
        .isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(PracticePeriod.schedule("2028-01-31", 1, oneToTwelve).endDate())
        .isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(PracticePeriod.schedule("2026-08-31", 3, oneToTwelve).endDate())
        .isEqualTo(LocalDate.of(2026, 11, 30));
  }

  @Test
  void extensionsCountFromTheStartSoMonthEndsDoNotDrift() {
    PracticePeriod period = PracticePeriod.schedule("2026-01-31", 1, new PracticeTerms(1, 6));

    PracticePeriod extended = period.extend(1, new PracticeTerms(1, 6));

    assertThat(period.endDate()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(extended.months()).isEqualTo(2);
    assertThat(extended.endDate()).isEqualTo(LocalDate.of(2026, 3, 31));
  }

  @Test
  void extensionUpToTheMaximumIsAllowedBeyondItRefused() {
    PracticePeriod period = PracticePeriod.schedule("2026-03-01", 4, THREE_TO_SIX);

    assertThat(period.extend(2, THREE_TO_SIX).months()).isEqualTo(6);
    assertThatThrownBy(() -> period.extend(3, THREE_TO_SIX))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("months: the extension would make the practice longer than the agreement's "
            + "maximum of 6 months");
    assertThatThrownBy(() -> period.extend(0, THREE_TO_SIX))
        .hasMessageContaining("at least 1 month");
  }

  @Test
  void scheduleRefusesMonthsOutsideTheTerms() {
    assertThatThrownBy(() -> PracticePeriod.schedule("2026-03-01", 2, THREE_TO_SIX))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("months: must be between 3 and 6 (the agreement's practice length)");
    assertThatThrownBy(() -> PracticePeriod.schedule("2026-03-01", 7, THREE_TO_SIX))
        .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("months");
  }

  @Test
  void scheduleRefusesMalformedOrMissingDates() {
    assertThatThrownBy(() -> PracticePeriod.schedule("01.03.2026", 3, THREE_TO_SIX))
        .hasMessage("startDate: must be a date in the form yyyy-MM-dd");
    assertThatThrownBy(() -> PracticePeriod.schedule("2026-02-30", 3, THREE_TO_SIX))
        .hasMessage("startDate: must be a date in the form yyyy-MM-dd");
    assertThatThrownBy(() -> PracticePeriod.schedule(null, 3, THREE_TO_SIX))
        .hasMessage("startDate: is required");
  }

  @Test
  void termsAreValidated() {
    assertThatThrownBy(() -> new PracticeTerms(0, 3)).hasMessageContaining("practiceMinMonths");
    assertThatThrownBy(() -> new PracticeTerms(4, 3)).hasMessageContaining("practiceMaxMonths");
    assertThatThrownBy(() -> new PracticeTerms(3, 13)).hasMessageContaining("practiceMaxMonths");
    assertThat(THREE_TO_SIX.allows(3)).isTrue();
    assertThat(THREE_TO_SIX.allows(6)).isTrue();
    assertThat(THREE_TO_SIX.allows(7)).isFalse();
  }

  @Test
  void theDecisionWindowOpensBeforeTheEndButNeverBeforeNow() {
    ZoneId oslo = ZoneId.of("Europe/Oslo");
    PracticePeriod period = new PracticePeriod(LocalDate.of(2026, 3, 2), 3);
    Instant early = Instant.parse("2026-03-02T08:00:00Z");

    // ends 2026-06-02; 14 days before, at midnight in Oslo (UTC+2)
    assertThat(period.decisionWindowOpens(Period.ofDays(14), oslo, early))
        .isEqualTo(Instant.parse("2026-05-18T22:00:00Z"));
    assertThat(period.decisionWindowOpens(Period.ZERO, oslo, early))
        .isEqualTo(Instant.parse("2026-06-01T22:00:00Z"));
    Instant late = Instant.parse("2026-05-25T12:00:00Z");
    assertThat(period.decisionWindowOpens(Period.ofDays(14), oslo, late)).isEqualTo(late);
    assertThatThrownBy(() -> period.decisionWindowOpens(Period.ofDays(-1), oslo, early))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("decisionWindow:");
  }

  @Test
  void theDecisionWindowOpensBeforeTheDecisionIsDueAsTheLedgerComputesIt() {
    ZoneId oslo = ZoneId.of("Europe/Oslo");
    PracticePeriod period = new PracticePeriod(LocalDate.of(2026, 3, 2), 9); // ends 2026-12-02
    Instant early = Instant.parse("2026-03-02T08:00:00Z");
    CommitmentTemplate monthBefore = CommitmentTemplate.of(DECIDE_END_OF_PRACTICE, Period.ofMonths(1));
    CommitmentTemplate byTheEnd = CommitmentTemplate.of(DECIDE_END_OF_PRACTICE, Period.ZERO);

    // P1M before the end: due 2026-11-02 00:00 Oslo (UTC+1), exactly as the ledger opens it
    Instant end = period.endsAt(oslo);
    assertThat(end).isEqualTo(Instant.parse("2026-12-01T23:00:00Z"));
    assertThat(period.decisionDueAt(monthBefore, oslo))
        .isEqualTo(monthBefore.dueAt(end, oslo))
        .isEqualTo(Instant.parse("2026-11-01T23:00:00Z"));
    // the window opens 14 days before that: 2026-10-19 00:00 Oslo (UTC+2, before the DST change)
    assertThat(period.decisionWindowOpens(Period.ofDays(14), monthBefore, oslo, early))
        .isEqualTo(Instant.parse("2026-10-18T22:00:00Z"));
    // P0D (due by the end) and no commitment at all: 14 days before the end, as before
    assertThat(period.decisionWindowOpens(Period.ofDays(14), byTheEnd, oslo, early))
        .isEqualTo(period.decisionWindowOpens(Period.ofDays(14), null, oslo, early))
        .isEqualTo(period.decisionWindowOpens(Period.ofDays(14), oslo, early))
        .isEqualTo(Instant.parse("2026-11-17T23:00:00Z"));
    // a deadline in working days counts back Monday–Friday from the end (Wednesday 2 December)
    assertThat(period.decisionDueAt(CommitmentTemplate.ofWorkingDays(DECIDE_END_OF_PRACTICE, 5), oslo))
        .isEqualTo(Instant.parse("2026-11-24T23:00:00Z"));
    // never before now
    Instant late = Instant.parse("2026-10-25T12:00:00Z");
    assertThat(period.decisionWindowOpens(Period.ofDays(14), monthBefore, oslo, late)).isEqualTo(late);
    assertThatThrownBy(() -> period.decisionDueAt(
        CommitmentTemplate.of(CommitmentKind.HOLD_CHECKPOINT, Period.ofDays(7)), oslo))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
