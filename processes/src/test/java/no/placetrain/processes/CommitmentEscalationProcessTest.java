package no.placetrain.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.MessageCorrelationResultType;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code commitment-escalation} (docs/agreements.md, "Escalation"): one instance per overdue
 * commitment, business key = commitment id. Workers are mocked; the climbLadderWorker mock
 * evaluates the real {@code Decision_EscalationLadder} through the engine, so every level here is
 * also a row of the table.
 */
@Deployment(resources = {
    CommitmentEscalationProcessTest.COMMITMENT_ESCALATION_BPMN,
    EscalationLadderDecisionTest.ESCALATION_LADDER_DMN})
class CommitmentEscalationProcessTest {

  static final String COMMITMENT_ESCALATION_BPMN = "placetrain/processes/commitment-escalation.bpmn";
  static final String PROCESS_KEY = "commitment-escalation";
  static final String MESSAGE_COMMITMENT_MET = "CommitmentMet";

  private static final ZoneId ZONE = ZoneId.systemDefault();
  /** "Now" at the start of every test; timers are checked against the engine clock. */
  private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 9, 1, 8, 0, 0, 0, ZONE);
  private static final String COMMITMENT_ID = "C-9e4b2c71-5d0a-4f3e-8b6c-1a2d3e4f5a6b";
  private static final String PARTICIPATION_ID = "P-6a1f0c4e-2d7b-4e8a-9c35-0b1d2e3f4a5b";
  private static final String FORM = "form-follow-up-commitment";

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml").assertClassCoverageAtLeast(0.9).build();

  /** The overdue commitment, as escalateCommitmentWorker starts the instance for it. */
  record Commitment(String kind, String obligorRole) {}

  private static final Commitment SCREENING_BY_NAV = new Commitment("SCREEN_REFERRAL", "NAV_OFFICE");
  private static final Commitment ANSWER_BY_EMPLOYER = new Commitment("ANSWER_PRESENTATION", "EMPLOYER");

  /** One level of the escalation as the follow-up task shows it. */
  record Level(int level, String role, String group, String waitPeriod, boolean last) {}

  /**
   * The groups of the parties of the escalated participation (KIWI × NAV Drammen, referred by NAV
   * Drammen: docs/access.md), from which climbLadderWorker picks the level's group.
   */
  static final String CASEWORKERS = "nav-drammen-caseworker";
  static final String KAMS = "nav-drammen-kam";
  static final String OFFICE_LEADS = "nav-drammen-lead";
  static final String EMPLOYER = "employer-kiwi";
  static final String MENTORS = "employer-kiwi-mentor";
  static final String REGIONAL_COORDINATOR = "nav-regional-coordinator";

  /** The default ladder for a NAV_OFFICE obligor: roles, groups and waits from the contract. */
  private static final List<Level> NAV_OFFICE_LADDER = List.of(
      new Level(1, "OBLIGOR", CASEWORKERS, "P3D", false),
      new Level(2, "COUNTERPART", EMPLOYER, "P3D", false),
      new Level(3, "KAM", KAMS, "P5D", false),
      new Level(4, "OFFICE_LEAD", OFFICE_LEADS, "P5D", false),
      new Level(5, "FRAMEWORK_OWNER", REGIONAL_COORDINATOR, "P7D", true));

  private MockedWorker remindObligor;
  private MockedWorker climbLadder;
  private MockedWorker recordCommitment;
  /** The user authenticated when recordCommitmentWorker ran (who waived), per call. */
  private final List<String> recordedBy = new ArrayList<>();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    remindObligor = MockedWorker.register("remindObligorWorker", CommitmentEscalationProcessTest::remindObligor);
    climbLadder = MockedWorker.register("climbLadderWorker", CommitmentEscalationProcessTest::climbLadder);
    recordCommitment = MockedWorker.register("recordCommitmentWorker", execution -> {
      Authentication authentication =
          execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      recordedBy.add(authentication == null ? null : authentication.getUserId());
    });
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
    extension.getIdentityService().clearAuthentication();
  }

  // =====================================================================================
  // what the real workers do (docs/agreements.md, "Escalation")
  // =====================================================================================

  /** remindObligorWorker: notifies the obligor; the grace period defaults to two days. */
  static void remindObligor(DelegateExecution execution) {
    if (!execution.hasVariable("reminderGrace")) {
      execution.setVariable("reminderGrace", "P2D");
    }
  }

  /**
   * climbLadderWorker: one level up, the rung from Decision_EscalationLadder (evaluated by the
   * engine, not copied into the test), the group from the contract's table of roles.
   */
  static void climbLadder(DelegateExecution execution) {
    Integer current = (Integer) execution.getVariable("escalationLevel");
    int level = current == null ? 1 : current + 1;
    DmnDecisionResult result = execution.getProcessEngineServices().getDecisionService()
        .evaluateDecisionByKey(EscalationLadderDecisionTest.DECISION_KEY)
        .variables(Variables.putValue("commitmentKind", execution.getVariable("commitmentKind"))
            .putValue("escalationLevel", level))
        .evaluate();
    assertThat(result).as("a rung of the ladder for level %s", level).hasSize(1);
    DmnDecisionResultEntries rung = result.getSingleResult();
    String role = rung.getEntry("escalationRole");
    execution.setVariable("escalationLevel", level);
    execution.setVariable("escalationRole", role);
    execution.setVariable("escalationGroup", groupOf(role, (String) execution.getVariable("obligorRole")));
    execution.setVariable("escalationWait", rung.getEntry("escalationWait"));
    execution.setVariable("lastLevel", rung.getEntry("lastLevel"));
  }

  /**
   * The candidate group of a ladder role (docs/agreements.md, "Group of a role"), among the groups
   * of the participation's parties.
   */
  static String groupOf(String role, String obligorRole) {
    return switch (role) {
      case "OBLIGOR" -> switch (obligorRole) {
        case "NAV_OFFICE" -> CASEWORKERS;
        case "KAM" -> KAMS;
        case "EMPLOYER" -> EMPLOYER;
        case "MENTOR" -> MENTORS;
        default -> throw new IllegalArgumentException("no party of obligor role " + obligorRole);
      };
      case "COUNTERPART" -> "NAV_OFFICE".equals(obligorRole) || "KAM".equals(obligorRole)
          ? EMPLOYER : CASEWORKERS;
      case "KAM" -> KAMS;
      case "OFFICE_LEAD" -> OFFICE_LEADS;
      case "FRAMEWORK_OWNER" -> REGIONAL_COORDINATOR;
      default -> throw new IllegalArgumentException("unknown ladder role " + role);
    };
  }

  // =====================================================================================
  // met by the obligor (message CommitmentMet)
  // =====================================================================================

  @Test
  void metByTheObligorAfterTheReminderBeforeAnyLevel() {
    ProcessInstance pi = start(SCREENING_BY_NAV);
    remind(pi);

    commitmentMet(pi);

    assertThat(pi).hasPassed("StartEvent_CommitmentMet", "Task_RecordMetLateByObligor", "EndEvent_MetByObligor")
        .hasNotPassed("Gateway_JoinLevel", "Task_ClimbLadder", "Task_FollowUpCommitment")
        .isEnded();
    assertRecorded("Task_RecordMetLateByObligor", "MET_LATE");
    assertNoJobsOrTasksLeft(pi);

    remindObligor.verifyCalled(1);
    recordCommitment.verifyCalled(1);
    verifyNoMoreWorkerCalls();
  }

  @Test
  void metBeforeTheReminderWentOutSendsNoReminder() {
    ProcessInstance pi = start(SCREENING_BY_NAV);

    commitmentMet(pi);

    assertThat(pi).hasPassed("EndEvent_MetByObligor").hasNotPassed("Task_RemindObligor").isEnded();
    assertRecorded("Task_RecordMetLateByObligor", "MET_LATE");
    assertNoJobsOrTasksLeft(pi);

    recordCommitment.verifyCalled(1);
    verifyNoMoreWorkerCalls();
  }

  @Test
  void metByTheObligorAfterAFewLevelsEndsAsMetLate() {
    ProcessInstance pi = start(SCREENING_BY_NAV);
    remind(pi);
    graceOver(pi);
    assertFollowUpTask(pi, NAV_OFFICE_LADDER.get(0));
    expireLevel(pi);
    assertFollowUpTask(pi, NAV_OFFICE_LADDER.get(1));
    expireLevel(pi);
    assertFollowUpTask(pi, NAV_OFFICE_LADDER.get(2));

    commitmentMet(pi);

    assertThat(pi).hasPassed("Task_RecordMetLateByObligor", "EndEvent_MetByObligor")
        .hasNotPassed("Gateway_Resolution", "Task_RecordMetLate", "Task_RecordBreached")
        .isEnded();
    assertRecorded("Task_RecordMetLateByObligor", "MET_LATE");
    assertThat(historicVariable(pi, "escalationLevel")).isEqualTo(3);
    assertNoJobsOrTasksLeft(pi);

    remindObligor.verifyCalled(1);
    climbLadder.verifyCalled(3);
    recordCommitment.verifyCalled(1);
    verifyNoMoreWorkerCalls();
  }

  // =====================================================================================
  // resolved in the follow-up task
  // =====================================================================================

  @Test
  void metAtLevelTwoThroughTheTask() {
    ProcessInstance pi = start(ANSWER_BY_EMPLOYER);
    remind(pi);
    graceOver(pi);

    // an employer's commitment: the employer contact first, then NAV as the counterpart
    assertFollowUpTask(pi, new Level(1, "OBLIGOR", EMPLOYER, "P3D", false));
    answer(pi, "ESCALATE");
    assertFollowUpTask(pi, new Level(2, "COUNTERPART", CASEWORKERS, "P3D", false));
    assertThat(extension.getRuntimeService().getVariable(pi.getId(), "resolution"))
        .as("the previous level's answer is not offered again").isNull();

    answer(pi, "MET");

    assertThat(pi).hasPassed("Gateway_Resolution", "Task_RecordMetLate", "EndEvent_MetLate")
        .hasNotPassed("Task_RecordWaived", "Task_RecordBreached", "EndEvent_MetByObligor")
        .isEnded();
    assertRecorded("Task_RecordMetLate", "MET_LATE");
    assertThat(recordCommitment.onlyCall().inputs()).doesNotContainKey("waivedReason");
    assertNoJobsOrTasksLeft(pi);

    remindObligor.verifyCalled(1);
    climbLadder.verifyCalled(2);
    recordCommitment.verifyCalled(1);
    verifyNoMoreWorkerCalls();
  }

  @Test
  void waivedAtLevelOneRecordsWhyAndByWhom() {
    ProcessInstance pi = start(SCREENING_BY_NAV);
    remind(pi);
    graceOver(pi);
    Task task = assertFollowUpTask(pi, NAV_OFFICE_LADDER.get(0));
    String reason = "Screeningen ble holdt i tide, men registrert for sent i systemet.";

    extension.getIdentityService().setAuthenticatedUserId("caseworker-drammen");
    try {
      complete(task, withVariables("resolution", "WAIVE", "waivedReason", reason));
    } finally {
      extension.getIdentityService().clearAuthentication();
    }

    assertThat(pi).hasPassed("Task_RecordWaived", "EndEvent_Waived")
        .hasNotPassed("Task_RecordMetLate", "Gateway_LastLevel")
        .isEnded();
    MockedWorker.Call call = assertRecorded("Task_RecordWaived", "WAIVED");
    assertThat(call.inputs()).containsEntry("waivedReason", reason);
    assertThat(recordedBy).as("who waived: the user completing the task, in the same transaction")
        .containsExactly("caseworker-drammen");
    assertNoJobsOrTasksLeft(pi);

    remindObligor.verifyCalled(1);
    climbLadder.verifyCalled(1);
    recordCommitment.verifyCalled(1);
    verifyNoMoreWorkerCalls();
  }

  @Test
  void escalatedByHandLevelByLevelThenBreachedAfterTheLast() {
    ProcessInstance pi = start(SCREENING_BY_NAV);
    remind(pi);
    graceOver(pi);

    for (Level level : NAV_OFFICE_LADDER) {
      assertFollowUpTask(pi, level);
      answer(pi, "ESCALATE");
    }

    assertThat(pi).hasPassed("Gateway_LastLevel", "Task_RecordBreached", "EndEvent_Breached")
        .hasNotPassed("Timer_LevelExpires", "Task_RecordMetLate", "Task_RecordWaived")
        .isEnded();
    assertRecorded("Task_RecordBreached", "BREACHED");
    assertThat(historicTasks(pi)).as("one follow-up task per level").isEqualTo(5);
    assertThat(historicVariable(pi, "escalationLevel")).isEqualTo(5);
    assertNoJobsOrTasksLeft(pi);

    remindObligor.verifyCalled(1);
    climbLadder.verifyCalled(5);
    recordCommitment.verifyCalled(1);
    verifyNoMoreWorkerCalls();
  }

  @Test
  void eachExpiredLevelClimbsOneLevelUntilTheLastExpiresAsBreached() {
    ProcessInstance pi = start(SCREENING_BY_NAV);
    remind(pi);
    graceOver(pi);

    List<String> groups = new ArrayList<>();
    for (Level level : NAV_OFFICE_LADDER) {
      Task task = assertFollowUpTask(pi, level);
      groups.add(candidateGroups(task).get(0));
      expireLevel(pi);
      assertThat(extension.getTaskService().createTaskQuery().taskId(task.getId()).count())
          .as("the expired level's task is cancelled").isZero();
    }

    assertThat(groups).as("candidate group level by level").containsExactly(
        CASEWORKERS, EMPLOYER, KAMS, OFFICE_LEADS, REGIONAL_COORDINATOR);
    assertThat(pi).hasPassed("Timer_LevelExpires", "Task_RecordBreached", "EndEvent_Breached")
        .hasNotPassed("Gateway_Resolution")
        .isEnded();
    assertRecorded("Task_RecordBreached", "BREACHED");
    assertThat(ClockUtil.getCurrentTime()).as("2 days grace + 3 + 3 + 5 + 5 + 7 days of levels")
        .isEqualTo(Date.from(NOW.plusDays(25).toInstant()));
    assertNoJobsOrTasksLeft(pi);

    remindObligor.verifyCalled(1);
    climbLadder.verifyCalled(5);
    recordCommitment.verifyCalled(1);
    verifyNoMoreWorkerCalls();
  }

  @Test
  void processIsDeployedWithHistoryTimeToLiveAndTheMessage() {
    var definition = extension.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS_KEY).singleResult();

    assertThat(definition.getName()).isEqualTo("Commitment escalation");
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(180);
    ProcessInstance pi = start(SCREENING_BY_NAV);
    assertThat(extension.getRuntimeService().createEventSubscriptionQuery().processInstanceId(pi.getId())
        .eventType("message").singleResult().getEventName()).isEqualTo(MESSAGE_COMMITMENT_MET);
    verifyNoMoreWorkerCalls();
  }

  // =====================================================================================
  // steps
  // =====================================================================================

  /** As escalateCommitmentWorker starts it when a deadline timer fires. */
  private ProcessInstance start(Commitment commitment) {
    ProcessInstance pi = extension.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, COMMITMENT_ID,
        Map.of("commitmentId", COMMITMENT_ID, "commitmentKind", commitment.kind(),
            "obligorRole", commitment.obligorRole(), "participationId", PARTICIPATION_ID,
            "agreementId", "kiwi-nav-drammen", "candidateDisplayName", "Amina",
            "agreementName", "KIWI × NAV Drammen"));
    assertThat(pi).hasBusinessKey(COMMITMENT_ID);
    assertThat(pi).as("asyncBefore on Task_RemindObligor").isWaitingAt("Task_RemindObligor");
    assertThat(remindObligor.calls()).as("the reminder runs in a job of its own").isEmpty();
    return pi;
  }

  /** Runs the reminder's job; the instance then waits out the grace period. */
  private void remind(ProcessInstance pi) {
    execute(job("Task_RemindObligor", pi));
    assertThat(remindObligor.onlyCall().businessKey()).isEqualTo(COMMITMENT_ID);
    assertThat(pi).isWaitingAt("Timer_ReminderGrace");
    assertThat(job("Timer_ReminderGrace", pi)).hasDueDate(after("P2D"));
  }

  private void graceOver(ProcessInstance pi) {
    fire(job("Timer_ReminderGrace", pi));
  }

  /** The level's time runs out. */
  private void expireLevel(ProcessInstance pi) {
    fire(job("Timer_LevelExpires", pi));
  }

  private void fire(Job timer) {
    ClockUtil.setCurrentTime(timer.getDuedate());
    execute(timer);
  }

  /** The obligor meets the commitment: the message, correlated by business key. */
  private void commitmentMet(ProcessInstance pi) {
    MessageCorrelationResult result = extension.getRuntimeService().createMessageCorrelation(MESSAGE_COMMITMENT_MET)
        .processInstanceBusinessKey(COMMITMENT_ID)
        .correlateWithResult();
    assertThat(result.getResultType()).isEqualTo(MessageCorrelationResultType.Execution);
    assertThat(result.getExecution().getProcessInstanceId()).isEqualTo(pi.getId());
  }

  private void answer(ProcessInstance pi, String resolution) {
    complete(openTask(pi), withVariables("resolution", resolution));
  }

  // =====================================================================================
  // assertions
  // =====================================================================================

  /**
   * The instance waits at the follow-up task of {@code expected}: the level the ladder set, the
   * one candidate group of its role, the form, and the level's timer due after its wait.
   */
  private Task assertFollowUpTask(ProcessInstance pi, Level expected) {
    assertThat(pi).isWaitingAt("Task_FollowUpCommitment");
    assertThat(climbLadder.lastCall().activityId()).isEqualTo("Task_ClimbLadder");
    assertThat(pi).variables()
        .containsEntry("escalationLevel", expected.level())
        .containsEntry("escalationRole", expected.role())
        .containsEntry("escalationGroup", expected.group())
        .containsEntry("escalationWait", expected.waitPeriod())
        .containsEntry("lastLevel", expected.last());
    Task task = openTask(pi);
    assertThat(task.getCamundaFormRef().getKey()).isEqualTo(FORM);
    assertThat(task.getCamundaFormRef().getBinding()).isEqualTo("deployment");
    assertThat(candidateGroups(task)).as("candidate groups at level %s", expected.level())
        .containsExactly(expected.group());
    assertThat(job("Timer_LevelExpires", pi)).hasDueDate(after(expected.waitPeriod()));
    return task;
  }

  private Task openTask(ProcessInstance pi) {
    Task task = extension.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_FollowUpCommitment").initializeFormKeys().singleResult();
    assertThat(task).as("open follow-up task").isNotNull();
    return task;
  }

  private List<String> candidateGroups(Task task) {
    return extension.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .toList();
  }

  /** recordCommitmentWorker ran once, from {@code activityId}, with this resolution. */
  private MockedWorker.Call assertRecorded(String activityId, String resolution) {
    MockedWorker.Call call = recordCommitment.onlyCall();
    assertThat(call.activityId()).isEqualTo(activityId);
    assertThat(call.businessKey()).isEqualTo(COMMITMENT_ID);
    assertThat(call.inputs()).containsEntry("commitmentStatus", resolution);
    return call;
  }

  private void assertNoJobsOrTasksLeft(ProcessInstance pi) {
    assertThat(extension.getManagementService().createJobQuery().processInstanceId(pi.getId()).count())
        .as("jobs left").isZero();
    assertThat(extension.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count())
        .as("tasks left").isZero();
  }

  private static Date after(String isoPeriod) {
    ZonedDateTime now = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
    return Date.from(now.plus(Period.parse(isoPeriod)).toInstant());
  }

  private Object historicVariable(ProcessInstance pi, String name) {
    HistoricVariableInstance variable = extension.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName(name).singleResult();
    assertThat(variable).as("variable %s", name).isNotNull();
    return variable.getValue();
  }

  private long historicTasks(ProcessInstance pi) {
    return extension.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_FollowUpCommitment").count();
  }

  private void verifyNoMoreWorkerCalls() {
    verifyNoMoreInteractions(remindObligor.delegate(), climbLadder.delegate(), recordCommitment.delegate());
  }
}
