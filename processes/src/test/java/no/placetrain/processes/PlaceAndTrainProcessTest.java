package no.placetrain.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code place-and-train}: every path of a participation, workers mocked. The called process
 * {@code job-guarantee}, the employer's tasks in {@code party-desk} and the checkpoint cadence
 * decision run for real. The parties' commitments
 * (docs/agreements.md, "Commitments in the models") are opened, met and escalated by mocked
 * workers; their deadline timers and the personal-matters event subprocess run for real.
 */
@Deployment(resources = {
    PlaceAndTrainProcessTest.PLACE_AND_TRAIN_BPMN,
    PartyDeskProcessTest.PARTY_DESK_BPMN,
    JobGuaranteeProcessTest.JOB_GUARANTEE_BPMN,
    CheckpointCadenceDecisionTest.CHECKPOINT_CADENCE_DMN})
class PlaceAndTrainProcessTest {

  static final String PLACE_AND_TRAIN_BPMN = "placetrain/processes/place-and-train.bpmn";
  static final String PROCESS_KEY = "place-and-train";

  private static final ZoneId ZONE = ZoneId.systemDefault();
  /** "Now" at the start of every test; timers are checked against the engine clock. */
  private static final ZonedDateTime START = ZonedDateTime.of(2026, 9, 1, 8, 0, 0, 0, ZONE);
  private static final String PARTICIPATION_ID = "P-6a1f0c4e-2d7b-4e8a-9c35-0b1d2e3f4a5b";
  private static final String MENTOR = "mentor-kari";
  private static final String CASEWORKER = "caseworker-drammen";
  private static final String WORK_SITE = "Bragernes";
  /** How long after "now" the openCommitmentWorker mock makes every commitment due. */
  private static final Duration DUE_AFTER = Duration.ofDays(5);
  /** placetrain.decision-window: the employer decides in the last two weeks of the practice. */
  private static final Period DECISION_WINDOW = Period.ofDays(14);

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml").assertClassCoverageAtLeast(0.9).build();

  /**
   * An agreement of the catalogue, as registerReferralWorker finds it (docs/models.md, "Agreements"),
   * with the referring office and the keys of its employer and broker in group ids (docs/access.md).
   */
  record Agreement(String id, String name, String employer, String broker, String selectionMode,
                   int practiceMinMonths, int practiceMaxMonths, String jobGuaranteePeriod,
                   String office, String employerKey, String brokerKey) {

    /** {@code <office>-caseworker}: screening, draft, personal matters. */
    String caseworkers() {
      return office + "-caseworker";
    }

    /** {@code <office>-kam}: KAM approval, checkpoints. */
    String kams() {
      return office + "-kam";
    }

    /** {@code employer-<employer>}: presentation, interviews, approval, decision. */
    String employerContacts() {
      return "employer-" + employerKey;
    }

    /** {@code broker-<broker>}, empty without a broker: approval, guarantee offers. */
    String brokerStaff() {
      return brokerKey == null ? "" : "broker-" + brokerKey;
    }
  }

  private static final Agreement KIWI = new Agreement("kiwi-nav-drammen", "KIWI × NAV Drammen", "KIWI",
      null, "INTERVIEW", 3, 6, null, "nav-drammen", "kiwi", null);
  private static final Agreement NORDIC_CHOICE = new Agreement("nordic-choice-grunerlokka",
      "Nordic Choice Hotels × NAV Grünerløkka", "Nordic Choice Hotels", null, "SPEED_INTERVIEW", 3, 3, null,
      "nav-grunerlokka", "nordic-choice-hotels", null);
  private static final Agreement ALERIS_STELLA = new Agreement("aleris-stella", "Aleris × Stella (Røde Kors)",
      "Aleris", "Stella Røde Kors kvinnesenter", "INTERVIEW", 9, 9, null, "nav-oslo", "aleris",
      "stella-rode-kors-kvinnesenter");
  private static final Agreement FRETEX = new Agreement("fretex-job-guarantee", "Fretex (jobbgaranti)", "Fretex",
      "Fretex", "INTERVIEW", 3, 6, "P6M", "nav-oslo", "fretex", "fretex");

  private Agreement agreement = KIWI;

  private MockedWorker registerReferral;
  private MockedWorker recordScreening;
  private MockedWorker takePlace;
  private MockedWorker schedulePractice;
  private MockedWorker scheduleCheckpoint;
  private MockedWorker recordCheckpoint;
  private MockedWorker extendPractice;
  private MockedWorker recordJobOffer;
  private MockedWorker closeParticipation;
  private MockedWorker startGuarantee;
  private MockedWorker registerGuaranteeOffer;
  private MockedWorker flagEscalation;
  private MockedWorker openCommitment;
  private MockedWorker meetCommitment;
  private MockedWorker escalateCommitment;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    ClockUtil.setCurrentTime(Date.from(START.toInstant()));
    registerReferral = MockedWorker.register("registerReferralWorker", this::registerReferral);
    recordScreening = MockedWorker.register("recordScreeningWorker");
    takePlace = MockedWorker.register("takePlaceWorker");
    schedulePractice = MockedWorker.register("schedulePracticeWorker", PlaceAndTrainProcessTest::schedulePractice);
    scheduleCheckpoint =
        MockedWorker.register("scheduleCheckpointWorker", PlaceAndTrainProcessTest::scheduleCheckpoint);
    recordCheckpoint = MockedWorker.register("recordCheckpointWorker", PlaceAndTrainProcessTest::recordCheckpoint);
    extendPractice = MockedWorker.register("extendPracticeWorker", PlaceAndTrainProcessTest::extendPractice);
    recordJobOffer = MockedWorker.register("recordJobOfferWorker",
        execution -> execution.setVariable("outcome", "JOB_OFFER"));
    closeParticipation = MockedWorker.register("closeParticipationWorker", PlaceAndTrainProcessTest::close);
    startGuarantee = MockedWorker.register("startGuaranteeWorker", JobGuaranteeProcessTest::startGuarantee);
    registerGuaranteeOffer =
        MockedWorker.register("registerGuaranteeOfferWorker", JobGuaranteeProcessTest::registerGuaranteeOffer);
    flagEscalation = MockedWorker.register("flagEscalationWorker", execution -> {
      execution.setVariable("guaranteeMet", false);
      execution.setVariable("escalationFlagged", true);
    });
    openCommitment = MockedWorker.register("openCommitmentWorker", PlaceAndTrainProcessTest::openCommitment);
    meetCommitment = MockedWorker.register("meetCommitmentWorker");
    escalateCommitment = MockedWorker.register("escalateCommitmentWorker");
    Mocks.register("partyDeskAccess", (ExecutionListener) execution -> {});
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  // =====================================================================================
  // what the real workers do (docs/models.md, "Variables")
  // =====================================================================================

  private void registerReferral(DelegateExecution execution) {
    String participationId = "P-" + UUID.randomUUID();
    execution.setProcessBusinessKey(participationId);
    execution.setVariables(registeredReferral(participationId));
  }

  /** The variables registerReferralWorker derives from the agreement. */
  private Map<String, Object> registeredReferral(String participationId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("participationId", participationId);
    variables.put("agreementName", agreement.name());
    variables.put("employerName", agreement.employer());
    variables.put("selectionMode", agreement.selectionMode());
    variables.put("brokerInvolved", agreement.broker() != null);
    variables.put("brokerName", agreement.broker() == null ? "" : agreement.broker());
    variables.put("jobGuarantee", agreement.jobGuaranteePeriod() != null);
    if (agreement.jobGuaranteePeriod() != null) {
      variables.put("guaranteePeriod", agreement.jobGuaranteePeriod());
    }
    variables.put("practiceMinMonths", agreement.practiceMinMonths());
    variables.put("practiceMaxMonths", agreement.practiceMaxMonths());
    variables.put("caseworkerGroup", agreement.caseworkers());
    variables.put("kamGroup", agreement.kams());
    variables.put("officeLeadGroup", agreement.office() + "-lead");
    variables.put("employerGroup", agreement.employerContacts());
    variables.put("mentorGroup", agreement.employerContacts() + "-mentor");
    variables.put("brokerGroup", agreement.brokerStaff());
    return variables;
  }

  private static void schedulePractice(DelegateExecution execution) {
    LocalDate start = LocalDate.parse((String) execution.getVariable("startDate"));
    int months = ((Number) execution.getVariable("months")).intValue();
    Date end = Date.from(start.plusMonths(months).atStartOfDay(ZONE).toInstant());
    execution.setVariable("practiceEndDate", end);
    execution.setVariable("decisionWindowOpens", decisionWindowOpens(end));
    execution.setVariable("practiceTotalMonths", months);
    execution.setVariable("checkpointNumber", 0);
    if (!execution.hasVariable("decisionRound")) {
      execution.setVariable("decisionRound", 0);
    }
  }

  /** The end of the practice minus the decision window, never before now. */
  private static Date decisionWindowOpens(Date practiceEnd) {
    Date opens = Date.from(ZonedDateTime.ofInstant(practiceEnd.toInstant(), ZONE).minus(DECISION_WINDOW).toInstant());
    Date now = ClockUtil.getCurrentTime();
    return opens.before(now) ? now : opens;
  }

