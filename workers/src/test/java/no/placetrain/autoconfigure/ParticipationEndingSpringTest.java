package no.placetrain.autoconfigure;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.Elements.*;
import static no.placetrain.testsupport.EngineJourney.KIWI;
import static no.placetrain.testsupport.EngineJourney.OSLO;
import static no.placetrain.testsupport.EngineJourney.screening;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.Outcome;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentStatus;
import no.placetrain.domain.agreement.LedgerCounts;
import no.placetrain.domain.agreement.ObligorRole;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.ParticipationEnd;
import no.placetrain.domain.agreement.ParticipationStatus;
import no.placetrain.domain.agreement.Scorecard;
import no.placetrain.process.commitment.CommitmentEscalationProcess;
import no.placetrain.process.commitment.EscalationService;
import no.placetrain.process.placeandtrain.PlaceAndTrainProcess;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import no.placetrain.service.ScorecardService;
import no.placetrain.testapp.TestApplication;
import no.placetrain.testsupport.EngineJourney;
import no.placetrain.testsupport.MutableClock;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The end of a participation settles its commitments (docs/agreements.md, "Commitments when a
 * participation ends"): whatever is still OPEN is CANCELLED with the reason
 * {@code participation ended: <code>}, a running escalation of it is deleted (no follow-up task
 * is left in Tasklist) and the scorecard counts it apart, neither met nor breached. Participations
 * of KIWI × NAV Drammen (test catalogue; the referral form offers the catalogue's agreements
 * only); the scorecard figures are what the test's participation adds to the agreement's card
 * (the Spring context, and so the database, is shared by the tests). Time passes on the workers'
 * clock ({@link MutableClock}); the engine's timers are fired by hand.
 */
@SpringBootTest(classes = {TestApplication.class, MutableClock.Config.class})
class ParticipationEndingSpringTest {

  private static final String MENTOR = "kiwimentor";

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired ParticipationService participations;
  @Autowired CommitmentService commitments;
  @Autowired EscalationService escalations;
  @Autowired ScorecardService scorecards;
  @Autowired MutableClock clock;

  private EngineJourney journey;
  /** The agreement's scorecard before the test's participation. */
  private Scorecard before;

  @BeforeEach
  void systemTimeAMentorAndTheScorecardBefore() {
    clock.reset();
    journey = new EngineJourney(processEngine, participations, commitments,
        () -> "REF-END-" + UUID.randomUUID().toString().substring(0, 8));
    journey.mentorExists(MENTOR);
    before = scorecards.scorecard(KIWI);
  }

  @Test
  void notSuitableAfterAnEscalatedScreeningEndsWithNothingOpenAndNoTaskLeft() {
    String pi = journey.refer(KIWI);
    Commitment screening = journey.commitment(pi, CommitmentKind.SCREEN_REFERRAL, 0);
    clock.advance(Duration.ofDays(8)); // five working days are at most seven calendar days
    journey.fire(pi, BOUNDARY_SCREENING_OVERDUE);
    String escalation = journey.escalationOf(screening);
    journey.fire(escalation, CommitmentEscalationProcess.Elements.TASK_REMIND_OBLIGOR);
    journey.fire(escalation, CommitmentEscalationProcess.Elements.TIMER_REMINDER_GRACE);
    assertThat(taskService.createTaskQuery().processInstanceId(escalation)
        .taskCandidateGroup("nav-drammen-caseworker").count()).isEqualTo(1);

    journey.screen(pi, screening("renhold", "service", "norsk", "deltid", "NOT_SUITABLE")
        .putValue("notSuitableReason", "REQUIREMENTS_NOT_MET"));

    Participation participation = journey.participation(pi);
    assertThat(participation.status()).isEqualTo(ParticipationStatus.ENDED);
    assertThat(participation.endReason()).isEqualTo(EndReason.NOT_SUITABLE);
    // the screening was done, late: the NAV office kept its commitment late. It is settled by
    // the meet task before the closing task runs, so the ending finds nothing OPEN to cancel.
    assertThat(commitments.get(screening.id()))
        .extracting(Commitment::status, Commitment::escalationLevel, Commitment::cancelledReason)
        .containsExactly(CommitmentStatus.MET_LATE, 1, null);
    assertThat(commitments.ofParticipation(participation.id()))
        .noneMatch(Commitment::isOpen);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(escalation).count())
        .isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(escalation)
        .activityId(CommitmentEscalationProcess.Elements.END_MET_BY_OBLIGOR).count())
        .isEqualTo(1);
    assertNoTaskLeft(pi, escalation);

    Scorecard after = scorecards.scorecard(KIWI);
    assertThat(added(after, ObligorRole.NAV_OFFICE)).isEqualTo(new LedgerCounts(0, 1, 0, 0, 0, 0));
    assertThat(added(after, null)).isEqualTo(new LedgerCounts(0, 1, 0, 0, 0, 0));
    assertThat(after.activeParticipations()).isEqualTo(before.activeParticipations());
    assertThat(after.endedParticipations()).isEqualTo(before.endedParticipations() + 1);
    assertThat(after.endedByOutcome().get(Outcome.ENDED))
        .isEqualTo(before.endedByOutcome().get(Outcome.ENDED) + 1);
  }

  @Test
  void aDropoutCancelsTheOpenCheckpointAndDecisionAndDeletesTheCheckpointsEscalation() {
    String pi = practiceRunning(LocalDate.now(OSLO).plusDays(7));
    String participationId = journey.participationId(pi);
    String escalation = journey.firstCheckpointEscalated(pi, clock);
    Commitment checkpoint = journey.commitment(pi, CommitmentKind.HOLD_CHECKPOINT, 1);
    assertThat(taskService.createTaskQuery().processInstanceId(escalation)
        .taskCandidateGroup("nav-drammen-kam").count()).isEqualTo(1);
    // the decision window cuts the follow-up short: the checkpoint task goes, its commitment stays
    journey.fire(pi, TIMER_DECISION_WINDOW_OPENS);
    Commitment decision = journey.commitment(pi, CommitmentKind.DECIDE_END_OF_PRACTICE, 0);
    assertThat(commitments.get(checkpoint.id()).status()).isEqualTo(CommitmentStatus.OPEN);
    assertThat(decision.status()).isEqualTo(CommitmentStatus.OPEN);

    runtimeService.createMessageCorrelation(PlaceAndTrainProcess.MESSAGE_DROPOUT)
        .processInstanceBusinessKey(participationId)
        .setVariable("dropoutReason", "PERSONAL_REASONS")
        .correlate();

    assertThat(participations.get(participationId).endReason()).isEqualTo(EndReason.DROPOUT);
    for (Commitment open : List.of(checkpoint, decision)) {
      Commitment settled = commitments.get(open.id());
      assertThat(settled.status()).as("%s", open.kind()).isEqualTo(CommitmentStatus.CANCELLED);
      assertThat(settled.cancelledReason()).isEqualTo("participation ended: DROPOUT");
      assertThat(settled.resolvedAt()).isNotNull();
      assertThat(settled.waivedBy()).isNull();
    }
    assertThat(commitments.get(checkpoint.id()).escalationLevel()).isEqualTo(1);
    assertThat(commitments.ofParticipation(participationId))
        .filteredOn(c -> c.status() == CommitmentStatus.MET).extracting(Commitment::kind)
        .containsExactlyInAnyOrder(CommitmentKind.SCREEN_REFERRAL,
            CommitmentKind.ANSWER_PRESENTATION, CommitmentKind.ASSIGN_MENTOR);
    // the escalation is gone: deleted, not finished; no task, no timer left
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(escalation).count())
        .isZero();
    HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery()
        .processInstanceId(escalation).singleResult();
    assertThat(ended.getDeleteReason()).isEqualTo(EscalationService.PARTICIPATION_ENDED);
    assertThat(ended.getState()).isEqualTo(HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(escalation)
        .activityType("noneEndEvent").count()).as("no end event reached").isZero();
    assertThat(managementService.createJobQuery().processInstanceId(escalation).count()).isZero();
    assertNoTaskLeft(pi, escalation);

    // counted apart: neither met nor breached, and no longer open
    Scorecard after = scorecards.scorecard(KIWI);
    assertThat(added(after, ObligorRole.NAV_OFFICE)).isEqualTo(new LedgerCounts(1, 0, 0, 0, 0, 0));
    assertThat(added(after, ObligorRole.KAM)).isEqualTo(new LedgerCounts(0, 0, 0, 0, 0, 1));
    assertThat(added(after, ObligorRole.EMPLOYER)).isEqualTo(new LedgerCounts(2, 0, 0, 0, 0, 1));
    assertThat(added(after, null)).isEqualTo(new LedgerCounts(3, 0, 0, 0, 0, 2));
    assertThat(after.commitments().total() - before.commitments().total()).isEqualTo(5);
    assertThat(after.endedParticipations()).isEqualTo(before.endedParticipations() + 1);
    assertThat(after.activeParticipations()).isEqualTo(before.activeParticipations());

    // ending again (a retried job, a second closing path) finds nothing to do and does not fail
    assertThat(escalations.endParticipation(processEngine, participationId,
        new ParticipationEnd(Outcome.ENDED, EndReason.DROPOUT))).isEmpty();
    assertThat(commitments.get(checkpoint.id()).cancelledReason())
        .isEqualTo("participation ended: DROPOUT");
  }

  @Test
  void aJobOfferCancelsTheCheckpointTheDecisionWindowCutShort() {
    String pi = practiceRunning(LocalDate.now(OSLO).plusDays(7));
    String participationId = journey.participationId(pi);
    journey.fire(pi, TIMER_CHECKPOINT_DUE);
    Commitment checkpoint = journey.commitment(pi, CommitmentKind.HOLD_CHECKPOINT, 1);
    journey.fire(pi, TIMER_DECISION_WINDOW_OPENS);

    journey.submit(pi, TASK_DECIDE_END_OF_PRACTICE, Variables.createVariables()
        .putValue("practiceDecision", "OFFER").putValue("contractType", "PERMANENT")
        .putValue("weeklyHours", 30L));

    assertThat(participations.get(participationId).outcome()).isEqualTo(Outcome.JOB_OFFER);
    assertThat(commitments.get(checkpoint.id()))
        .extracting(Commitment::status, Commitment::cancelledReason)
        .containsExactly(CommitmentStatus.CANCELLED, "participation ended: JOB_OFFER");
    assertThat(journey.commitment(pi, CommitmentKind.DECIDE_END_OF_PRACTICE, 0).status())
        .isEqualTo(CommitmentStatus.MET);
    assertThat(commitments.ofParticipation(participationId)).noneMatch(Commitment::isOpen);
    assertNoTaskLeft(pi, null);

    Scorecard after = scorecards.scorecard(KIWI);
    assertThat(added(after, null)).isEqualTo(new LedgerCounts(4, 0, 0, 0, 0, 1));
    assertThat(added(after, ObligorRole.KAM)).isEqualTo(new LedgerCounts(0, 0, 0, 0, 0, 1));
    assertThat(after.endedByOutcome().get(Outcome.JOB_OFFER))
        .isEqualTo(before.endedByOutcome().get(Outcome.JOB_OFFER) + 1);
  }

  /** A participation from referral to a running practice starting on {@code start}. */
  private String practiceRunning(LocalDate start) {
    return journey.practiceRunning(
        screening("renhold", "service", "norsk", "fast jobb", "SUITABLE"), start, MENTOR);
  }

  /** What the test added to the ledger counts of {@code role} (all roles when {@code null}). */
  private LedgerCounts added(Scorecard after, ObligorRole role) {
    LedgerCounts now = role == null ? after.commitments()
        : after.commitmentsByRole().getOrDefault(role, LedgerCounts.NONE);
    LedgerCounts then = role == null ? before.commitments()
        : before.commitmentsByRole().getOrDefault(role, LedgerCounts.NONE);
    return new LedgerCounts(now.met() - then.met(), now.metLate() - then.metLate(),
        now.breached() - then.breached(), now.waived() - then.waived(),
        now.open() - then.open(), now.cancelled() - then.cancelled());
  }

  private void assertNoTaskLeft(String pi, String escalation) {
    assertThat(taskService.createTaskQuery().processInstanceId(pi).count()).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    if (escalation != null) {
      assertThat(taskService.createTaskQuery().processInstanceId(escalation).count()).isZero();
    }
    assertThat(runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(CommitmentEscalationProcess.KEY)
        .processInstanceBusinessKeyLike("C-%").list())
        .extracting(instance -> runtimeService.getVariable(instance.getId(), "participationId"))
        .as("no escalation of this participation runs")
        .doesNotContain(journey.participationId(pi));
  }
}
