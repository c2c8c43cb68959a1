package no.placetrain.process.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentStatus;
import no.placetrain.engine.ProcessVariable;
import no.placetrain.service.CommitmentService;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

class OpenCommitmentWorkerTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
  private static final ProcessVariable<Date> SCREENING_DUE = ProcessVariable.date("screeningDue");

  private final CommitmentService commitments = mock(CommitmentService.class);
  private final OpenCommitmentWorker worker =
      new OpenCommitmentWorker(commitments, Clock.fixed(NOW, OSLO));

  static Commitment commitment(CommitmentKind kind, Instant dueAt, CommitmentStatus status) {
    return new Commitment("C-1", "P-1", "kiwi-nav-drammen", kind, kind.obligor(), "nav-drammen",
        kind == CommitmentKind.HOLD_CHECKPOINT ? 1 : 0, NOW, dueAt, status,
        status == CommitmentStatus.OPEN ? null : NOW, 0, null, null,
        status == CommitmentStatus.CANCELLED ? "participation ended: DROPOUT" : null);
  }

  private FakeExecution open(String kind) {
    when(commitments.tracks("P-1")).thenReturn(true);
    return FakeExecution.activity().with(CommitmentInputs.PARTICIPATION_ID, "P-1")
        .input("commitmentKind", kind).input("dueVariable", "screeningDue");
  }

  @Test
  void opensTheCommitmentNowAndSetsTheDueVariableOnTheProcessInstance() {
    Instant due = Instant.parse("2026-03-09T09:00:00Z");
    when(commitments.open("P-1", CommitmentKind.SCREEN_REFERRAL, 0, NOW)).thenReturn(
        Optional.of(commitment(CommitmentKind.SCREEN_REFERRAL, due, CommitmentStatus.OPEN)));
    FakeExecution execution = open("SCREEN_REFERRAL");

    worker.execute(execution);

    assertThat(execution.rawOnProcessInstance("screeningDue")).isEqualTo(Date.from(due));
    assertThat(execution.rawLocal("screeningDue")).isNull();
  }

  @Test
  void aDayAnchorStartsAtMidnightInTheClocksZoneAndTheSequenceIsPassedOn() {
    Instant midnight = Instant.parse("2026-03-15T23:00:00Z"); // 2026-03-16 00:00 in Oslo
    when(commitments.open("P-1", CommitmentKind.HOLD_CHECKPOINT, 2, midnight)).thenReturn(
        Optional.of(commitment(CommitmentKind.HOLD_CHECKPOINT, midnight, CommitmentStatus.OPEN)));
    FakeExecution execution = open("HOLD_CHECKPOINT").input("anchor", "2026-03-16")
        .input("sequence", 2L);

    worker.execute(execution);

    assertThat(SCREENING_DUE.get(execution)).isEqualTo(Date.from(midnight));
  }

  @Test
  void aReworkedDraftsNewStartMovesTheDueVariableToTheReAnchoredDueDate() {
    ProcessVariable<Date> mentorDue = ProcessVariable.date("mentorDue");
    Instant oldStart = Instant.parse("2026-03-15T23:00:00Z"); // 2026-03-16 in Oslo
    Instant newStart = Instant.parse("2026-03-31T22:00:00Z"); // 2026-04-01 in Oslo
    when(commitments.open("P-1", CommitmentKind.ASSIGN_MENTOR, 0, newStart)).thenReturn(
        Optional.of(commitment(CommitmentKind.ASSIGN_MENTOR, newStart, CommitmentStatus.OPEN)));
    FakeExecution execution = open("ASSIGN_MENTOR").with(mentorDue, Date.from(oldStart))
        .input("dueVariable", "mentorDue").input("anchor", "2026-04-01");

    worker.execute(execution);

    assertThat(execution.rawOnProcessInstance("mentorDue")).isEqualTo(Date.from(newStart));
  }

  @Test
  void aDateAnchorIsTakenAsItIs() {
    Instant end = Instant.parse("2026-06-01T22:00:00Z");
    when(commitments.open("P-1", CommitmentKind.DECIDE_END_OF_PRACTICE, 0, end)).thenReturn(
        Optional.of(commitment(CommitmentKind.DECIDE_END_OF_PRACTICE, end, CommitmentStatus.OPEN)));
    FakeExecution execution = open("DECIDE_END_OF_PRACTICE").input("anchor", Date.from(end));

    worker.execute(execution);

    assertThat(SCREENING_DUE.get(execution)).isEqualTo(Date.from(end));
  }

  @Test
  void withoutSuchACommitmentOrWhenItIsSettledTheTimerNeverFires() {
    Date never = Date.from(Instant.parse("2999-12-30T23:00:00Z"));
    when(commitments.open("P-1", CommitmentKind.RESOLVE_PERSONAL_MATTERS, 0, NOW))
        .thenReturn(Optional.empty());
    FakeExecution absent = open("RESOLVE_PERSONAL_MATTERS");
    worker.execute(absent);
    assertThat(SCREENING_DUE.get(absent)).isEqualTo(never);

    when(commitments.open("P-1", CommitmentKind.DECIDE_END_OF_PRACTICE, 0, NOW)).thenReturn(
        Optional.of(commitment(CommitmentKind.DECIDE_END_OF_PRACTICE, NOW, CommitmentStatus.MET)));
    FakeExecution settled = open("DECIDE_END_OF_PRACTICE");
    worker.execute(settled);
    assertThat(SCREENING_DUE.get(settled)).isEqualTo(never);
  }

  @Test
  void aParticipationWithoutStoredRowIsNotTrackedAndItsTimerNeverFires() {
    FakeExecution execution = FakeExecution.activity().businessKey("P-OLD")
        .input("commitmentKind", "SCREEN_REFERRAL").input("dueVariable", "screeningDue");

    worker.execute(execution);

    assertThat(SCREENING_DUE.get(execution)).isEqualTo(OpenCommitmentWorker.never(OSLO));
    verify(commitments, never()).open(anyString(), any(), anyInt(), any());
  }

  @Test
  void badInputsAreBadRequestsNamingTheInput() {
    assertThatThrownBy(() -> worker.execute(open("SCREEN_REFERRAL").input("dueVariable", " ")))
        .isInstanceOf(BadUserRequestException.class).hasMessage("dueVariable: is required");
    assertThatThrownBy(() -> worker.execute(open("SCREENING")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageStartingWith("commitmentKind: is not a known code");
    assertThatThrownBy(() -> worker.execute(open("SCREEN_REFERRAL").input("anchor", "16.3.2026")))
        .isInstanceOf(BadUserRequestException.class).hasMessageStartingWith("anchor:");
    assertThatThrownBy(() -> worker.execute(open("SCREEN_REFERRAL").input("anchor", 42)))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("anchor: must be a Date or a day in the form yyyy-MM-dd");
    verify(commitments, never()).open(anyString(), any(), anyInt(), any());
  }
}