  /**
   * Schedules the next checkpoint {@code interval} from now (the real worker counts the first one
   * from the practice start, which in these tests is never later than now).
   */
  private static void scheduleCheckpoint(DelegateExecution execution) {
    Period interval = Period.parse((String) execution.getVariableLocal("interval"));
    ZonedDateTime now = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
    execution.getProcessInstance().setVariable("checkpointDueAt", Date.from(now.plus(interval).toInstant()));
  }

  /**
   * Counts the checkpoint; like the real worker it writes its {@code personalMattersOpen} input to
   * the process instance only when that differs from the value there (the form's completion has
   * usually set it already).
   */
  private static void recordCheckpoint(DelegateExecution execution) {
    execution.setVariable("checkpointNumber", (Integer) execution.getVariable("checkpointNumber") + 1);
    Object flagged = execution.getVariableLocal("personalMattersOpen");
    if (!Objects.equals(flagged, execution.getProcessInstance().getVariableLocal("personalMattersOpen"))) {
      execution.getProcessInstance().setVariable("personalMattersOpen", flagged);
    }
  }

  /** openCommitmentWorker: sets the variable the task names to the commitment's due Date. */
  private static void openCommitment(DelegateExecution execution) {
    String dueVariable = (String) execution.getVariableLocal("dueVariable");
    execution.setVariable(dueVariable, Date.from(ClockUtil.getCurrentTime().toInstant().plus(DUE_AFTER)));
  }

  private static void extendPractice(DelegateExecution execution) {
    int months = ((Number) execution.getVariable("months")).intValue();
    Date end = (Date) execution.getVariable("practiceEndDate");
    Date extended = Date.from(ZonedDateTime.ofInstant(end.toInstant(), ZONE).plusMonths(months).toInstant());
    execution.setVariable("practiceEndDate", extended);
    execution.setVariable("decisionWindowOpens", decisionWindowOpens(extended));
    execution.setVariable("practiceTotalMonths", (Integer) execution.getVariable("practiceTotalMonths") + months);
    execution.setVariable("decisionRound", (Integer) execution.getVariable("decisionRound") + 1);
  }

  private static void close(DelegateExecution execution) {
    execution.setVariable("outcome", execution.getVariableLocal("closingOutcome"));
    execution.setVariable("endReason", execution.getVariableLocal("closingReason"));
    if (execution.hasVariableLocal("closingDetail")) {
      execution.setVariable("endDetail", execution.getVariableLocal("closingDetail"));
    }
  }

  // =====================================================================================
  // selection
  // =====================================================================================

