package no.placetrain.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.verifyNoMoreInteractions;

import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * The called process {@code job-guarantee}: the broker must deliver a relevant job offer in time.
 * The broker's offer task runs in {@code party-desk} (call activity with the task's id).
 */
@Deployment(resources = {JobGuaranteeProcessTest.JOB_GUARANTEE_BPMN, PartyDeskProcessTest.PARTY_DESK_BPMN})
class JobGuaranteeProcessTest {

  static final String JOB_GUARANTEE_BPMN = "placetrain/processes/job-guarantee.bpmn";
  static final String PROCESS_KEY = "job-guarantee";

  private static final ZoneId ZONE = ZoneId.systemDefault();
  private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 9, 1, 8, 0, 0, 0, ZONE);
  private static final String PARTICIPATION_ID = "P-0b9d6f3e-4c1a-4f57-9e2b-5d3c8a7e1f20";

  /** Coverage of job-guarantee; party-desk is covered by its own test (only the offer task runs here). */
  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml").assertClassCoverageAtLeast(0.9)
          .excludeProcessDefinitionKeys(PartyDeskProcessTest.PROCESS_KEY).build();

  private MockedWorker startGuarantee;
  private MockedWorker registerGuaranteeOffer;
  private MockedWorker flagEscalation;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    Mocks.register("partyDeskAccess", (ExecutionListener) execution -> {});
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    startGuarantee = MockedWorker.register("startGuaranteeWorker", JobGuaranteeProcessTest::startGuarantee);
    registerGuaranteeOffer =
        MockedWorker.register("registerGuaranteeOfferWorker", JobGuaranteeProcessTest::registerGuaranteeOffer);
    flagEscalation = MockedWorker.register("flagEscalationWorker", execution -> {
      execution.setVariable("guaranteeMet", false);
      execution.setVariable("escalationFlagged", true);
    });
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    ClockUtil.reset();
  }

  // ---- what the real workers do (docs/models.md) ----

  static void startGuarantee(DelegateExecution execution) {
    Period period = Period.parse((String) execution.getVariable("guaranteePeriod"));
    ZonedDateTime now = ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE);
    execution.setVariable("guaranteeDeadline", Date.from(now.plus(period).toInstant()));
    execution.setVariable("offersRecorded", 0);
  }

  static void registerGuaranteeOffer(DelegateExecution execution) {
    execution.setVariable("offersRecorded", (Integer) execution.getVariable("offersRecorded") + 1);
    if ("RELEVANT".equals(execution.getVariable("relevance"))) {
      execution.setVariable("guaranteeMet", true);
      execution.setVariable("escalationFlagged", false);
    }
  }

  // ---- tests ----

  @Test
  void relevantOfferMeetsTheGuarantee() {
    ProcessInstance pi = startGuarantee();

    assertThat(pi).isWaitingAt("Task_RecordGuaranteeOffer");
    assertThat(job("Timer_GuaranteeExpires", pi)).hasDueDate(Date.from(NOW.plusMonths(6).toInstant()));
    ProcessInstance desk = desk(pi);
    assertThat(desk.getProcessDefinitionId()).startsWith(PartyDeskProcessTest.PROCESS_KEY + ":");
    assertThat(extension.getRuntimeService().getVariables(desk.getId()).keySet())
        .as("the broker's desk holds only what the form shows")
        .containsExactlyInAnyOrder("desk", "brokerGroup", "candidateDisplayName", "agreementName",
            "offersRecorded");
    Task offerTask = extension.getTaskService().createTaskQuery().processInstanceId(desk.getId())
        .initializeFormKeys().singleResult();
    assertThat(offerTask).hasDefinitionKey("Task_RecordGuaranteeOffer").hasCandidateGroup("broker-fretex");
    assertThat(offerTask.getCamundaFormRef().getKey()).isEqualTo("form-guarantee-offer");
    assertThat(offerTask.getCamundaFormRef().getBinding()).isEqualTo("deployment");

    reportOffer(pi, "Rema 1000 Drammen", "RELEVANT", "PERMANENT");

    assertThat(registerGuaranteeOffer.onlyCall().inputs())
        .containsEntry("employer", "Rema 1000 Drammen")
        .containsEntry("relevance", "RELEVANT")
        .containsEntry("contractType", "PERMANENT");
    assertThat(pi).hasPassed("EndEvent_OfferRelevant", "EndEvent_GuaranteeMet").isEnded();
    assertThat(historicVariable(pi, "guaranteeMet")).isEqualTo(true);
    assertThat(historicVariable(pi, "escalationFlagged")).isEqualTo(false);
    assertThat(extension.getManagementService().createJobQuery().processInstanceId(pi.getId()).count())
        .as("the expiry timer is gone").isZero();

    startGuarantee.verifyCalled(1);
    registerGuaranteeOffer.verifyCalled(1);
    verifyNoMoreWorkerCalls();
  }

  @Test
  void offerThatIsNotRelevantKeepsThePeriodOpen() {
    ProcessInstance pi = startGuarantee();

    reportOffer(pi, "Cleaning AS", "NOT_RELEVANT", "TEMPORARY");

    assertThat(pi).isWaitingAt("Task_RecordGuaranteeOffer").hasNotPassed("EndEvent_OfferRelevant");
    assertThat(pi).variables().containsEntry("offersRecorded", 1).doesNotContainKey("guaranteeMet");
    assertThat(job("Timer_GuaranteeExpires", pi)).hasDueDate(Date.from(NOW.plusMonths(6).toInstant()));

    reportOffer(pi, "Coop Extra", "RELEVANT", "TEMPORARY");

    assertThat(registerGuaranteeOffer.calls()).extracting(call -> call.inputs().get("relevance"))
        .containsExactly("NOT_RELEVANT", "RELEVANT");
    assertThat(pi).hasPassed("EndEvent_GuaranteeMet").isEnded();
    assertThat(historicVariable(pi, "offersRecorded")).isEqualTo(2);
    assertThat(historicVariable(pi, "guaranteeMet")).isEqualTo(true);

    startGuarantee.verifyCalled(1);
    registerGuaranteeOffer.verifyCalled(2);
    verifyNoMoreWorkerCalls();
  }

  @Test
  void periodExpiresWithoutRelevantOffer() {
    ProcessInstance pi = startGuarantee();
    reportOffer(pi, "Cleaning AS", "NOT_RELEVANT", "TEMPORARY");

    Job expiry = job("Timer_GuaranteeExpires", pi);
    ClockUtil.setCurrentTime(expiry.getDuedate());
    execute(expiry);

    assertThat(pi).hasPassed("Timer_GuaranteeExpires", "Task_FlagEscalation", "EndEvent_GuaranteeNotMet")
        .hasNotPassed("EndEvent_GuaranteeMet")
        .isEnded();
    assertThat(extension.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count())
        .as("the open offer task is cancelled").isZero();
    assertThat(flagEscalation.onlyCall().businessKey()).isEqualTo(PARTICIPATION_ID);
    assertThat(historicVariable(pi, "guaranteeMet")).isEqualTo(false);
    assertThat(historicVariable(pi, "escalationFlagged")).isEqualTo(true);

    startGuarantee.verifyCalled(1);
    registerGuaranteeOffer.verifyCalled(1);
    flagEscalation.verifyCalled(1);
    verifyNoMoreWorkerCalls();
  }

  // ---- steps ----

  /** What place-and-train's call activity passes in. */
  private ProcessInstance startGuarantee() {
    ProcessInstance pi = extension.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, PARTICIPATION_ID,
        Map.of("participationId", PARTICIPATION_ID, "candidateDisplayName", "Amina",
            "agreementName", "Fretex (jobbgaranti)", "guaranteePeriod", "P6M",
            "brokerGroup", "broker-fretex"));
    assertThat(startGuarantee.onlyCall().activityId()).isEqualTo("Task_StartGuarantee");
    assertThat(pi).variables().containsEntry("guaranteeDeadline", Date.from(NOW.plusMonths(6).toInstant()));
    return pi;
  }

  private void reportOffer(ProcessInstance pi, String employer, String relevance, String contractType) {
    Task task = task("Task_RecordGuaranteeOffer", desk(pi));
    complete(task, withVariables("offerEmployer", employer, "offerRelevance", relevance,
        "offerContractType", contractType));
  }

  /** The running {@code party-desk} instance {@code pi} called (the broker's offer task). */
  private ProcessInstance desk(ProcessInstance pi) {
    return extension.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .singleResult();
  }

  private Object historicVariable(ProcessInstance pi, String name) {
    HistoricVariableInstance variable = extension.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).variableName(name).singleResult();
    assertThat(variable).as("variable %s", name).isNotNull();
    return variable.getValue();
  }

  private void verifyNoMoreWorkerCalls() {
    verifyNoMoreInteractions(startGuarantee.delegate(), registerGuaranteeOffer.delegate(),
        flagEscalation.delegate());
  }
}
