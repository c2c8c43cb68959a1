package no.placetrain.process.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentStatus;
import no.placetrain.domain.agreement.EscalationRole;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.ParticipationEnd;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.Outcome;
import no.placetrain.notify.Notifier;
import no.placetrain.notify.Reminder;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import no.placetrain.testsupport.Agreements;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** The branches of the escalation service that start nothing; the engine runs the rest. */
class EscalationServiceTest {

  private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
  private static final Instant DUE = Instant.parse("2026-03-09T09:00:00Z");

  private final CommitmentService commitments = mock(CommitmentService.class);
  private final Notifier notifier = mock(Notifier.class);
  private final RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
  private final DecisionService decisions = mock(DecisionService.class, RETURNS_DEEP_STUBS);
  private final ProcessEngineServices engine = mock(ProcessEngineServices.class);
  private final ParticipationService participations = mock(ParticipationService.class);
  private final EscalationService service = new EscalationService(commitments,
      participations, id -> Optional.of(Agreements.withCapacity("kiwi-nav-drammen", 6))
          .filter(a -> a.id().equals(id)),
      notifier, Clock.fixed(NOW, ZoneId.of("Europe/Oslo")));

  EscalationServiceTest() {
    when(engine.getRuntimeService()).thenReturn(runtime);
    when(engine.getDecisionService()).thenReturn(decisions);
    // P-1: a KIWI participation referred by NAV Drammen
    when(participations.get("P-1")).thenReturn(Participation.refer("P-1", "kiwi-nav-drammen",
        "nav-drammen", new Candidate("KIWI-0001", "Amina"), "PI-1", NOW));
  }

  private static Commitment commitment(CommitmentKind kind, CommitmentStatus status) {
    return OpenCommitmentWorkerTest.commitment(kind, DUE, status);
  }

  private void running(String commitmentId, ProcessInstance instance) {
    when(runtime.createProcessInstanceQuery()
        .processDefinitionKey(CommitmentEscalationProcess.KEY)
        .processInstanceBusinessKey(commitmentId)
        .list()).thenReturn(instance == null ? List.of() : List.of(instance));
  }

  @Test
  void aCommitmentNeverOpenedOrAlreadySettledIsNotEscalated() {
    when(commitments.find("P-1", CommitmentKind.SCREEN_REFERRAL, 0)).thenReturn(Optional.empty());
    assertThat(service.escalate(engine, "P-1", CommitmentKind.SCREEN_REFERRAL, 0)).isEmpty();

    when(commitments.find("P-1", CommitmentKind.ANSWER_PRESENTATION, 0)).thenReturn(
        Optional.of(commitment(CommitmentKind.ANSWER_PRESENTATION, CommitmentStatus.MET_LATE)));
    assertThat(service.escalate(engine, "P-1", CommitmentKind.ANSWER_PRESENTATION, 0)).isEmpty();

    verifyNoInteractions(runtime);
  }

  @Test
  void aRunningEscalationIsReturnedNotStartedAgain() {
    when(commitments.find("P-1", CommitmentKind.SCREEN_REFERRAL, 0)).thenReturn(
        Optional.of(commitment(CommitmentKind.SCREEN_REFERRAL, CommitmentStatus.OPEN)));
    ProcessInstance instance = mock(ProcessInstance.class);
    when(instance.getId()).thenReturn("PI-ESC");
    running("C-1", instance);

    assertThat(service.escalate(engine, "P-1", CommitmentKind.SCREEN_REFERRAL, 0))
        .contains("PI-ESC");
    verify(runtime, never()).createProcessInstanceByKey(anyString());
  }

  @Test
  void meetingCorrelatesOnlyWhenAnEscalationRuns() {
    Commitment met = commitment(CommitmentKind.SCREEN_REFERRAL, CommitmentStatus.MET_LATE);
    when(commitments.meet("P-1", CommitmentKind.SCREEN_REFERRAL, 0, NOW))
        .thenReturn(Optional.of(met));
    running("C-1", null);

    assertThat(service.meet(engine, "P-1", CommitmentKind.SCREEN_REFERRAL, 0)).contains(met);
    verify(runtime, never()).createMessageCorrelation(anyString());

    when(commitments.meet("P-1", CommitmentKind.ANSWER_PRESENTATION, 0, NOW))
        .thenReturn(Optional.empty());
    assertThat(service.meet(engine, "P-1", CommitmentKind.ANSWER_PRESENTATION, 0)).isEmpty();
    verify(runtime, never()).createMessageCorrelation(anyString());
  }

  private static Commitment commitment(String id, CommitmentKind kind, CommitmentStatus status) {
    Commitment c = commitment(kind, status);
    return new Commitment(id, c.participationId(), c.agreementId(), c.kind(), c.obligorRole(),
        c.party(), c.sequence(), c.anchorAt(), c.dueAt(), c.status(), c.resolvedAt(),
        c.escalationLevel(), c.waivedBy(), c.waivedReason(), c.cancelledReason());
  }

  private static ProcessInstance instance(String id) {
    ProcessInstance instance = mock(ProcessInstance.class);
    when(instance.getId()).thenReturn(id);
    return instance;
  }