  @Test
  void ordinaryInterviewLeadsToJobOffer() {
    agreement = KIWI;
    ProcessInstance pi = startReferral();

    String participationId = (String) extension.getRuntimeService().getVariable(pi.getId(), "participationId");
    assertThat(participationId).matches("P-[0-9a-f-]{36}");
    // the office may be left out of the referral form (an agreement of one office): null then
    java.util.Map<String, Object> expected = new java.util.HashMap<>(Map.of(
        "agreementId", KIWI.id(), "candidateRef", "cand-0042", "candidateDisplayName", "Amina"));
    expected.put("navOfficeId", null);
    assertThat(registerReferral.onlyCall().inputs()).containsExactlyInAnyOrderEntriesOf(expected);
    assertThat(pi).hasBusinessKey(participationId);
    assertThat(pi).variables()
        .containsEntry("participationId", participationId)
        .containsEntry("referredBy", CASEWORKER);
    assertThat(extension.getFormService().getStartFormData(pi.getProcessDefinitionId()).getCamundaFormRef())
        .extracting("key", "binding").containsExactly("form-referral", "deployment");

    assertThat(openCommitment.onlyCall().inputs()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "commitmentKind", "SCREEN_REFERRAL", "dueVariable", "screeningDue"));
    assertThat(job("Boundary_ScreeningOverdue", pi)).hasDueDate(dueAfterNow());
    completeScreening(pi, "SUITABLE");
    assertThat(job("Boundary_ScreeningOverdue", pi)).as("met on time: the deadline timer is gone").isNull();
    assertThat(recordScreening.onlyCall().inputs()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "skills", "Customer service, cash register", "interests", "Retail, logistics",
        "languages", "Norwegian B1, Arabic, English", "motivation", "Wants a steady job close to home"));
    presentToEmployer(pi, "INVITE");
    assertThat(pi).isWaitingAt("Task_Interview");
    interview(pi, "Task_Interview", "SELECTED");
    assertThat(takePlace.onlyCall()).as("the selection takes a place, in the employer's completion")
        .extracting(MockedWorker.Call::activityId, MockedWorker.Call::businessKey)
        .containsExactly("Task_TakePlace", participationId);
    assertOpenTasks(pi, "Task_DraftPracticeAgreement");
    draftAgreement(pi, 3);

    assertOpenTasks(pi, "Task_EmployerApproves");
    employerApproves(pi, "APPROVE");
    kamApproves(pi, "APPROVE");

    assertThat(schedulePractice.onlyCall().inputs()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "startDate", START.toLocalDate().toString(), "months", 3, "site", WORK_SITE));
    holdCheckpoint(pi, Interval.WEEK);
    openDecisionWindow(pi);
    decideEndOfPractice(pi, withVariables("practiceDecision", "OFFER", "contractType", "PERMANENT",
        "weeklyHours", 37.5));

    assertThat(recordJobOffer.onlyCall().inputs()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "contractType", "PERMANENT", "weeklyHours", 37.5));
    assertThat(pi).hasPassed("Task_RecordJobOffer", "EndEvent_JobOffer")
        .hasNotPassed("Task_SpeedInterview", "Task_BrokerApproves", "Gateway_HasGuarantee")
        .isEnded();
    assertThat(historicVariable(pi, "outcome")).isEqualTo("JOB_OFFER");

    registerReferral.verifyCalled(1);
    recordScreening.verifyCalled(1);
    takePlace.verifyCalled(1);
    schedulePractice.verifyCalled(1);
    recordCheckpoint.verifyCalled(1);
    recordJobOffer.verifyCalled(1);
    assertThat(openCommitment.calls()).extracting(MockedWorker.Call::activityId).containsExactly(
        "Task_OpenScreeningCommitment", "Task_OpenPresentationCommitment", "Task_OpenMentorCommitment",
        "Task_OpenCheckpointCommitment", "Task_OpenDecisionCommitment");
    assertThat(openCommitment.calls()).extracting(call -> call.inputs().get("dueVariable")).containsExactly(
        "screeningDue", "presentationDue", "mentorDue", "checkpointHeldDue", "decisionDue");
    assertThat(openCommitment.calls().get(2).inputs()).as("the mentor is due by the practice start")
        .containsEntry("anchor", START.toLocalDate().toString());
    assertCommitments(openCommitment, "SCREEN_REFERRAL", "ANSWER_PRESENTATION", "ASSIGN_MENTOR", "HOLD_CHECKPOINT#1",
        "DECIDE_END_OF_PRACTICE#0");
    assertThat(meetCommitment.calls()).extracting(MockedWorker.Call::activityId).containsExactly(
        "Task_MeetScreeningCommitment", "Task_MeetPresentationCommitment", "Task_MeetMentorCommitment",
        "Task_MeetCheckpointCommitment", "Task_MeetDecisionCommitment");
    assertCommitments(meetCommitment, "SCREEN_REFERRAL", "ANSWER_PRESENTATION", "ASSIGN_MENTOR", "HOLD_CHECKPOINT#1",
        "DECIDE_END_OF_PRACTICE#0");
    assertCommitments(escalateCommitment);
    assertThat(pi).hasNotPassed("EventSubprocess_PersonalMatters");
    verifyNoMoreWorkerCalls();
  }

  /**
   * How {@code POST /api/participations} starts (workers' {@code Referrals}): before
   * Task_RegisterReferral, so that a local agreement the form does not list can be referred to.
   * Nothing downstream needs the start event: the registration reads the same variables and the
   * history shows the instance started by the authenticated user. The {@code camunda:initiator}
   * is a property of the process definition in Camunda 7, so the engine sets {@code referredBy}
   * on this instantiation too (the API also sets it itself).
   */
  @Test
  void aStartBeforeTheRegistrationSkipsOnlyTheStartEvent() {
    extension.getIdentityService().setAuthenticatedUserId(CASEWORKER);
    ProcessInstance pi;
    try {
      pi = extension.getRuntimeService().createProcessInstanceByKey(PROCESS_KEY)
          .businessKey(PARTICIPATION_ID)
          .setVariables(withVariables("agreementId", "iss-api-grorud", "navOfficeId", "nav-alna",
              "candidateRef", "cand-0042", "candidateDisplayName", "Amina"))
          .startBeforeActivity("Task_RegisterReferral")
          .execute();
    } finally {
      extension.getIdentityService().clearAuthentication();
    }

    assertThat(registerReferral.onlyCall().inputs()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "agreementId", "iss-api-grorud", "navOfficeId", "nav-alna", "candidateRef", "cand-0042",
        "candidateDisplayName", "Amina"));
    assertThat(pi).isWaitingAt("Task_ScreenCandidate")
        .hasPassed("Task_RegisterReferral", "Task_OpenScreeningCommitment")
        .hasNotPassed("StartEvent_Referral");
    assertThat(pi).variables().containsEntry("referredBy", CASEWORKER);
    var history = extension.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(pi.getId()).singleResult();
    assertThat(history.getStartTime()).isEqualTo(Date.from(START.toInstant()));
    assertThat(history.getStartUserId()).isEqualTo(CASEWORKER);
    assertThat(history.getBusinessKey()).isNotBlank();
    assertThat(history.getState()).isEqualTo("ACTIVE");
    assertThat(history.getStartActivityId()).as("where it started").isEqualTo("Task_RegisterReferral");
    assertThat(extension.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(pi.getId()).activityId("StartEvent_Referral").count()).isZero();
    assertCommitments(openCommitment, "SCREEN_REFERRAL");

    completeScreening(pi, "NOT_SUITABLE");
    assertThat(pi).hasPassed("Task_CloseNotSuitable", "EndEvent_NotSuitable").isEnded();
    assertThat(extension.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(pi.getId()).singleResult().getState()).isEqualTo("COMPLETED");
  }

  /**
   * The candidate groups are the participation's own parties' (docs/access.md), read from the
   * variables registerReferralWorker writes: two participations of different agreements and
   * offices wait for different groups.
   */
  @Test
  void theTasksGoToTheGroupsOfTheParticipationsOwnParties() {
    agreement = KIWI;
    ProcessInstance drammen = startReferral();
    agreement = NORDIC_CHOICE;
    ProcessInstance grunerlokka = startReferral();

    userTask(drammen, "Task_ScreenCandidate", "form-screen-candidate", "nav-drammen-caseworker");
    userTask(grunerlokka, "Task_ScreenCandidate", "form-screen-candidate", "nav-grunerlokka-caseworker");
    completeScreening(grunerlokka, "SUITABLE");
    userTask(grunerlokka, "Task_PresentToEmployer", "form-present-to-employer",
        "employer-nordic-choice-hotels");
  }

  @Test
  void agreementWithSpeedInterviews() {
    agreement = NORDIC_CHOICE;
    ProcessInstance pi = startReferral();
    completeScreening(pi, "SUITABLE");
    presentToEmployer(pi, "INVITE");

    assertOpenTasks(pi, "Task_SpeedInterview");
    interview(pi, "Task_SpeedInterview", "SELECTED");

    assertOpenTasks(pi, "Task_DraftPracticeAgreement");
    assertThat(pi).hasPassed("Task_SpeedInterview", "Gateway_JoinSelection", "Task_TakePlace")
        .hasNotPassed("Task_Interview");
    userTask(pi, "Task_DraftPracticeAgreement", "form-draft-practice-agreement", agreement.caseworkers());

    registerReferral.verifyCalled(1);
    recordScreening.verifyCalled(1);
    assertThat(takePlace.onlyCall().activityId()).isEqualTo("Task_TakePlace");
    takePlace.verifyCalled(1);
    assertCommitments(openCommitment, "SCREEN_REFERRAL", "ANSWER_PRESENTATION");
    assertCommitments(meetCommitment, "SCREEN_REFERRAL", "ANSWER_PRESENTATION");
    verifyNoMoreWorkerCalls();
  }

  @Test
  void notSuitableAtScreening() {
    ProcessInstance pi = startReferral();

    completeScreening(pi, "NOT_SUITABLE");

    assertThat(pi).hasPassed("Task_RecordScreening", "Task_CloseNotSuitable", "EndEvent_NotSuitable")
        .hasNotPassed("Task_PresentToEmployer")
        .isEnded();
    assertClosed("Task_CloseNotSuitable", "ENDED", "NOT_SUITABLE", "CANDIDATE_DECLINED");
    assertThat(historicVariable(pi, "outcome")).isEqualTo("ENDED");

    registerReferral.verifyCalled(1);
    recordScreening.verifyCalled(1);
    closeParticipation.verifyCalled(1);
    assertCommitments(openCommitment, "SCREEN_REFERRAL");
    assertCommitments(meetCommitment, "SCREEN_REFERRAL");
    verifyNoMoreWorkerCalls();
  }

  @Test
  void employerDeclines() {
    ProcessInstance pi = startBefore("Task_OpenPresentationCommitment", screened());

    Task presentation = userTask(pi, "Task_PresentToEmployer", "form-present-to-employer", agreement.employerContacts());
    complete(presentation, withVariables("employerResponse", "DECLINE", "declineReason", "NO_VACANCY"));
    assertCommitmentCall(meetCommitment, "Task_MeetPresentationCommitment", "ANSWER_PRESENTATION", null);

    assertThat(pi).hasPassed("Task_CloseEmployerDeclined", "EndEvent_EmployerDeclined")
        .hasNotPassed("Gateway_SelectionMode")
        .isEnded();
    assertClosed("Task_CloseEmployerDeclined", "ENDED", "EMPLOYER_DECLINED", "NO_VACANCY");

    closeParticipation.verifyCalled(1);
    assertCommitments(openCommitment, "ANSWER_PRESENTATION");
    assertCommitments(meetCommitment, "ANSWER_PRESENTATION");
    verifyNoMoreWorkerCalls();
  }

  @Test
  void candidateNotSelected() {
    ProcessInstance pi = startBefore("Task_OpenPresentationCommitment", screened());
    presentToEmployer(pi, "INVITE");

    interview(pi, "Task_Interview", "NOT_SELECTED");

    assertThat(pi).hasPassed("Task_CloseNotSelected", "EndEvent_NotSelected")
        .hasNotPassed("Task_TakePlace", "Task_DraftPracticeAgreement")
        .isEnded();
    assertClosed("Task_CloseNotSelected", "ENDED", "NOT_SELECTED", null);

    assertThat(takePlace.calls()).as("a candidate not selected takes no place").isEmpty();
    closeParticipation.verifyCalled(1);
    assertCommitments(openCommitment, "ANSWER_PRESENTATION");
    assertCommitments(meetCommitment, "ANSWER_PRESENTATION");
    verifyNoMoreWorkerCalls();
  }

  /**
   * Task_TakePlace runs synchronously in the employer's completion: when every place of the
   * agreement is held, takePlaceWorker refuses (a BadUserRequestException, 400 over REST) and the
   * whole completion rolls back, so the (speed) interview stays open with nothing recorded. Once a
   * place is free, the same task completes and the participation goes on to the draft.
   */
  @Test
  void aSelectionWhileEveryPlaceIsHeldIsRefusedAndTheInterviewStaysOpen() {
    agreement = NORDIC_CHOICE;
    String refusal = "interviewResult: cannot be SELECTED: every place of the agreement is held "
        + "(6 of 6); a place frees when a participation holding one ends";
    boolean[] placesHeld = {true};
    takePlace = MockedWorker.register("takePlaceWorker", execution -> {
      if (placesHeld[0]) {
        throw new BadUserRequestException(refusal);
      }
    });
    ProcessInstance pi = startBefore("Task_OpenPresentationCommitment", screened());
    presentToEmployer(pi, "INVITE");
    Task interview = userTask(pi, "Task_SpeedInterview", "form-speed-interview", agreement.employerContacts());

    assertThatThrownBy(() -> complete(interview, withVariables("interviewResult", "SELECTED")))
        .isInstanceOf(BadUserRequestException.class).hasMessage(refusal);

    assertOpenTasks(pi, "Task_SpeedInterview");
    assertThat(task("Task_SpeedInterview", calledProcessInstance("party-desk", pi)).getId()).as("the same task").isEqualTo(interview.getId());
    assertThat(pi).hasNotPassed("Task_SpeedInterview", "Gateway_Selected", "Task_TakePlace");
    assertThat(extension.getRuntimeService().getVariable(pi.getId(), "interviewResult"))
        .as("the refused completion is rolled back").isNull();
    assertThat(takePlace.onlyCall().activityId()).isEqualTo("Task_TakePlace");

    placesHeld[0] = false;
    interview(pi, "Task_SpeedInterview", "SELECTED");

    assertOpenTasks(pi, "Task_DraftPracticeAgreement");
    assertThat(pi).hasPassed("Task_SpeedInterview", "Task_TakePlace");
    assertThat(takePlace.calls()).extracting(MockedWorker.Call::activityId)
        .containsExactly("Task_TakePlace", "Task_TakePlace");
    takePlace.verifyCalled(2);
    assertCommitments(openCommitment, "ANSWER_PRESENTATION");
    assertCommitments(meetCommitment, "ANSWER_PRESENTATION");
    verifyNoMoreWorkerCalls();
  }

  // =====================================================================================
  // practice agreement
  // =====================================================================================

  @Test
  void brokerRejectionSendsTheDraftBackThenAllApprove() {
    agreement = ALERIS_STELLA;
    ProcessInstance pi = startBefore("Task_DraftPracticeAgreement", selected());
    draftAgreement(pi, 9);

    assertOpenTasks(pi, "Task_EmployerApproves", "Task_BrokerApproves");
    employerApproves(pi, "APPROVE");
    assertOpenTasks(pi, "Task_BrokerApproves");
    brokerApproves(pi, "REJECT");

    assertOpenTasks(pi, "Task_DraftPracticeAgreement");
    assertThat(pi).hasNotPassed("Task_KamApproves");
    draftAgreement(pi, 9);
    brokerApproves(pi, "APPROVE");
    employerApproves(pi, "APPROVE");
    kamApproves(pi, "APPROVE");

    assertThat(pi).isWaitingAt("Timer_CheckpointDue");
    assertThat(draftTasksCreated(pi)).isEqualTo(2);
    assertThat(takePlace.calls()).as("a rework keeps the place: it is taken once, at the selection")
        .isEmpty();
    assertThat(schedulePractice.onlyCall().inputs()).containsEntry("months", 9).containsEntry("site", WORK_SITE);

    schedulePractice.verifyCalled(1);
    assertThat(openCommitment.calls()).as("opened at each draft (idempotent in the ledger)")
        .extracting(MockedWorker.Call::activityId).containsOnly("Task_OpenMentorCommitment");
    assertCommitments(openCommitment, "ASSIGN_MENTOR", "ASSIGN_MENTOR");
    assertCommitments(meetCommitment, "ASSIGN_MENTOR", "ASSIGN_MENTOR");
    verifyNoMoreWorkerCalls();
  }

  @Test
  void employerRejectionSendsTheDraftBack() {
    agreement = ALERIS_STELLA;
    ProcessInstance pi = startBefore("Task_DraftPracticeAgreement", selected());
    draftAgreement(pi, 9);

    brokerApproves(pi, "APPROVE");
    employerApproves(pi, "REJECT");

    assertOpenTasks(pi, "Task_DraftPracticeAgreement");
    assertThat(pi).hasPassed("Gateway_MentorAssigned").hasNotPassed("Task_MeetMentorCommitment", "Task_KamApproves");
    assertThat(job("Boundary_MentorOverdue", pi)).isNull();
    assertCommitments(openCommitment, "ASSIGN_MENTOR");
    assertCommitments(meetCommitment);
    verifyNoMoreWorkerCalls();
  }

  @Test
  void kamRejectionSendsTheDraftBack() {
    ProcessInstance pi = startBefore("Task_KamApproves", approvedByParties());

    kamApproves(pi, "REJECT");

    assertOpenTasks(pi, "Task_DraftPracticeAgreement");
    assertThat(pi).hasNotPassed("Subprocess_Practice");
    draftAgreement(pi, 4);
    assertOpenTasks(pi, "Task_EmployerApproves"); // no broker in this agreement
    employerApproves(pi, "APPROVE");
    kamApproves(pi, "APPROVE");

    assertThat(pi).isWaitingAt("Timer_CheckpointDue").hasPassed("Task_SchedulePractice");
    assertThat(schedulePractice.onlyCall().inputs()).containsEntry("months", 4);
    assertThat(historicTasks(pi, "Task_KamApproves")).isEqualTo(2);
    assertThat(takePlace.calls()).as("a rework keeps the place").isEmpty();

    schedulePractice.verifyCalled(1);
    assertCommitments(openCommitment, "ASSIGN_MENTOR");
    assertCommitments(meetCommitment, "ASSIGN_MENTOR");
    verifyNoMoreWorkerCalls();
  }

  // =====================================================================================
  // practice period
  // =====================================================================================

  @Test
  void checkpointsFirstAfterAWeekThenMonthlyThenExtendAndOffer() {
    ProcessInstance pi = startPractice(3);
    Date plannedEnd = Date.from(START.toLocalDate().plusMonths(3).atStartOfDay(ZONE).toInstant());
    Date windowOpens = Date.from(START.toLocalDate().plusMonths(3).minusDays(14).atStartOfDay(ZONE).toInstant());
    assertThat(pi).variables().containsEntry("practiceEndDate", plannedEnd).containsEntry("checkpointNumber", 0)
        .containsEntry("decisionWindowOpens", windowOpens);
    assertThat(job("Timer_DecisionWindowOpens", pi)).as("the employer decides before the practice ends")
        .hasDueDate(windowOpens);

    assertThat(pi).variables().containsEntry("checkpointInterval", "P7D");
    holdCheckpoint(pi, Interval.WEEK);
    assertThat(recordCheckpoint.lastCall().inputs()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "result", "COMPLETED", "riskFlag", false, "personalMattersOpen", false));
    assertThat(pi).variables().containsEntry("checkpointNumber", 1).containsEntry("checkpointInterval", "P1M");

    holdCheckpoint(pi, Interval.MONTH);
    assertThat(pi).variables().containsEntry("checkpointNumber", 2).containsEntry("checkpointInterval", "P1M");
    assertNextCheckpointDue(pi, Interval.MONTH);

    openDecisionWindow(pi);
    assertOpenTasks(pi, "Task_DecideEndOfPractice");
    decideEndOfPractice(pi, withVariables("practiceDecision", "EXTEND", "extensionMonths", 2));

    assertThat(extendPractice.onlyCall().inputs()).containsExactlyInAnyOrderEntriesOf(Map.of("months", 2));
    Date extendedEnd = Date.from(START.toLocalDate().plusMonths(5).atStartOfDay(ZONE).toInstant());
    Date extendedWindow = Date.from(START.toLocalDate().plusMonths(5).minusDays(14).atStartOfDay(ZONE).toInstant());
    assertThat(pi).variables().containsEntry("practiceEndDate", extendedEnd);
    assertThat(job("Timer_DecisionWindowOpens", pi)).hasDueDate(extendedWindow);
    assertThat(pi).isWaitingAt("Timer_CheckpointDue").variables().containsEntry("practiceTotalMonths", 5);
    assertNextCheckpointDue(pi, Interval.MONTH);

    openDecisionWindow(pi);
    decideEndOfPractice(pi, withVariables("practiceDecision", "OFFER", "contractType", "TEMPORARY",
        "weeklyHours", 20));

    assertThat(recordJobOffer.onlyCall().inputs()).containsEntry("contractType", "TEMPORARY")
        .containsEntry("weeklyHours", 20);
    assertThat(pi).hasPassed("Task_ExtendPractice", "EndEvent_PracticeEnded", "EndEvent_JobOffer").isEnded();

    schedulePractice.verifyCalled(1);
    recordCheckpoint.verifyCalled(2);
    extendPractice.verifyCalled(1);
    recordJobOffer.verifyCalled(1);
    // the decision after the extension is a commitment of its own: round 1
    assertThat(pi).variables().containsEntry("decisionRound", 1);
    assertCommitments(openCommitment, "HOLD_CHECKPOINT#1", "HOLD_CHECKPOINT#2", "DECIDE_END_OF_PRACTICE#0",
        "DECIDE_END_OF_PRACTICE#1");
    assertCommitments(meetCommitment, "HOLD_CHECKPOINT#1", "HOLD_CHECKPOINT#2", "DECIDE_END_OF_PRACTICE#0",
        "DECIDE_END_OF_PRACTICE#1");
    assertCommitments(escalateCommitment);
    verifyNoMoreWorkerCalls();
  }

  @Test
  void dropoutWhileWaitingForACheckpoint() {
    ProcessInstance pi = startPractice(3);
    assertThat(pi).isWaitingAt("Timer_CheckpointDue");

    dropout(pi, "FOUND_OTHER_JOB");

    assertThat(pi).hasPassed("Boundary_Dropout", "Task_CloseDropout", "EndEvent_Dropout")
        .hasNotPassed("Task_HoldCheckpoint", "Gateway_Offer")
        .isEnded();
    assertThat(extension.getManagementService().createJobQuery().processInstanceId(pi.getId()).count())
        .as("both timers are cancelled").isZero();
    assertClosed("Task_CloseDropout", "ENDED", "DROPOUT", "FOUND_OTHER_JOB");

    schedulePractice.verifyCalled(1);
    closeParticipation.verifyCalled(1);
    verifyNoMoreWorkerCalls();
  }

  @Test
  void dropoutWhileTheEmployerDecides() {
    ProcessInstance pi = startPractice(3);
    openDecisionWindow(pi);
    assertOpenTasks(pi, "Task_DecideEndOfPractice");

    dropout(pi, "STARTED_EDUCATION");

    assertThat(pi).hasPassed("Task_CloseDropout", "EndEvent_Dropout").hasNotPassed("Gateway_Offer").isEnded();
    assertThat(extension.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    assertClosed("Task_CloseDropout", "ENDED", "DROPOUT", "STARTED_EDUCATION");
    assertThat(extension.getManagementService().createJobQuery().processInstanceId(pi.getId()).count())
        .as("the decision's deadline timer is cancelled").isZero();

    schedulePractice.verifyCalled(1);
    closeParticipation.verifyCalled(1);
    assertCommitments(openCommitment, "DECIDE_END_OF_PRACTICE#0");
    assertCommitments(meetCommitment);
    verifyNoMoreWorkerCalls();
  }

  // =====================================================================================
  // no offer
  // =====================================================================================

  @Test
  void noOfferWithoutJobGuarantee() {
    agreement = KIWI;
    ProcessInstance pi = startBefore("Task_OpenDecisionCommitment", inPractice());

    decideEndOfPractice(pi, withVariables("practiceDecision", "NO_OFFER"));

    assertThat(pi).hasPassed("Task_CloseNoOffer", "EndEvent_NoOffer")
        .hasNotPassed("CallActivity_JobGuarantee", "Task_RecordJobOffer")
        .isEnded();
    assertClosed("Task_CloseNoOffer", "ENDED", "NO_OFFER", null);
    assertThat(historicVariable(pi, "endReason")).isEqualTo("NO_OFFER");

    closeParticipation.verifyCalled(1);
    assertCommitments(openCommitment, "DECIDE_END_OF_PRACTICE#0");
    assertCommitments(meetCommitment, "DECIDE_END_OF_PRACTICE#0");
    verifyNoMoreWorkerCalls();
  }

  @Test
  void noOfferThenTheBrokerMeetsTheJobGuarantee() {
    agreement = FRETEX;
    ProcessInstance pi = startBefore("Task_OpenDecisionCommitment", inPractice());
    decideEndOfPractice(pi, withVariables("practiceDecision", "NO_OFFER"));
    ProcessInstance guarantee = startJobGuarantee(pi);

    reportGuaranteeOffer(guarantee, "NOT_RELEVANT");
    assertThat(guarantee).isWaitingAt("Task_RecordGuaranteeOffer");
    reportGuaranteeOffer(guarantee, "RELEVANT");

    assertThat(guarantee).hasPassed("EndEvent_GuaranteeMet").isEnded();
    assertThat(pi).hasPassed("Task_CloseGuaranteeOffer", "EndEvent_GuaranteeOffer").isEnded();
    assertClosed("Task_CloseGuaranteeOffer", "GUARANTEE_OFFER", "GUARANTEE_MET", null);
    assertThat(historicVariable(pi, "guaranteeMet")).isEqualTo(true);
    assertThat(historicVariable(pi, "outcome")).isEqualTo("GUARANTEE_OFFER");

    startGuarantee.verifyCalled(1);
    registerGuaranteeOffer.verifyCalled(2);
    closeParticipation.verifyCalled(1);
    assertCommitments(openCommitment, "DECIDE_END_OF_PRACTICE#0");
    assertCommitments(meetCommitment, "DECIDE_END_OF_PRACTICE#0");
    verifyNoMoreWorkerCalls();
  }

  @Test
  void noOfferAndTheJobGuaranteeExpires() {
    agreement = FRETEX;
    ProcessInstance pi = startBefore("Task_OpenDecisionCommitment", inPractice());
    decideEndOfPractice(pi, withVariables("practiceDecision", "NO_OFFER"));
    ProcessInstance guarantee = startJobGuarantee(pi);

    Job expiry = job("Timer_GuaranteeExpires", guarantee);
    assertThat(expiry).hasDueDate(Date.from(START.plusMonths(6).toInstant()));
    ClockUtil.setCurrentTime(expiry.getDuedate());
    execute(expiry);

    assertThat(guarantee).hasPassed("Task_FlagEscalation", "EndEvent_GuaranteeNotMet").isEnded();
    assertThat(pi).hasPassed("Task_CloseGuaranteeNotMet", "EndEvent_GuaranteeNotMet")
        .hasNotPassed("Task_CloseGuaranteeOffer")
        .isEnded();
    assertThat(historicVariable(pi, "escalationFlagged")).isEqualTo(true);
    assertThat(historicVariable(pi, "guaranteeMet")).isEqualTo(false);
    assertClosed("Task_CloseGuaranteeNotMet", "ENDED", "GUARANTEE_NOT_MET", null);
    assertThat(historicVariable(pi, "outcome")).isEqualTo("ENDED");

    startGuarantee.verifyCalled(1);
    flagEscalation.verifyCalled(1);
    closeParticipation.verifyCalled(1);
    assertCommitments(openCommitment, "DECIDE_END_OF_PRACTICE#0");
    assertCommitments(meetCommitment, "DECIDE_END_OF_PRACTICE#0");
    verifyNoMoreWorkerCalls();
  }

  // =====================================================================================
  // deadlines: a commitment not met in time starts its escalation, the task stays open
  // =====================================================================================

  @Test
  void theScreeningDeadlinePassesAndTheEscalationStartsWhileTheTaskStaysOpen() {
    ProcessInstance pi = startReferral();
    assertThat(pi).variables().containsEntry("screeningDue", dueAfterNow());

    passDeadline(pi, "Boundary_ScreeningOverdue", "screeningDue");

    assertThat(escalateCommitment.onlyCall().activityId()).isEqualTo("Task_EscalateScreening");
    assertThat(escalateCommitment.onlyCall().inputs()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "commitmentKind", "SCREEN_REFERRAL"));
    assertThat(pi).hasPassed("Boundary_ScreeningOverdue", "Task_EscalateScreening", "EndEvent_ScreeningEscalated")
        .isNotEnded();
    assertOpenTasks(pi, "Task_ScreenCandidate");

    completeScreening(pi, "SUITABLE");
    assertOpenTasks(pi, "Task_PresentToEmployer");

    registerReferral.verifyCalled(1);
    recordScreening.verifyCalled(1);
    assertCommitments(openCommitment, "SCREEN_REFERRAL", "ANSWER_PRESENTATION");
    assertCommitments(meetCommitment, "SCREEN_REFERRAL");
    assertCommitments(escalateCommitment, "SCREEN_REFERRAL");
    verifyNoMoreWorkerCalls();
  }

  @Test
  void everyDeadlineOfTheParticipationEscalatesItsOwnCommitment() {
    ProcessInstance pi = startBefore("Task_OpenPresentationCommitment", screened());

    passDeadline(pi, "Boundary_PresentationOverdue", "presentationDue");
    assertCommitmentCall(escalateCommitment, "Task_EscalatePresentation", "ANSWER_PRESENTATION", null);
    presentToEmployer(pi, "INVITE");
    interview(pi, "Task_Interview", "SELECTED");
    draftAgreement(pi, 3);

    passDeadline(pi, "Boundary_MentorOverdue", "mentorDue");
    assertCommitmentCall(escalateCommitment, "Task_EscalateMentor", "ASSIGN_MENTOR", null);
    assertOpenTasks(pi, "Task_EmployerApproves");
    employerApproves(pi, "APPROVE");
    kamApproves(pi, "APPROVE");

    holdCheckpoint(pi, Interval.WEEK);
    Job due = job("Timer_CheckpointDue", pi);
    ClockUtil.setCurrentTime(due.getDuedate());
    execute(due);
    passDeadline(pi, "Boundary_CheckpointOverdue", "checkpointHeldDue");
    assertCommitmentCall(escalateCommitment, "Task_EscalateCheckpoint", "HOLD_CHECKPOINT", 2L);
    assertOpenTasks(pi, "Task_HoldCheckpoint");
    complete(task("Task_HoldCheckpoint", calledProcessInstance("party-desk", pi)), withVariables("checkpointResult", "PARTIAL", "checkpointRisk", true,
        "personalMattersOpen", false));
    assertCommitmentCall(meetCommitment, "Task_MeetCheckpointCommitment", "HOLD_CHECKPOINT", 2L);
    execute(job("Task_RecordCheckpoint", pi));

    openDecisionWindow(pi);
    passDeadline(pi, "Boundary_DecisionOverdue", "decisionDue");
    assertCommitmentCall(escalateCommitment, "Task_EscalateDecision", "DECIDE_END_OF_PRACTICE", 0L);
    assertOpenTasks(pi, "Task_DecideEndOfPractice");
    decideEndOfPractice(pi, withVariables("practiceDecision", "NO_OFFER"));

    assertThat(pi).hasPassed("EndEvent_PresentationEscalated", "EndEvent_MentorEscalated",
        "EndEvent_CheckpointEscalated", "EndEvent_DecisionEscalated", "EndEvent_NoOffer").isEnded();
    assertCommitments(escalateCommitment, "ANSWER_PRESENTATION", "ASSIGN_MENTOR", "HOLD_CHECKPOINT#2",
        "DECIDE_END_OF_PRACTICE#0");
    assertCommitments(openCommitment, "ANSWER_PRESENTATION", "ASSIGN_MENTOR", "HOLD_CHECKPOINT#1",
        "HOLD_CHECKPOINT#2", "DECIDE_END_OF_PRACTICE#0");
    assertCommitments(meetCommitment, "ANSWER_PRESENTATION", "ASSIGN_MENTOR", "HOLD_CHECKPOINT#1",
        "HOLD_CHECKPOINT#2", "DECIDE_END_OF_PRACTICE#0");
    takePlace.verifyCalled(1);
    schedulePractice.verifyCalled(1);
    recordCheckpoint.verifyCalled(2);
    closeParticipation.verifyCalled(1);
    verifyNoMoreWorkerCalls();
  }

  // =====================================================================================
  // personal matters: NAV follows up what a checkpoint flagged (an open/done flag only)
  // =====================================================================================

  @Test
  void personalMattersFlaggedAtACheckpointAreFollowedUpByNavOnceUntilDone() {
    ProcessInstance pi = startPractice(3);

    holdCheckpoint(pi, Interval.WEEK, true);

    assertThat(pi).isWaitingAt("Task_FollowUpPersonalMatters", "Timer_CheckpointDue");
    MockedWorker.Call opened = assertCommitmentCall(openCommitment, "Task_OpenPersonalMattersCommitment",
        "RESOLVE_PERSONAL_MATTERS", 1L);
    assertThat(opened.inputs()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "commitmentKind", "RESOLVE_PERSONAL_MATTERS", "dueVariable", "personalMattersDue", "sequence", 1L));
    assertThat(job("Boundary_PersonalMattersOverdue", pi)).hasDueDate(
        (Date) extension.getRuntimeService().getVariable(pi.getId(), "personalMattersDue"));
    userTask(pi, "Task_FollowUpPersonalMatters", "form-follow-up-personal-matters", agreement.caseworkers());

    // the KAM leaves the box ticked at the next checkpoint: still one follow-up
    holdCheckpoint(pi, Interval.MONTH, true);
    assertThat(historicTasks(pi, "Task_FollowUpPersonalMatters")).isEqualTo(1);

    followUpPersonalMatters(pi);
    assertThat(pi).variables().containsEntry("personalMattersOpen", false).doesNotContainKey("personalMattersDue");
    assertThat(pi).hasPassed("EndEvent_PersonalMattersFollowedUp").isWaitingAt("Timer_CheckpointDue");
    assertThat(extension.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();

    // flagged again later: a new follow-up
    holdCheckpoint(pi, Interval.MONTH, true);
    assertOpenTasks(pi, "Task_FollowUpPersonalMatters");
    assertThat(historicTasks(pi, "Task_FollowUpPersonalMatters")).isEqualTo(2);
    assertThat(pi).as("the new follow-up's form starts unticked").variables()
        .doesNotContainKey("personalMattersResolved");

    schedulePractice.verifyCalled(1);
    recordCheckpoint.verifyCalled(3);
    // the second follow-up is a commitment of its own: round 2
    assertThat(((Number) extension.getRuntimeService().getVariable(pi.getId(), "personalMattersRound")).longValue())
        .isEqualTo(2L);
    assertCommitments(openCommitment, "HOLD_CHECKPOINT#1", "RESOLVE_PERSONAL_MATTERS#1", "HOLD_CHECKPOINT#2",
        "HOLD_CHECKPOINT#3", "RESOLVE_PERSONAL_MATTERS#2");
    assertCommitments(meetCommitment, "HOLD_CHECKPOINT#1", "HOLD_CHECKPOINT#2", "RESOLVE_PERSONAL_MATTERS#1",
        "HOLD_CHECKPOINT#3");
    verifyNoMoreWorkerCalls();
  }

  @Test
  void theFollowUpStartsOnceWhenTheRecordingWorkerWritesTheFlagToo() {
    // a recordCheckpointWorker that always writes its input to the process instance
    recordCheckpoint = MockedWorker.register("recordCheckpointWorker", execution -> {
      execution.setVariable("checkpointNumber", (Integer) execution.getVariable("checkpointNumber") + 1);
      execution.getProcessInstance().setVariable("personalMattersOpen", true);
    });
    ProcessInstance pi = startPractice(3);

    holdCheckpoint(pi, Interval.WEEK, false);
    assertThat(pi).as("the worker's write starts the follow-up").isWaitingAt("Task_FollowUpPersonalMatters");
    holdCheckpoint(pi, Interval.MONTH, true);

    assertThat(historicTasks(pi, "Task_FollowUpPersonalMatters")).isEqualTo(1);
    assertCommitments(openCommitment, "HOLD_CHECKPOINT#1", "RESOLVE_PERSONAL_MATTERS#1", "HOLD_CHECKPOINT#2");
    assertCommitments(meetCommitment, "HOLD_CHECKPOINT#1", "HOLD_CHECKPOINT#2");
    schedulePractice.verifyCalled(1);
    recordCheckpoint.verifyCalled(2);
    verifyNoMoreWorkerCalls();
  }

  @Test
  void theFollowUpDeadlinePassesAndItsEscalationStarts() {
    ProcessInstance pi = startPractice(3);
    holdCheckpoint(pi, Interval.WEEK, true);

    passDeadline(pi, "Boundary_PersonalMattersOverdue", "personalMattersDue");

    assertCommitmentCall(escalateCommitment, "Task_EscalatePersonalMatters", "RESOLVE_PERSONAL_MATTERS", 1L);
    assertThat(escalateCommitment.onlyCall().inputs()).containsOnlyKeys("commitmentKind", "sequence");
    assertThat(pi).hasPassed("EndEvent_PersonalMattersEscalated");
    assertOpenTasks(pi, "Task_FollowUpPersonalMatters");
    followUpPersonalMatters(pi);
    assertThat(pi).hasPassed("EndEvent_PersonalMattersFollowedUp");

    schedulePractice.verifyCalled(1);
    recordCheckpoint.verifyCalled(1);
    assertCommitments(openCommitment, "HOLD_CHECKPOINT#1", "RESOLVE_PERSONAL_MATTERS#1");
    assertCommitments(meetCommitment, "HOLD_CHECKPOINT#1", "RESOLVE_PERSONAL_MATTERS#1");
    assertCommitments(escalateCommitment, "RESOLVE_PERSONAL_MATTERS#1");
    verifyNoMoreWorkerCalls();
  }

  @Test
  void thePracticePeriodEndsOnlyWhenNavHasClosedTheFollowUp() {
    ProcessInstance pi = startPractice(3);
    holdCheckpoint(pi, Interval.WEEK, true);
    openDecisionWindow(pi);
    assertOpenTasks(pi, "Task_DecideEndOfPractice", "Task_FollowUpPersonalMatters");

    decideEndOfPractice(pi, withVariables("practiceDecision", "OFFER", "contractType", "PERMANENT",
        "weeklyHours", 30));

    assertThat(pi).hasPassed("EndEvent_PracticeEnded").hasNotPassed("Gateway_Offer")
        .isWaitingAt("Task_FollowUpPersonalMatters");
    followUpPersonalMatters(pi);
    assertThat(pi).hasPassed("Task_RecordJobOffer", "EndEvent_JobOffer").isEnded();

    schedulePractice.verifyCalled(1);
    recordCheckpoint.verifyCalled(1);
    recordJobOffer.verifyCalled(1);
    assertCommitments(openCommitment, "HOLD_CHECKPOINT#1", "RESOLVE_PERSONAL_MATTERS#1", "DECIDE_END_OF_PRACTICE#0");
    assertCommitments(meetCommitment, "HOLD_CHECKPOINT#1", "DECIDE_END_OF_PRACTICE#0", "RESOLVE_PERSONAL_MATTERS#1");
    verifyNoMoreWorkerCalls();
  }

  // =====================================================================================
  // starting
  // =====================================================================================

  /** As from Tasklist: form-referral submitted by a caseworker. */
  private ProcessInstance startReferral() {
    extension.getIdentityService().setAuthenticatedUserId(CASEWORKER);
    try {
      return extension.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, withVariables(
          "agreementId", agreement.id(), "candidateRef", "cand-0042", "candidateDisplayName", "Amina"));
    } finally {
      extension.getIdentityService().clearAuthentication();
    }
  }

  /** Starts in the middle, with the variables the earlier steps would have written. */
  private ProcessInstance startBefore(String activityId, Map<String, Object> variables) {
    Map<String, Object> all = new HashMap<>(referral());
    all.putAll(variables);
    return extension.getRuntimeService().createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(PARTICIPATION_ID)
        .setVariables(all)
        .startBeforeActivity(activityId)
        .execute();
  }

  /** Starts the practice period of an approved agreement of {@code months} months starting today. */
  private ProcessInstance startPractice(int months) {
    Map<String, Object> variables = approvedByParties();
    variables.put("practiceMonths", months);
    variables.put("kamApproval", "APPROVE");
    ProcessInstance pi = startBefore("Subprocess_Practice", variables);
    assertThat(schedulePractice.onlyCall().inputs()).containsEntry("months", months);
    return pi;
  }

  private Map<String, Object> referral() {
    Map<String, Object> variables = new HashMap<>(Map.of(
        "agreementId", agreement.id(), "candidateRef", "cand-0042", "candidateDisplayName", "Amina"));
    variables.putAll(registeredReferral(PARTICIPATION_ID));
    return variables;
  }

  private Map<String, Object> screened() {
    Map<String, Object> variables = new HashMap<>(strengthsProfile());
    variables.put("screeningOutcome", "SUITABLE");
    return variables;
  }

  private Map<String, Object> selected() {
    Map<String, Object> variables = screened();
    variables.put("employerResponse", "INVITE");
    variables.put("interviewResult", "SELECTED");
    return variables;
  }

  private Map<String, Object> approvedByParties() {
    Map<String, Object> variables = selected();
    variables.putAll(draft(agreement.practiceMinMonths()));
    variables.put("employerApproval", "APPROVE");
    variables.put("mentorId", MENTOR);
    if (agreement.broker() != null) {
      variables.put("brokerApproval", "APPROVE");
    }
    return variables;
  }

  private Map<String, Object> inPractice() {
    Map<String, Object> variables = approvedByParties();
    variables.put("kamApproval", "APPROVE");
    variables.put("practiceEndDate", Date.from(START.toInstant()));
    variables.put("practiceTotalMonths", agreement.practiceMinMonths());
    variables.put("checkpointNumber", 3);
    variables.put("decisionRound", 0);
    return variables;
  }

  // =====================================================================================
  // steps (each completes one user task the way its form would)
  // =====================================================================================

  private static Map<String, Object> strengthsProfile() {
    return withVariables(
        "candidateSkills", "Customer service, cash register",
        "candidateInterests", "Retail, logistics",
        "candidateLanguages", "Norwegian B1, Arabic, English",
        "candidateMotivation", "Wants a steady job close to home");
  }

  private void completeScreening(ProcessInstance pi, String outcome) {
    assertOpenTasks(pi, "Task_ScreenCandidate");
    Task task = userTask(pi, "Task_ScreenCandidate", "form-screen-candidate", agreement.caseworkers());
    Map<String, Object> variables = strengthsProfile();
    variables.put("screeningOutcome", outcome);
    if ("NOT_SUITABLE".equals(outcome)) {
      variables.put("notSuitableReason", "CANDIDATE_DECLINED");
    }
    complete(task, variables);
    assertCommitmentCall(meetCommitment, "Task_MeetScreeningCommitment", "SCREEN_REFERRAL", null);
  }

  private void presentToEmployer(ProcessInstance pi, String response) {
    assertOpenTasks(pi, "Task_PresentToEmployer");
    Task task = userTask(pi, "Task_PresentToEmployer", "form-present-to-employer", agreement.employerContacts());
    complete(task, withVariables("employerResponse", response));
    assertCommitmentCall(meetCommitment, "Task_MeetPresentationCommitment", "ANSWER_PRESENTATION", null);
  }

  private void interview(ProcessInstance pi, String taskId, String result) {
    assertOpenTasks(pi, taskId);
    String form = taskId.equals("Task_SpeedInterview") ? "form-speed-interview" : "form-interview";
    Task task = userTask(pi, taskId, form, agreement.employerContacts());
    complete(task, withVariables("interviewResult", result));
  }

  private static Map<String, Object> draft(int months) {
    return withVariables("practiceStartDate", START.toLocalDate().toString(), "practiceMonths", months,
        "workSite", WORK_SITE);
  }

  private void draftAgreement(ProcessInstance pi, int months) {
    assertOpenTasks(pi, "Task_DraftPracticeAgreement");
    Task task = userTask(pi, "Task_DraftPracticeAgreement", "form-draft-practice-agreement", agreement.caseworkers());
    complete(task, draft(months));
  }

  private void employerApproves(ProcessInstance pi, String decision) {
    Task task = userTask(pi, "Task_EmployerApproves", "form-employer-approval", agreement.employerContacts());
    int metBefore = meetCommitment.calls().size();
    complete(task, "APPROVE".equals(decision)
        ? withVariables("employerApproval", decision, "mentorId", MENTOR)
        : withVariables("employerApproval", decision));
    if ("APPROVE".equals(decision)) {
      assertCommitmentCall(meetCommitment, "Task_MeetMentorCommitment", "ASSIGN_MENTOR", null);
    } else {
      assertThat(meetCommitment.calls()).as("a rejection assigns no mentor").hasSize(metBefore);
    }
  }

  private void brokerApproves(ProcessInstance pi, String decision) {
    Task task = userTask(pi, "Task_BrokerApproves", "form-broker-approval", agreement.brokerStaff());
    complete(task, withVariables("brokerApproval", decision));
  }

  private void kamApproves(ProcessInstance pi, String decision) {
    assertOpenTasks(pi, "Task_KamApproves");
    Task task = userTask(pi, "Task_KamApproves", "form-kam-approval", agreement.kams());
    complete(task, withVariables("kamApproval", decision));
  }

  /** Intervals the checkpoint cadence decision returns. */
  private enum Interval {
    WEEK, MONTH;

    Date after(Date now) {
      ZonedDateTime time = ZonedDateTime.ofInstant(now.toInstant(), ZONE);
      return Date.from((this == WEEK ? time.plusDays(7) : time.plusMonths(1)).toInstant());
    }
  }

  private void assertNextCheckpointDue(ProcessInstance pi, Interval expected) {
    assertThat(job("Timer_CheckpointDue", pi)).hasDueDate(expected.after(ClockUtil.getCurrentTime()));
  }

  /**
   * Waits for the next checkpoint (due {@code expected} from now), lets time pass, holds it with the
   * kam and the mentor (the commitment to hold it opened before and met after, numbered), and runs
   * the safe point after recording it.
   */
  private void holdCheckpoint(ProcessInstance pi, Interval expected) {
    holdCheckpoint(pi, expected, false);
  }

  /** As {@link #holdCheckpoint(ProcessInstance, Interval)}, the KAM ticking personal matters open or not. */
  private void holdCheckpoint(ProcessInstance pi, Interval expected, boolean personalMattersOpen) {
    assertThat(pi).isWaitingAt("Timer_CheckpointDue");
    assertThat(scheduleCheckpoint.lastCall().inputs())
        .containsExactlyEntriesOf(Map.of("interval", expected == Interval.WEEK ? "P7D" : "P1M"));
    assertNextCheckpointDue(pi, expected);
    long number = (Integer) extension.getRuntimeService().getVariable(pi.getId(), "checkpointNumber") + 1L;
    Job due = job("Timer_CheckpointDue", pi);
    ClockUtil.setCurrentTime(due.getDuedate());
    execute(due);

    assertThat(pi).isWaitingAt("Task_HoldCheckpoint");
    MockedWorker.Call opened =
        assertCommitmentCall(openCommitment, "Task_OpenCheckpointCommitment", "HOLD_CHECKPOINT", number);
    assertThat(opened.inputs()).containsEntry("dueVariable", "checkpointHeldDue").doesNotContainKey("anchor");
    assertThat(job("Boundary_CheckpointOverdue", pi)).hasDueDate(dueAfterNow());
    Task task = userTask(pi, "Task_HoldCheckpoint", "form-hold-checkpoint", agreement.kams());
    assertThat(task).hasCandidateUser(MENTOR);
    complete(task, withVariables("checkpointResult", "COMPLETED", "checkpointRisk", false,
        "personalMattersOpen", personalMattersOpen));
    assertCommitmentCall(meetCommitment, "Task_MeetCheckpointCommitment", "HOLD_CHECKPOINT", number);

    Job afterRecording = job("Task_RecordCheckpoint", pi);
    assertThat(afterRecording).as("asyncAfter on Task_RecordCheckpoint").isNotNull();
    execute(afterRecording);
    assertThat(pi).isWaitingAt("Timer_CheckpointDue");
  }

  /**
   * The employer's decision window opens ({@code decisionWindowOpens}, before the practice ends):
   * the follow-up ends and the commitment to decide by the end of the practice opens.
   */
  private void openDecisionWindow(ProcessInstance pi) {
    Date opens = (Date) extension.getRuntimeService().getVariable(pi.getId(), "decisionWindowOpens");
    Date end = (Date) extension.getRuntimeService().getVariable(pi.getId(), "practiceEndDate");
    Job window = job("Timer_DecisionWindowOpens", pi);
    assertThat(window).hasDueDate(opens);
    ClockUtil.setCurrentTime(window.getDuedate());
    execute(window);

    long round = ((Number) extension.getRuntimeService().getVariable(pi.getId(), "decisionRound")).longValue();
    MockedWorker.Call opened =
        assertCommitmentCall(openCommitment, "Task_OpenDecisionCommitment", "DECIDE_END_OF_PRACTICE", round);
    assertThat(opened.inputs()).containsEntry("dueVariable", "decisionDue").containsEntry("anchor", end);
    assertThat(pi).isWaitingAt("Task_DecideEndOfPractice");
  }

  private void decideEndOfPractice(ProcessInstance pi, Map<String, Object> decision) {
    assertThat(pi).isWaitingAt("Task_DecideEndOfPractice");
    Task task = userTask(pi, "Task_DecideEndOfPractice", "form-end-of-practice", agreement.employerContacts());
    long round = ((Number) extension.getRuntimeService().getVariable(pi.getId(), "decisionRound")).longValue();
    complete(task, decision);
    assertCommitmentCall(meetCommitment, "Task_MeetDecisionCommitment", "DECIDE_END_OF_PRACTICE", round);
  }

  /** NAV's caseworker confirms the personal matters are followed up (the form's required checkbox). */
  private void followUpPersonalMatters(ProcessInstance pi) {
    Task task = userTask(pi, "Task_FollowUpPersonalMatters", "form-follow-up-personal-matters", agreement.caseworkers());
    long round =
        ((Number) extension.getRuntimeService().getVariable(pi.getId(), "personalMattersRound")).longValue();
    complete(task, withVariables("personalMattersResolved", true));
    MockedWorker.Call met = assertCommitmentCall(meetCommitment, "Task_MeetPersonalMattersCommitment",
        "RESOLVE_PERSONAL_MATTERS", round);
    assertThat(met.inputs()).containsEntry("commitmentKind", "RESOLVE_PERSONAL_MATTERS")
        .containsEntry("confirmed", true).containsOnlyKeys("commitmentKind", "confirmed", "sequence");
  }

  /** The participation is reported as dropped out (message correlated by business key). */
  private void dropout(ProcessInstance pi, String reason) {
    MessageCorrelationResult result = extension.getRuntimeService().createMessageCorrelation("ParticipationDropout")
        .processInstanceBusinessKey(PARTICIPATION_ID)
        .setVariable("dropoutReason", reason)
        .correlateWithResult();
    assertThat(result.getExecution().getProcessInstanceId()).isEqualTo(pi.getId());
  }

  /** Runs the async call activity and returns the job-guarantee instance it started. */
  private ProcessInstance startJobGuarantee(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("CallActivity_JobGuarantee").hasPassed("Gateway_HasGuarantee");
    execute(job("CallActivity_JobGuarantee", pi));

    ProcessInstance guarantee = calledProcessInstance("job-guarantee", pi);
    assertThat(guarantee).hasProcessDefinitionKey("job-guarantee").hasBusinessKey(PARTICIPATION_ID)
        .isWaitingAt("Task_RecordGuaranteeOffer");
    assertThat(guarantee).variables()
        .containsEntry("participationId", PARTICIPATION_ID)
        .containsEntry("candidateDisplayName", "Amina")
        .containsEntry("agreementName", agreement.name())
        .containsEntry("guaranteePeriod", "P6M")
        .containsEntry("brokerGroup", "broker-fretex")
        .doesNotContainKeys("mentorId", "candidateRef", "candidateSkills", "caseworkerGroup",
            "employerGroup");
    assertThat(startGuarantee.onlyCall().businessKey()).isEqualTo(PARTICIPATION_ID);
    return guarantee;
  }

  private void reportGuaranteeOffer(ProcessInstance guarantee, String relevance) {
    Task task = userTask(guarantee, "Task_RecordGuaranteeOffer", "form-guarantee-offer", agreement.brokerStaff());
    complete(task, withVariables("offerEmployer", "Fretex Alnabru", "offerRelevance", relevance,
        "offerContractType", "PERMANENT"));
    assertThat(registerGuaranteeOffer.lastCall().inputs()).containsEntry("relevance", relevance)
        .containsEntry("employer", "Fretex Alnabru");
  }

  // =====================================================================================
  // assertions
  // =====================================================================================

  /** The close worker ran once, from {@code activityId}, with these input parameters. */
  private void assertClosed(String activityId, String outcome, String reason, String detail) {
    MockedWorker.Call call = closeParticipation.onlyCall();
    assertThat(call.activityId()).isEqualTo(activityId);
    assertThat(call.inputs()).containsEntry("closingOutcome", outcome).containsEntry("closingReason", reason);
    if (detail == null) {
      assertThat(call.inputs()).doesNotContainKey("closingDetail");
    } else {
      assertThat(call.inputs()).containsEntry("closingDetail", detail);
    }
  }

  /**
   * The last call of a commitment worker came from {@code activityId}, about the commitment
   * {@code kind} with {@code sequence} (a checkpoint's number, a Long from {@code ${checkpointNumber + 1}};
   * null: no sequence input).
   */
  private static MockedWorker.Call assertCommitmentCall(MockedWorker worker, String activityId, String kind,
      Long sequence) {
    MockedWorker.Call call = worker.lastCall();
    assertThat(call.activityId()).as("last call of %s", worker.beanName()).isEqualTo(activityId);
    assertThat(call.inputs()).as("inputs of %s", activityId).containsEntry("commitmentKind", kind);
    if (sequence == null) {
      assertThat(call.inputs()).as("inputs of %s", activityId).doesNotContainKey("sequence");
    } else {
      assertThat(call.inputs()).as("inputs of %s", activityId).containsKey("sequence");
      assertThat(((Number) call.inputs().get("sequence")).longValue()).as("sequence of %s", activityId)
          .isEqualTo(sequence);
    }
    return call;
  }

  /**
   * Every call of a commitment worker, in order, as {@code KIND} or {@code KIND#sequence}; verifies
   * them for {@link #verifyNoMoreWorkerCalls()}.
   */
  private static void assertCommitments(MockedWorker worker, String... expected) {
    List<String> calls = new ArrayList<>();
    for (MockedWorker.Call call : worker.calls()) {
      Object sequence = call.inputs().get("sequence");
      calls.add(call.inputs().get("commitmentKind") + (sequence == null ? "" : "#" + sequence));
    }
    assertThat(calls).as("commitments of %s", worker.beanName()).containsExactly(expected);
    worker.verifyCalled(expected.length);
  }

  /** The due Date the openCommitmentWorker mock sets now. */
  private static Date dueAfterNow() {
    return Date.from(ClockUtil.getCurrentTime().toInstant().plus(DUE_AFTER));
  }

  /** The deadline timer {@code boundaryId} fires at the due date in {@code dueVariable}. */
  private void passDeadline(ProcessInstance pi, String boundaryId, String dueVariable) {
    Date due = (Date) extension.getRuntimeService().getVariable(pi.getId(), dueVariable);
    Job deadline = job(boundaryId, pi);
    assertThat(deadline).as("deadline timer %s", boundaryId).hasDueDate(due);
    ClockUtil.setCurrentTime(due);
    execute(deadline);
    assertThat(job(boundaryId, pi)).as("%s fires once", boundaryId).isNull();
  }

  private Object historicVariable(ProcessInstance pi, String name) {
    HistoricVariableInstance variable = extension.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName(name).singleResult();
    assertThat(variable).as("variable %s", name).isNotNull();
    return variable.getValue();
  }

  private long historicTasks(ProcessInstance pi, String taskDefinitionKey) {
    return extension.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(taskDefinitionKey).count();
  }

  private long draftTasksCreated(ProcessInstance pi) {
    return historicTasks(pi, "Task_DraftPracticeAgreement");
  }

  /**
   * The open user task {@code taskId} of {@code pi}, with the Camunda Form of the contract and
   * {@code candidateGroup} (the participation's party, docs/access.md) as its only candidate group.
   */
  private Task userTask(ProcessInstance pi, String taskId, String formKey, String candidateGroup) {
    Task task = extension.getTaskService().createTaskQuery().processInstanceIdIn(withDesks(pi))
        .taskDefinitionKey(taskId).initializeFormKeys().singleResult();
    assertThat(task).as("open task %s", taskId).isNotNull();
    assertThat(task.getCamundaFormRef().getKey()).as("form of %s", taskId).isEqualTo(formKey);
    assertThat(task.getCamundaFormRef().getBinding()).as("form binding of %s", taskId).isEqualTo("deployment");
    assertThat(candidateGroups(task)).as("candidate groups of %s", taskId).containsExactly(candidateGroup);
    if (PartyDeskProcessTest.INPUTS.containsKey(taskId)) {
      assertThat(task.getProcessInstanceId()).as("%s runs in party-desk", taskId).isNotEqualTo(pi.getId());
      Set<String> allowed = new HashSet<>(PartyDeskProcessTest.INPUTS.get(taskId));
      allowed.addAll(List.of("desk", PartyDeskProcessTest.GROUPS.get(taskId)));
      assertThat(extension.getRuntimeService().getVariables(task.getProcessInstanceId()).keySet())
          .as("the desk of %s holds only what its form shows", taskId)
          .isSubsetOf(allowed).contains("desk", "candidateDisplayName");
    }
    return task;
  }

  /** {@code pi} and its running {@code party-desk} instances (where the parties' tasks are). */
  private String[] withDesks(ProcessInstance pi) {
    List<String> ids = new ArrayList<>(List.of(pi.getId()));
    extension.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey(PartyDeskProcessTest.PROCESS_KEY).list()
        .forEach(desk -> ids.add(desk.getId()));
    return ids.toArray(String[]::new);
  }

  private List<String> candidateGroups(Task task) {
    return extension.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }

  /** The instance waits at exactly these user tasks. */
  private void assertOpenTasks(ProcessInstance pi, String... taskDefinitionKeys) {
    assertThat(pi).isWaitingAt(taskDefinitionKeys);
    assertThat(extension.getTaskService().createTaskQuery().processInstanceIdIn(withDesks(pi)).list())
        .extracting(Task::getTaskDefinitionKey)
        .containsExactlyInAnyOrder(taskDefinitionKeys);
  }

  private void verifyNoMoreWorkerCalls() {
    verifyNoMoreInteractions(Stream.of(registerReferral, recordScreening, takePlace, schedulePractice,
        recordCheckpoint,
        extendPractice, recordJobOffer, closeParticipation, startGuarantee, registerGuaranteeOffer, flagEscalation,
        openCommitment, meetCommitment, escalateCommitment)
        .map(MockedWorker::delegate).toArray());
  }
}
