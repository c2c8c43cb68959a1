package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.*;
import static no.placetrain.domain.agreement.CommitmentKind.DECIDE_END_OF_PRACTICE;
import static no.placetrain.domain.agreement.CommitmentKind.HOLD_CHECKPOINT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.placetrain.domain.SelectionMode;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.AgreementKind;
import no.placetrain.domain.agreement.AgreementStatus;
import no.placetrain.domain.agreement.CommitmentTemplate;
import no.placetrain.domain.agreement.Employer;
import no.placetrain.domain.agreement.NavOffice;
import no.placetrain.domain.agreement.ProgrammeTerms;
import no.placetrain.service.AgreementLookup;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

class SchedulePracticeWorkerTest {

  static final Clock OSLO = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"),
      ZoneId.of("Europe/Oslo"));

  static final Period WINDOW = Period.ofDays(14);

  /** Finds no agreement: the window opens {@link #WINDOW} before the end. */
  static final AgreementLookup NO_AGREEMENT = id -> Optional.empty();

  private final SchedulePracticeWorker worker =
      new SchedulePracticeWorker(OSLO, WINDOW, NO_AGREEMENT);

  /** A LOCAL agreement {@code id} (under {@code parentId}, or none) declaring {@code commitments}. */
  static Agreement deciding(String id, String parentId, List<CommitmentTemplate> commitments) {
    return new Agreement(id, AgreementKind.LOCAL,
        parentId, "Test", AgreementStatus.ACTIVE, null,
        List.of(new NavOffice("nav-alna", "NAV Alna")), new Employer("Test", null, List.of()),
        null, new ProgrammeTerms(SelectionMode.INTERVIEW, 1, 6, null, null, null, List.of()),
        commitments, Map.of());
  }

  /** Finds {@code agreements} by id. */
  static AgreementLookup lookup(Agreement... agreements) {
    return id -> Arrays.stream(agreements).filter(a -> a.id().equals(id)).findFirst();
  }

  private static FakeExecution practice(String start, Object months) {
    return FakeExecution.activity()
        .with(PRACTICE_MIN_MONTHS, 3).with(PRACTICE_MAX_MONTHS, 6)
        .input("startDate", start).input("months", months).input("site", "Storo");
  }

  @Test
  void endDateIsStartPlusMonthsAtMidnightInOslo() {
    FakeExecution execution = practice("2026-01-31", 3L);

    worker.execute(execution);

    // 2026-04-30 00:00 in Oslo (summer time, UTC+2)
    assertThat(PRACTICE_END_DATE.get(execution).toInstant())
        .isEqualTo(Instant.parse("2026-04-29T22:00:00Z"));
    assertThat(PRACTICE_TOTAL_MONTHS.get(execution)).isEqualTo(3);
    assertThat(CHECKPOINT_NUMBER.get(execution)).isZero();
    assertThat(DECISION_ROUND.get(execution)).as("the first decision: round 0").isZero();
    // the employer's decision window opens 14 days before: 2026-04-16 00:00 Oslo
    assertThat(DECISION_WINDOW_OPENS.get(execution).toInstant())
        .isEqualTo(Instant.parse("2026-04-15T22:00:00Z"));
  }

  @Test
  void theDecisionWindowNeverOpensBeforeNowAndItsLengthIsConfigurable() {
    FakeExecution shortPractice = FakeExecution.activity()
        .with(PRACTICE_MIN_MONTHS, 1).with(PRACTICE_MAX_MONTHS, 6)
        .input("startDate", "2026-02-10").input("months", 1).input("site", "Storo");

    worker.execute(shortPractice);

    // ends 2026-03-10; 14 days before lies before "now" (2026-03-01 10:00 UTC)
    assertThat(DECISION_WINDOW_OPENS.get(shortPractice).toInstant()).isEqualTo(OSLO.instant());

    FakeExecution execution = practice("2026-01-31", 3);
    new SchedulePracticeWorker(OSLO, Period.ofMonths(1), NO_AGREEMENT).execute(execution);
    assertThat(DECISION_WINDOW_OPENS.get(execution).toInstant())
        .isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
  }

  @Test
  void theDecisionWindowOpensBeforeTheAgreementsDecisionDeadline() {
    Agreement monthBefore = deciding("aleris-like", null, List.of(
        CommitmentTemplate.of(DECIDE_END_OF_PRACTICE, Period.ofMonths(1))));
    FakeExecution execution = practice("2026-01-31", 3).with(AGREEMENT_ID, "aleris-like");

    new SchedulePracticeWorker(OSLO, WINDOW, lookup(monthBefore)).execute(execution);

    // ends 2026-04-30; the decision is due P1M before: 2026-03-30 00:00 Oslo (summer time);
    // the window opens 14 days before that: 2026-03-16 00:00 Oslo (winter time, UTC+1)
    assertThat(PRACTICE_END_DATE.get(execution).toInstant())
        .isEqualTo(Instant.parse("2026-04-29T22:00:00Z"));
    assertThat(DECISION_WINDOW_OPENS.get(execution).toInstant())
        .isEqualTo(Instant.parse("2026-03-15T23:00:00Z"));
  }

  @Test
  void aDecisionDueByTheEndOrNoDecisionCommitmentKeepsTheWindowBeforeTheEnd() {
    Agreement byTheEnd = deciding("kiwi-like", null, List.of(
        CommitmentTemplate.of(DECIDE_END_OF_PRACTICE, Period.ZERO)));
    Agreement none = deciding("none", null, List.of(
        CommitmentTemplate.of(HOLD_CHECKPOINT, Period.ofDays(7))));
    for (String id : new String[] {"kiwi-like", "none", "unknown"}) {
      FakeExecution execution = practice("2026-01-31", 3).with(AGREEMENT_ID, id);

      new SchedulePracticeWorker(OSLO, WINDOW, lookup(byTheEnd, none)).execute(execution);

      assertThat(DECISION_WINDOW_OPENS.get(execution).toInstant()).as(id)
          .isEqualTo(Instant.parse("2026-04-15T22:00:00Z"));
    }
  }

  @Test
  void winterDatesUseOslosWinterOffset() {
    FakeExecution execution = practice("2026-09-15", 3);

    worker.execute(execution);

    assertThat(PRACTICE_END_DATE.get(execution).toInstant())
        .isEqualTo(Instant.parse("2026-12-14T23:00:00Z"));
  }

  @Test
  void anExistingCheckpointCountIsKept() {
    FakeExecution execution = practice("2026-03-02", 4).with(CHECKPOINT_NUMBER, 2);

    worker.execute(execution);

    assertThat(CHECKPOINT_NUMBER.get(execution)).isEqualTo(2);
  }

  @Test
  void anExistingDecisionRoundIsKept() {
    FakeExecution execution = practice("2026-03-02", 4).with(DECISION_ROUND, 1);

    worker.execute(execution);

    assertThat(DECISION_ROUND.get(execution)).isEqualTo(1);
  }

  @Test
  void monthsOutsideTheAgreementAreABadRequest() {
    FakeExecution execution = practice("2026-03-02", 7);

    assertThatThrownBy(() -> worker.execute(execution))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("months: must be between 3 and 6 (the agreement's practice length)");
    assertThat(execution.processInstanceHas(PRACTICE_END_DATE.name())).isFalse();
  }

  @Test
  void aMissingSiteOrMalformedDateIsABadRequest() {
    assertThatThrownBy(() -> worker.execute(practice("2026-03-02", 3).input("site", " ")))
        .isInstanceOf(BadUserRequestException.class).hasMessage("site: is required");
    assertThatThrownBy(() -> worker.execute(practice("2.3.2026", 3)))
        .isInstanceOf(BadUserRequestException.class).hasMessageStartingWith("startDate:");
  }
}
