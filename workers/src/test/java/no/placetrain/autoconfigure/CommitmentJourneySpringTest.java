package no.placetrain.autoconfigure;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.Elements.*;
import static no.placetrain.testsupport.EngineJourney.KIWI;
import static no.placetrain.testsupport.EngineJourney.OSLO;
import static no.placetrain.testsupport.EngineJourney.midnight;
import static no.placetrain.testsupport.EngineJourney.suitableCashier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.placetrain.domain.CheckpointResult;
import no.placetrain.domain.StrengthsProfile;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentStatus;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.process.commitment.CommitmentEscalationProcess;
import no.placetrain.service.CheckpointService;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import no.placetrain.testapp.TestApplication;
import no.placetrain.testsupport.PartyDesks;
import no.placetrain.testsupport.EngineJourney;
import no.placetrain.testsupport.MutableClock;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Commitments in {@code place-and-train} (docs/agreements.md, "Commitments in the models"):
 * participations of KIWI × NAV Drammen (test catalogue: every commitment but the guarantee's)
 * through the real models, forms and workers. A missed deadline starts one escalation whose
 * business key is the commitment's id; the obligor acting late records MET_LATE and ends it; a
 * participation on time starts no escalation and meets every commitment. Time passes on the
 * workers' clock ({@link MutableClock}); the engine's timers are fired by hand.
 */
@SpringBootTest(classes = {TestApplication.class, MutableClock.Config.class})
class CommitmentJourneySpringTest {

  private static final String MENTOR = "kiwimentor";
  private static final AtomicInteger CANDIDATES = new AtomicInteger();

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ParticipationService participations;
  @Autowired CommitmentService commitments;
  @Autowired CheckpointService checkpoints;
  @Autowired MutableClock clock;

  private EngineJourney journey;

  @BeforeEach
  void systemTimeAndAMentor() {
    clock.reset();
    journey = new EngineJourney(processEngine, participations, commitments,
        () -> "REF-C0MMIT-" + CANDIDATES.incrementAndGet());
    journey.mentorExists(MENTOR);
  }

  @Test
  void aMissedScreeningDeadlineIsEscalatedAndALateScreeningEndsTheEscalation() {
    String pi = journey.refer(KIWI);
    Commitment screening = journey.commitment(pi, CommitmentKind.SCREEN_REFERRAL, 0);
    assertThat(journey.job(pi, BOUNDARY_SCREENING_OVERDUE).getDuedate())
        .isEqualTo(Date.from(screening.dueAt()));

    clock.advance(Duration.ofDays(8)); // five working days are at most seven calendar days
    journey.fire(pi, BOUNDARY_SCREENING_OVERDUE);

    String escalation = journey.escalationOf(screening);
    assertThat(runtimeService.getVariable(escalation, "participationId"))
        .isEqualTo(screening.participationId());
    journey.fire(escalation, CommitmentEscalationProcess.Elements.TASK_REMIND_OBLIGOR);
    journey.fire(escalation, CommitmentEscalationProcess.Elements.TIMER_REMINDER_GRACE);
    assertThat(taskService.createTaskQuery().processInstanceId(escalation)
        .taskCandidateGroup("nav-drammen-caseworker").count()).isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey(TASK_SCREEN_CANDIDATE).count())
        .as("the timer does not interrupt the screening").isEqualTo(1);

    journey.screen(pi, suitableCashier());

    assertThat(commitments.get(screening.id()))
        .extracting(Commitment::status, Commitment::escalationLevel)
        .containsExactly(CommitmentStatus.MET_LATE, 1);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(escalation).count())
        .isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(escalation)
        .activityId(CommitmentEscalationProcess.Elements.END_MET_BY_OBLIGOR).count())
        .isEqualTo(1);
    assertThat(taskService.createTaskQuery()
        .processInstanceIdIn(PartyDesks.withDesks(runtimeService, pi)).singleResult()
        .getTaskDefinitionKey()).isEqualTo(TASK_PRESENT_TO_EMPLOYER);
  }

  @Test
  void aParticipationOnTimeStartsNoEscalationAndMeetsEveryCommitment() {
    String pi = practiceRunning(LocalDate.now(OSLO).plusDays(7));
    String participationId = journey.participationId(pi);

    journey.fire(pi, TIMER_CHECKPOINT_DUE);
    assertThat(journey.job(pi, BOUNDARY_CHECKPOINT_OVERDUE).getDuedate()).isEqualTo(
        Date.from(journey.commitment(pi, CommitmentKind.HOLD_CHECKPOINT, 1).dueAt()));
    journey.submit(pi, TASK_HOLD_CHECKPOINT, Variables.createVariables()
        .putValue("checkpointResult", "COMPLETED").putValue("checkpointRisk", false)
        .putValue("personalMattersOpen", false));
    journey.fire(pi, TASK_RECORD_CHECKPOINT);
    journey.fire(pi, TIMER_DECISION_WINDOW_OPENS);
    assertThat(runtimeService.getVariable(pi, "decisionDue"))
        .isEqualTo(runtimeService.getVariable(pi, "practiceEndDate"));
    journey.submit(pi, TASK_DECIDE_END_OF_PRACTICE, Variables.createVariables()
        .putValue("practiceDecision", "OFFER").putValue("contractType", "PERMANENT")
        .putValue("weeklyHours", 30L));

    List<Commitment> ledger = commitments.ofParticipation(participationId);
    assertThat(ledger).extracting(Commitment::kind).containsExactlyInAnyOrder(
        CommitmentKind.SCREEN_REFERRAL, CommitmentKind.ANSWER_PRESENTATION,
        CommitmentKind.ASSIGN_MENTOR, CommitmentKind.HOLD_CHECKPOINT,
        CommitmentKind.DECIDE_END_OF_PRACTICE);
    assertThat(ledger).allSatisfy(c -> {
      assertThat(c.status()).as("%s", c.kind()).isEqualTo(CommitmentStatus.MET);
      assertThat(c.escalationLevel()).isZero();
    });
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(CommitmentEscalationProcess.KEY)
        .processInstanceBusinessKeyIn(ledger.stream().map(Commitment::id).toArray(String[]::new))
        .count()).isZero();

    Participation participation = participations.get(participationId);
    assertThat(participation.firstEmployerContactAt()).isNotNull();
    assertThat(participation.strengths())
        .isEqualTo(new StrengthsProfile("kasse", "kundeservice", "norsk", "fast jobb"));
    assertThat(checkpoints.ofParticipation(participationId)).singleElement()
        .satisfies(c -> assertThat(c.result()).isEqualTo(CheckpointResult.COMPLETED))
        .satisfies(c -> assertThat(c.isHeld()).isTrue());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
  }

  @Test
  void personalMattersFlaggedAtACheckpointAreFollowedUpAndMetOnlyWhenConfirmed() {
    String pi = practiceRunning(LocalDate.now(OSLO).plusDays(7));

    journey.fire(pi, TIMER_CHECKPOINT_DUE);
    journey.submit(pi, TASK_HOLD_CHECKPOINT, Variables.createVariables()
        .putValue("checkpointResult", "PARTIAL").putValue("checkpointRisk", true)
        .putValue("personalMattersOpen", true));

    Commitment followUp = journey.commitment(pi, CommitmentKind.RESOLVE_PERSONAL_MATTERS, 1);
    assertThat(followUp.status()).isEqualTo(CommitmentStatus.OPEN);
    assertThat(taskService.createTaskQuery().processInstanceId(pi)
        .taskDefinitionKey(TASK_FOLLOW_UP_PERSONAL_MATTERS).count())
        .as("one follow-up, however often the flag is written").isEqualTo(1);
    assertThat(journey.job(pi, BOUNDARY_PERSONAL_MATTERS_OVERDUE).getDuedate())
        .isEqualTo(Date.from(followUp.dueAt()));
    assertThatThrownBy(() -> journey.submit(pi, TASK_FOLLOW_UP_PERSONAL_MATTERS,
        Map.of("personalMattersResolved", false)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("personalMattersResolved");
    assertThat(commitments.get(followUp.id()).status()).isEqualTo(CommitmentStatus.OPEN);

    journey.submit(pi, TASK_FOLLOW_UP_PERSONAL_MATTERS, Map.of("personalMattersResolved", true));

    assertThat(commitments.get(followUp.id()).status()).isEqualTo(CommitmentStatus.MET);
    assertThat(runtimeService.getVariable(pi, "personalMattersOpen")).isEqualTo(false);

    // flagged again at the next checkpoint: a follow-up of its own, tracked as sequence 2
    journey.fire(pi, TASK_RECORD_CHECKPOINT);
    journey.fire(pi, TIMER_CHECKPOINT_DUE);
    journey.submit(pi, TASK_HOLD_CHECKPOINT, Variables.createVariables()
        .putValue("checkpointResult", "COMPLETED").putValue("checkpointRisk", false)
        .putValue("personalMattersOpen", true));

    Commitment second = journey.commitment(pi, CommitmentKind.RESOLVE_PERSONAL_MATTERS, 2);
    assertThat(second.id()).isNotEqualTo(followUp.id());
    assertThat(second.status()).isEqualTo(CommitmentStatus.OPEN);
    assertThat(commitments.get(followUp.id()).status()).isEqualTo(CommitmentStatus.MET);
    assertThat(journey.job(pi, BOUNDARY_PERSONAL_MATTERS_OVERDUE).getDuedate())
        .as("the deadline of the new follow-up, not 2999-12-31")
        .isEqualTo(Date.from(second.dueAt()));
    journey.submit(pi, TASK_FOLLOW_UP_PERSONAL_MATTERS, Map.of("personalMattersResolved", true));
    assertThat(commitments.get(second.id()).status()).isEqualTo(CommitmentStatus.MET);
  }

  /** A KIWI participation from referral to a running practice starting on {@code start}. */
  private String practiceRunning(LocalDate start) {
    String pi = journey.practiceDrafted(suitableCashier(), start);
    assertThat(runtimeService.getVariable(pi, "mentorDue")).isEqualTo(midnight(start));
    return journey.practiceApproved(pi, MENTOR);
  }
}
