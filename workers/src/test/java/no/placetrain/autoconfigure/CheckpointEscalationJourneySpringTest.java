package no.placetrain.autoconfigure;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.Elements.*;
import static no.placetrain.testsupport.EngineJourney.OSLO;
import static no.placetrain.testsupport.EngineJourney.suitableCashier;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentStatus;
import no.placetrain.process.commitment.CommitmentEscalationProcess;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import no.placetrain.testapp.TestApplication;
import no.placetrain.testsupport.EngineJourney;
import no.placetrain.testsupport.MutableClock;
import no.placetrain.testsupport.PartyDesks;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A missed checkpoint escalated through {@code place-and-train} itself: one KIWI × NAV Drammen
 * participation (test catalogue; the KAM holds the checkpoints) through the real models, forms,
 * workers and ladder DMN to the practice period, where the checkpoint's deadline passes. Its
 * HOLD_CHECKPOINT escalation climbs the default ladder for a KAM obligor (docs/agreements.md:
 * 1 OBLIGOR → {@code nav-drammen-kam}, 2 COUNTERPART → {@code employer-kiwi}, 3 KAM →
 * {@code nav-drammen-kam}: the groups of the participation's own parties) until
 * the KAM holds the checkpoint late: MET_LATE ends the escalation. Time passes on the workers'
 * clock ({@link MutableClock}); the engine's timers are fired by hand.
 */
@SpringBootTest(classes = {TestApplication.class, MutableClock.Config.class})
class CheckpointEscalationJourneySpringTest {

  private static final String MENTOR = "kiwimentor";
  private static final AtomicInteger CANDIDATES = new AtomicInteger();

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired ParticipationService participations;
  @Autowired CommitmentService commitments;
  @Autowired MutableClock clock;

  private EngineJourney journey;

  @BeforeEach
  void systemTimeAndAMentor() {
    clock.reset();
    identityService.clearAuthentication();
    journey = new EngineJourney(processEngine, participations, commitments,
        () -> "REF-CPESC-" + CANDIDATES.incrementAndGet());
    journey.mentorExists(MENTOR);
  }

  @Test
  void aMissedCheckpointClimbsToTheKamLevelAndAHeldCheckpointEndsTheEscalationMetLate() {
    String pi = journey.practiceRunning(suitableCashier(), LocalDate.now(OSLO).plusDays(7),
        MENTOR);
    journey.fire(pi, TIMER_CHECKPOINT_DUE);
    Commitment checkpoint = journey.commitment(pi, CommitmentKind.HOLD_CHECKPOINT, 1);
    assertThat(checkpoint.status()).isEqualTo(CommitmentStatus.OPEN);

    clock.advance(Duration.ofDays(8)); // the checkpoint's deadline has passed
    journey.fire(pi, BOUNDARY_CHECKPOINT_OVERDUE);

    String escalation = journey.escalationOf(checkpoint);
    assertThat(runtimeService.getVariables(escalation)).containsAllEntriesOf(Map.of(
        "commitmentId", checkpoint.id(),
        "commitmentKind", "HOLD_CHECKPOINT",
        "obligorRole", "KAM",
        "participationId", checkpoint.participationId(),
        "agreementId", "kiwi-nav-drammen"));
    assertThat(taskService.createTaskQuery().processInstanceIdIn(PartyDesks.withDesks(runtimeService, pi))
        .taskDefinitionKey(TASK_HOLD_CHECKPOINT).count())
        .as("the timer does not interrupt the checkpoint").isEqualTo(1);

    journey.fire(escalation, CommitmentEscalationProcess.Elements.TASK_REMIND_OBLIGOR);
    clock.advance(Duration.ofDays(2));
    journey.fire(escalation, CommitmentEscalationProcess.Elements.TIMER_REMINDER_GRACE);

    // the default ladder for a KAM obligor: the KAM, the employer (counterpart of a NAV
    // obligor), the KAM again
    String[] roles = {"OBLIGOR", "COUNTERPART", "KAM"};
    String[] groups = {"nav-drammen-kam", "employer-kiwi", "nav-drammen-kam"};
    String[] waits = {"P3D", "P3D", "P5D"};
    for (int level = 1; level <= 3; level++) {
      Task task = followUpTask(escalation, groups[level - 1]);
      assertThat(commitments.get(checkpoint.id()))
          .extracting(Commitment::status, Commitment::escalationLevel)
          .containsExactly(CommitmentStatus.OPEN, level);
      assertThat(runtimeService.getVariables(escalation)).containsAllEntriesOf(Map.of(
          "escalationLevel", level, "escalationRole", roles[level - 1],
          "escalationGroup", groups[level - 1], "escalationWait", waits[level - 1],
          "lastLevel", false));
      if (level == 2) {
        clock.advance(Duration.ofDays(3));
        journey.fire(escalation, CommitmentEscalationProcess.Elements.TIMER_LEVEL_EXPIRES);
      } else if (level == 1) {
        formService.submitTaskForm(task.getId(), Map.of("resolution", "ESCALATE"));
      }
      // level 3 stays open: the KAM holds the checkpoint instead of answering
    }

    journey.submit(pi, TASK_HOLD_CHECKPOINT, Variables.createVariables()
        .putValue("checkpointResult", "COMPLETED").putValue("checkpointRisk", false)
        .putValue("personalMattersOpen", false));

    assertThat(commitments.get(checkpoint.id()))
        .extracting(Commitment::status, Commitment::escalationLevel)
        .containsExactly(CommitmentStatus.MET_LATE, 3);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(escalation).count())
        .isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(escalation)
        .activityId(CommitmentEscalationProcess.Elements.END_MET_BY_OBLIGOR).count())
        .isEqualTo(1);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(escalation)
        .activityId(CommitmentEscalationProcess.Elements.END_BREACHED).count()).isZero();
    assertThat(taskService.createTaskQuery().processInstanceId(escalation).count()).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(escalation).count()).isZero();

    // the checkpoint is recorded and no further escalation starts for it
    journey.fire(pi, TASK_RECORD_CHECKPOINT);
    assertThat(managementService.createJobQuery().processInstanceId(pi)
        .activityId(BOUNDARY_CHECKPOINT_OVERDUE).count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(CommitmentEscalationProcess.KEY)
        .processInstanceBusinessKey(checkpoint.id()).count())
        .as("one escalation of the checkpoint, ever").isEqualTo(1);
    assertThat(runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(CommitmentEscalationProcess.KEY)
        .variableValueEquals("participationId", checkpoint.participationId()).count())
        .as("no escalation of this participation runs").isZero();
    assertThat(commitments.get(checkpoint.id()))
        .extracting(Commitment::status, Commitment::escalationLevel)
        .containsExactly(CommitmentStatus.MET_LATE, 3);
  }

  private Task followUpTask(String escalation, String group) {
    Task task = taskService.createTaskQuery().processInstanceId(escalation)
        .taskDefinitionKey(CommitmentEscalationProcess.Elements.TASK_FOLLOW_UP_COMMITMENT)
        .singleResult();
    assertThat(task).as("follow-up task").isNotNull();
    assertThat(taskService.getIdentityLinksForTask(task.getId()))
        .extracting(IdentityLink::getGroupId).as("candidate groups").containsExactly(group);
    return task;
  }
}
