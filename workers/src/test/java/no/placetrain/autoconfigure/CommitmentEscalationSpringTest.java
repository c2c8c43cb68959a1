package no.placetrain.autoconfigure;

import static no.placetrain.process.commitment.CommitmentEscalationProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentStatus;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.process.commitment.EscalationService;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import no.placetrain.testapp.TestApplication;
import no.placetrain.testsupport.MutableClock;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@code commitment-escalation} end to end: the real model, the real ladder DMN, the real
 * workers and the ledger in the engine's database. The overdue commitment is opened in the past
 * and escalated through the same service the escalation workers use; timers are fired by hand.
 */
@SpringBootTest(classes = {TestApplication.class, MutableClock.Config.class})
class CommitmentEscalationSpringTest {

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
  @Autowired EscalationService escalations;
  @Autowired MutableClock clock;

  @BeforeEach
  void systemTime() {
    clock.reset();
    identityService.clearAuthentication();
  }

  @Test
  void escalatedByHandLevelByLevelUpTheWholeLadderToBreached() {
    Commitment overdue = overdue(CommitmentKind.SCREEN_REFERRAL);
    String escalation = escalate(overdue);

    assertThat(runtimeService.getVariables(escalation)).containsAllEntriesOf(Map.of(
        "commitmentId", overdue.id(),
        "commitmentKind", "SCREEN_REFERRAL",
        "obligorRole", "NAV_OFFICE",
        "participationId", overdue.participationId(),
        "agreementId", "kiwi-nav-drammen",
        "candidateDisplayName", "Testkandidat",
        "agreementName", "KIWI × NAV Drammen",
        "escalationLevel", 0));
    remindAndWaitOut(escalation);

    String[] roles = {"OBLIGOR", "COUNTERPART", "KAM", "OFFICE_LEAD", "FRAMEWORK_OWNER"};
    // the groups of this participation's parties: KIWI, referred by NAV Drammen
    String[] groups = {"nav-drammen-caseworker", "employer-kiwi", "nav-drammen-kam",
        "nav-drammen-lead", "nav-regional-coordinator"};
    String[] waits = {"P3D", "P3D", "P5D", "P5D", "P7D"};
    for (int level = 1; level <= 5; level++) {
      Task task = followUpTask(escalation, groups[level - 1]);
      assertThat(commitments.get(overdue.id()).escalationLevel()).isEqualTo(level);
      assertThat(runtimeService.getVariables(escalation)).containsAllEntriesOf(Map.of(
          "escalationLevel", level, "escalationRole", roles[level - 1],
          "escalationWait", waits[level - 1], "lastLevel", level == 5));
      if (level == 2) {
        fire(escalation, TIMER_LEVEL_EXPIRES); // nobody answered in time: the next level
      } else {
        formService.submitTaskForm(task.getId(), Map.of("resolution", "ESCALATE"));
      }
    }

    Commitment breached = commitments.get(overdue.id());
    assertThat(breached.status()).isEqualTo(CommitmentStatus.BREACHED);
    assertThat(breached.escalationLevel()).isEqualTo(5);
    assertEndedAt(escalation, END_BREACHED);
  }

  @Test
  void personalMattersClimbPastTheEmployerStraightToTheKeyAccountManager() {
    Commitment overdue = overdue(CommitmentKind.RESOLVE_PERSONAL_MATTERS);
    String escalation = escalate(overdue);
    remindAndWaitOut(escalation);

    String[] groups = {"nav-drammen-caseworker", "nav-drammen-kam", "nav-drammen-lead",
        "nav-regional-coordinator"};
    for (String group : groups) {
      formService.submitTaskForm(followUpTask(escalation, group).getId(),
          Map.of("resolution", "ESCALATE"));
    }

    assertThat(commitments.get(overdue.id()))
        .extracting(Commitment::status, Commitment::escalationLevel)
        .containsExactly(CommitmentStatus.BREACHED, 4);
    // no level ever went to the employer: followUpTask checks each task's only group
    assertEndedAt(escalation, END_BREACHED);
  }