  @Test
  void theEndOfAParticipationCancelsItsOpenCommitmentsAndDeletesTheirEscalations() {
    ParticipationEnd dropout = new ParticipationEnd(Outcome.ENDED, EndReason.DROPOUT);
    Commitment checkpoint =
        commitment("C-1", CommitmentKind.HOLD_CHECKPOINT, CommitmentStatus.CANCELLED);
    Commitment decision =
        commitment("C-2", CommitmentKind.DECIDE_END_OF_PRACTICE, CommitmentStatus.CANCELLED);
    Commitment screening =
        commitment("C-3", CommitmentKind.SCREEN_REFERRAL, CommitmentStatus.MET_LATE);
    when(commitments.cancelOpen("P-1", dropout)).thenReturn(List.of(checkpoint, decision));
    when(commitments.ofParticipation("P-1")).thenReturn(List.of(screening, checkpoint, decision));
    running("C-1", instance("PI-ESC-1"));
    running("C-3", instance("PI-ESC-3")); // settled otherwise: its own model ends it

    assertThat(service.endParticipation(engine, "P-1", dropout))
        .containsExactly(checkpoint, decision);

    verify(runtime).deleteProcessInstanceIfExists(
        "PI-ESC-1", "participation ended", true, true, true, false);
    verify(runtime, never()).deleteProcessInstanceIfExists(
        org.mockito.ArgumentMatchers.eq("PI-ESC-3"), anyString(),
        org.mockito.ArgumentMatchers.anyBoolean(), org.mockito.ArgumentMatchers.anyBoolean(),
        org.mockito.ArgumentMatchers.anyBoolean(), org.mockito.ArgumentMatchers.anyBoolean());
  }

  @Test
  void anEscalationOfACommitmentLeftOpenGoesOnAndARetryChangesNothing() {
    ParticipationEnd notMet = new ParticipationEnd(Outcome.ENDED, EndReason.GUARANTEE_NOT_MET);
    Commitment guarantee =
        commitment("C-4", CommitmentKind.DELIVER_GUARANTEE_OFFER, CommitmentStatus.OPEN);
    Commitment cancelledBefore =
        commitment("C-5", CommitmentKind.SCREEN_REFERRAL, CommitmentStatus.CANCELLED);
    when(commitments.cancelOpen("P-1", notMet)).thenReturn(List.of());
    when(commitments.ofParticipation("P-1")).thenReturn(List.of(guarantee, cancelledBefore));
    running("C-4", instance("PI-ESC-4"));

    assertThat(service.endParticipation(engine, "P-1", notMet)).isEmpty();

    verify(runtime, never()).deleteProcessInstanceIfExists(anyString(), anyString(),
        org.mockito.ArgumentMatchers.anyBoolean(), org.mockito.ArgumentMatchers.anyBoolean(),
        org.mockito.ArgumentMatchers.anyBoolean(), org.mockito.ArgumentMatchers.anyBoolean());
  }

  @Test
  void theReminderGoesToTheObligorsGroupAndNotForASettledCommitment() {
    when(commitments.get("C-1"))
        .thenReturn(commitment(CommitmentKind.ANSWER_PRESENTATION, CommitmentStatus.OPEN));

    assertThat(service.remind("C-1")).contains(new Reminder(
        "P-1", "C-1", CommitmentKind.ANSWER_PRESENTATION, DUE, "employer-kiwi"));
    verify(notifier).remind(any());

    when(commitments.get("C-2"))
        .thenReturn(commitment(CommitmentKind.ANSWER_PRESENTATION, CommitmentStatus.MET));
    assertThat(service.remind("C-2")).isEmpty();
    verify(notifier).remind(any());
  }

  @Test
  void climbingRecordsTheLevelAndGivesTheGroupOfTheRole() {
    when(commitments.get("C-1"))
        .thenReturn(commitment(CommitmentKind.SCREEN_REFERRAL, CommitmentStatus.OPEN));
    DmnDecisionResult result = mock(DmnDecisionResult.class);
    DmnDecisionResultEntries row = mock(DmnDecisionResultEntries.class);
    when(result.getFirstResult()).thenReturn(row);
    when(row.getEntry("escalationRole")).thenReturn("COUNTERPART");
    when(row.getEntry("escalationWait")).thenReturn("P3D");
    when(row.getEntry("lastLevel")).thenReturn(false);
    when(decisions.evaluateDecisionByKey(CommitmentEscalationProcess.DECISION_ESCALATION_LADDER)
        .variables(anyMap()).evaluate()).thenReturn(result);

    assertThat(service.climb(engine, "C-1", 1)).isEqualTo(
        new LadderStep(2, EscalationRole.COUNTERPART, "employer-kiwi", "P3D", false));
    verify(commitments).escalate("C-1", 2);
  }

  @Test
  void aLadderWithoutARowForTheLevelStopsTheClimbAndRecordsNothing() {
    when(commitments.get("C-1"))
        .thenReturn(commitment(CommitmentKind.SCREEN_REFERRAL, CommitmentStatus.OPEN));
    DmnDecisionResult empty = mock(DmnDecisionResult.class);
    when(decisions.evaluateDecisionByKey(CommitmentEscalationProcess.DECISION_ESCALATION_LADDER)
        .variables(anyMap()).evaluate()).thenReturn(empty);

    assertThatThrownBy(() -> service.climb(engine, "C-1", 5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Decision_EscalationLadder has no row for SCREEN_REFERRAL at level 6");
    verify(commitments, never()).escalate(anyString(), anyInt());
  }
}