  @Test
  void waivedAtTheFirstLevelByANamedUserWithTheReason() {
    Commitment overdue = overdue(CommitmentKind.ANSWER_PRESENTATION);
    String escalation = escalate(overdue);
    remindAndWaitOut(escalation);
    Task task = followUpTask(escalation, "employer-kiwi");

    identityService.setAuthenticatedUserId("anna.leder");
    try {
      formService.submitTaskForm(task.getId(), Map.of("resolution", "WAIVE",
          "waivedReason", "Arbeidsgiveren var stengt for varetelling"));
    } finally {
      identityService.clearAuthentication();
    }

    Commitment waived = commitments.get(overdue.id());
    assertThat(waived.status()).isEqualTo(CommitmentStatus.WAIVED);
    assertThat(waived.waivedBy()).isEqualTo("anna.leder");
    assertThat(waived.waivedReason()).isEqualTo("Arbeidsgiveren var stengt for varetelling");
    assertThat(waived.escalationLevel()).isEqualTo(1);
    assertEndedAt(escalation, END_WAIVED);
  }

  @Test
  void aWaiverWithoutAnAuthenticatedUserIsRefusedAndChangesNothing() {
    Commitment overdue = overdue(CommitmentKind.ANSWER_PRESENTATION);
    String escalation = escalate(overdue);
    remindAndWaitOut(escalation);
    Task task = followUpTask(escalation, "employer-kiwi");

    assertThatThrownBy(() -> formService.submitTaskForm(task.getId(),
        Map.of("resolution", "WAIVE", "waivedReason", "Ingen grunn oppgitt")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("waivedBy: a commitment is waived only by an authenticated user");

    assertThat(commitments.get(overdue.id()).status()).isEqualTo(CommitmentStatus.OPEN);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  void metLateWhenTheObligorMeetsItWhileEscalatedTheEscalationEnds() {
    Commitment overdue = overdue(CommitmentKind.SCREEN_REFERRAL);
    String escalation = escalate(overdue);
    remindAndWaitOut(escalation);
    followUpTask(escalation, "nav-drammen-caseworker");

    escalations.meet(processEngine, overdue.participationId(), CommitmentKind.SCREEN_REFERRAL, 0);

    assertThat(commitments.get(overdue.id()))
        .extracting(Commitment::status, Commitment::escalationLevel)
        .containsExactly(CommitmentStatus.MET_LATE, 1);
    assertThat(taskService.createTaskQuery().processInstanceId(escalation).count()).isZero();
    assertEndedAt(escalation, END_MET_BY_OBLIGOR);
  }

  @Test
  void metLateWhenTheFollowUpFindsItDone() {
    Commitment overdue = overdue(CommitmentKind.ASSIGN_MENTOR);
    String escalation = escalate(overdue);
    remindAndWaitOut(escalation);

    formService.submitTaskForm(followUpTask(escalation, "employer-kiwi").getId(),
        Map.of("resolution", "MET"));

    assertThat(commitments.get(overdue.id()).status()).isEqualTo(CommitmentStatus.MET_LATE);
    assertEndedAt(escalation, END_MET_LATE);
  }

  @Test
  void oneEscalationPerCommitmentAndNoneForASettledOne() {
    Commitment overdue = overdue(CommitmentKind.SCREEN_REFERRAL);
    String escalation = escalate(overdue);

    assertThat(escalations.escalate(processEngine, overdue.participationId(),
        CommitmentKind.SCREEN_REFERRAL, 0)).contains(escalation);
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(overdue.id()).count()).isEqualTo(1);

    Commitment settled = overdue(CommitmentKind.ANSWER_PRESENTATION);
    commitments.meet(settled.id(), clock.instant());
    assertThat(escalations.escalate(processEngine, settled.participationId(),
        CommitmentKind.ANSWER_PRESENTATION, 0)).isEmpty();
    assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(settled.id()).count()).isZero();
  }

  /**
   * Each level's group is one of the escalated participation's own parties: two participations of
   * Fretex (two offices) referred by different offices climb to different groups; the employer
   * (the counterpart of NAV) is the agreement's.
   */
  @Test
  void theGroupsOfEachLevelAreTheParticipationsOwnParties() {
    Commitment fromAlna = overdue("fretex-job-guarantee", "nav-alna",
        CommitmentKind.SCREEN_REFERRAL);
    Commitment fromGrunerlokka = overdue("fretex-job-guarantee", "nav-grunerlokka",
        CommitmentKind.SCREEN_REFERRAL);
    String alna = escalate(fromAlna);
    String grunerlokka = escalate(fromGrunerlokka);
    remindAndWaitOut(alna);
    remindAndWaitOut(grunerlokka);

    String[] alnaGroups = {"nav-alna-caseworker", "employer-fretex", "nav-alna-kam",
        "nav-alna-lead", "nav-regional-coordinator"};
    String[] grunerlokkaGroups = {"nav-grunerlokka-caseworker", "employer-fretex",
        "nav-grunerlokka-kam", "nav-grunerlokka-lead", "nav-regional-coordinator"};
    for (int level = 1; level <= 5; level++) {
      formService.submitTaskForm(followUpTask(alna, alnaGroups[level - 1]).getId(),
          Map.of("resolution", "ESCALATE"));
      formService.submitTaskForm(followUpTask(grunerlokka, grunerlokkaGroups[level - 1]).getId(),
          Map.of("resolution", "ESCALATE"));
    }
    assertThat(commitments.get(fromAlna.id()).status()).isEqualTo(CommitmentStatus.BREACHED);
    assertThat(commitments.get(fromGrunerlokka.id()).status())
        .isEqualTo(CommitmentStatus.BREACHED);
  }

  /** A participation of KIWI with the commitment {@code kind} opened 20 days ago: overdue. */
  private Commitment overdue(CommitmentKind kind) {
    return overdue("kiwi-nav-drammen", null, kind);
  }

  /**
   * A participation of {@code agreementId} referred by {@code officeId} with the commitment
   * {@code kind} opened 20 days ago: overdue.
   */
  private Commitment overdue(String agreementId, String officeId, CommitmentKind kind) {
    Participation participation = participations.register(agreementId, officeId,
        new Candidate("REF-ESC-" + CANDIDATES.incrementAndGet(), "Testkandidat"), null);
    Commitment opened = commitments.open(participation.id(), kind,
        kind == CommitmentKind.HOLD_CHECKPOINT ? 1 : 0,
        clock.instant().minus(Duration.ofDays(20))).orElseThrow();
    assertThat(opened.isOverdue(clock.instant())).isTrue();
    return opened;
  }

  private String escalate(Commitment commitment) {
    String escalation = escalations.escalate(processEngine, commitment.participationId(),
        commitment.kind(), commitment.sequence()).orElseThrow();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(escalation)
        .singleResult().getBusinessKey()).isEqualTo(commitment.id());
    return escalation;
  }

  /** The reminder's job, then its grace: the first level's task is created. */
  private void remindAndWaitOut(String escalation) {
    fire(escalation, TASK_REMIND_OBLIGOR);
    assertThat(runtimeService.getVariable(escalation, "reminderGrace")).isEqualTo("P2D");
    fire(escalation, TIMER_REMINDER_GRACE);
  }

  private Task followUpTask(String escalation, String group) {
    Task task = taskService.createTaskQuery().processInstanceId(escalation)
        .taskDefinitionKey(TASK_FOLLOW_UP_COMMITMENT).singleResult();
    assertThat(task).as("follow-up task").isNotNull();
    assertThat(taskService.getIdentityLinksForTask(task.getId()))
        .extracting(IdentityLink::getGroupId).as("candidate groups").containsExactly(group);
    return task;
  }

  private void fire(String processInstanceId, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(processInstanceId)
        .activityId(activityId).singleResult();
    assertThat(job).as("job of %s", activityId).isNotNull();
    managementService.executeJob(job.getId());
  }

  private void assertEndedAt(String escalation, String endEvent) {
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(escalation).count())
        .isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(escalation).activityId(endEvent).count()).isEqualTo(1);
  }
}
