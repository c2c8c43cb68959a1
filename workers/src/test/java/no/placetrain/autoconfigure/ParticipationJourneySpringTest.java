package no.placetrain.autoconfigure;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.placetrain.domain.ContractType;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.JobOffer;
import no.placetrain.domain.Outcome;
import no.placetrain.domain.StrengthsProfile;
import no.placetrain.process.jobguarantee.JobGuaranteeProcess;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentStatus;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.ParticipationStatus;
import no.placetrain.process.commitment.CommitmentEscalationProcess;
import no.placetrain.process.placeandtrain.PlaceAndTrainProcess;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import no.placetrain.testapp.TestApplication;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Whole participations through the real models, forms, form validation and workers: every
 * worker runs in the engine, with the models' input parameters and scopes.
 */
@SpringBootTest(classes = TestApplication.class)
class ParticipationJourneySpringTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final String MENTOR = "olamentor";
  private static final AtomicInteger CANDIDATES = new AtomicInteger();

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired ParticipationService participations;
  @Autowired CommitmentService commitments;

  private final LocalDate start = LocalDate.now(OSLO);

  @BeforeEach
  void mentorExists() {
    if (identityService.createGroupQuery().groupId("mentor").count() == 0) {
      Group group = identityService.newGroup("mentor");
      identityService.saveGroup(group);
    }
    if (identityService.createUserQuery().userId(MENTOR).count() == 0) {
      User user = identityService.newUser(MENTOR);
      identityService.saveUser(user);
      identityService.createMembership(MENTOR, "mentor");
    }
    if (identityService.createUserQuery().userId("karikam").count() == 0) {
      identityService.saveUser(identityService.newUser("karikam"));
    }
  }

  @Test
  void checkpointExtensionAndJobOffer() {
    String pi = practiceRunning();

    assertThat(variable(pi, "practiceEndDate")).isEqualTo(midnight(start.plusMonths(3)));
    assertThat(variable(pi, "decisionWindowOpens"))
        .isEqualTo(midnight(start.plusMonths(3).minusDays(14)));
    assertThat(variable(pi, "practiceTotalMonths")).isEqualTo(3);
    assertThat(variable(pi, "checkpointNumber")).isEqualTo(0);
    assertThat(variable(pi, "checkpointInterval")).isEqualTo("P7D");

    fire(pi, TIMER_CHECKPOINT_DUE);
    submit(pi, TASK_HOLD_CHECKPOINT, Variables.createVariables()
        .putValue("checkpointResult", "PARTIAL").putValue("checkpointRisk", true)
        .putValue("personalMattersOpen", false));
    fire(pi, TASK_RECORD_CHECKPOINT);
    assertThat(variable(pi, "checkpointNumber")).isEqualTo(1);
    assertThat(variable(pi, "riskFlagged")).isEqualTo(true);
    assertThat(variable(pi, "checkpointInterval")).isEqualTo("P1M");

    fire(pi, TIMER_DECISION_WINDOW_OPENS);
    submit(pi, TASK_DECIDE_END_OF_PRACTICE, Variables.createVariables()
        .putValue("practiceDecision", "EXTEND").putValue("extensionMonths", 3L));
    assertThat(variable(pi, "practiceTotalMonths")).isEqualTo(6);
    assertThat(variable(pi, "practiceEndDate")).isEqualTo(midnight(start.plusMonths(6)));
    assertThat(variable(pi, "decisionWindowOpens"))
        .isEqualTo(midnight(start.plusMonths(6).minusDays(14)));

    fire(pi, TIMER_DECISION_WINDOW_OPENS);
    assertThatThrownBy(() -> submit(pi, TASK_DECIDE_END_OF_PRACTICE, Variables.createVariables()
        .putValue("practiceDecision", "EXTEND").putValue("extensionMonths", 1L)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("extensionMonths");
    submit(pi, TASK_DECIDE_END_OF_PRACTICE, Variables.createVariables()
        .putValue("practiceDecision", "OFFER").putValue("contractType", "PERMANENT")
        .putValue("weeklyHours", 37L));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    assertThat(history(pi, "outcome")).isEqualTo("JOB_OFFER");
    assertThat(history(pi, "jobOffer")).isEqualTo(new JobOffer(ContractType.PERMANENT, 37));
    assertThat(participation(pi)).satisfies(p -> {
      assertThat(p.status()).isEqualTo(ParticipationStatus.ENDED);
      assertThat(p.outcome()).isEqualTo(Outcome.JOB_OFFER);
      assertThat(p.endReason()).isNull();
      assertThat(p.activeKey()).isNull();
    });
  }

  @Test
  void guaranteeMetByTheSecondOffer() {
    String pi = practiceEndedWithoutOffer();
    String guarantee = guaranteeInstance(pi);

    assertThat(runtimeService.getVariable(guarantee, "guaranteeDeadline"))
        .isEqualTo(midnight(LocalDate.now(OSLO).plusMonths(6)));
    submit(guarantee, JobGuaranteeProcess.Elements.TASK_RECORD_GUARANTEE_OFFER, offer("NOT_RELEVANT"));
    assertThat(runtimeService.getVariable(guarantee, "offersRecorded")).isEqualTo(1);
    submit(guarantee, JobGuaranteeProcess.Elements.TASK_RECORD_GUARANTEE_OFFER, offer("RELEVANT"));

    assertThat(history(guarantee, "offersRecorded")).isEqualTo(2);
    assertThat(history(pi, "guaranteeMet")).isEqualTo(true);
    Commitment delivered = guaranteeCommitment(pi);
    assertThat(delivered.status()).isEqualTo(CommitmentStatus.MET);
    assertThat(delivered.party()).isEqualTo("Fretex");
    assertThat(Date.from(delivered.dueAt())).isEqualTo(history(guarantee, "guaranteeDeadline"));
    assertThat(history(pi, "outcome")).isEqualTo("GUARANTEE_OFFER");
    assertThat(history(pi, "endReason")).isEqualTo("GUARANTEE_MET");
    assertThat(participation(pi).outcome()).isEqualTo(Outcome.GUARANTEE_OFFER);
    assertThat(participation(pi).endReason()).isEqualTo(EndReason.GUARANTEE_MET);
  }

  @Test
  void guaranteeExpiresAndIsEscalated() {
    String pi = practiceEndedWithoutOffer();
    String guarantee = guaranteeInstance(pi);

    fire(guarantee, JobGuaranteeProcess.Elements.TIMER_GUARANTEE_EXPIRES);

    // the broker's commitment is escalated: its first level goes to the broker's staff. The
    // participation has ended (GUARANTEE_NOT_MET), yet this commitment is not cancelled: its miss
    // is what ended the participation, and its escalation decides how it is settled
    assertThat(participation(pi).status()).isEqualTo(ParticipationStatus.ENDED);
    Commitment overdue = guaranteeCommitment(pi);
    assertThat(overdue.status()).isEqualTo(CommitmentStatus.OPEN);
    String escalation = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(CommitmentEscalationProcess.KEY)
        .processInstanceBusinessKey(overdue.id()).singleResult().getId();
    assertThat(variable(escalation, "obligorRole")).isEqualTo("BROKER");
    fire(escalation, CommitmentEscalationProcess.Elements.TASK_REMIND_OBLIGOR);
    fire(escalation, CommitmentEscalationProcess.Elements.TIMER_REMINDER_GRACE);
    assertThat(taskService.createTaskQuery().processInstanceId(escalation)
        .taskCandidateGroup("broker-staff").count()).isEqualTo(1);
    assertThat(history(pi, "escalationFlagged")).isEqualTo(true);
    assertThat(history(pi, "guaranteeMet")).isEqualTo(false);
    assertThat(history(pi, "outcome")).isEqualTo("ENDED");
    assertThat(history(pi, "endReason")).isEqualTo("GUARANTEE_NOT_MET");
    assertThat(participation(pi).endReason()).isEqualTo(EndReason.GUARANTEE_NOT_MET);
  }

  @Test
  void aDropoutClosesTheParticipationWithItsReason() {
    String pi = practiceRunning();
    String businessKey = runtimeService.createProcessInstanceQuery().processInstanceId(pi)
        .singleResult().getBusinessKey();

    runtimeService.createMessageCorrelation(PlaceAndTrainProcess.MESSAGE_DROPOUT)
        .processInstanceBusinessKey(businessKey)
        .setVariable("dropoutReason", "STARTED_EDUCATION")
        .correlate();

    assertThat(history(pi, "outcome")).isEqualTo("ENDED");
    assertThat(history(pi, "endReason")).isEqualTo("DROPOUT");
    assertThat(history(pi, "endDetail")).isEqualTo("STARTED_EDUCATION");
    assertThat(participation(pi).status()).isEqualTo(ParticipationStatus.ENDED);
    assertThat(participation(pi).endReason()).isEqualTo(EndReason.DROPOUT);
  }

  /** Fretex (broker, guarantee): referral to a running practice, with the checks refusing twice. */
  private String practiceRunning() {
    String pi = formService.submitStartForm(latestDefinition(), Variables.createVariables()
        .putValue("agreementId", "fretex-job-guarantee")
        .putValue("candidateRef", "REF-J0URNEY-" + CANDIDATES.incrementAndGet())
        .putValue("candidateDisplayName", "Testkandidat")).getId();
    submit(pi, TASK_SCREEN_CANDIDATE, Variables.createVariables()
        .putValue("candidateSkills", "kasse").putValue("candidateInterests", "gjenbruk")
        .putValue("candidateLanguages", "norsk").putValue("candidateMotivation", "fast jobb")
        .putValue("screeningOutcome", "SUITABLE"));
    ObjectValue profile = runtimeService.getVariableTyped(pi, "strengthsProfile", false);
    assertThat(profile.getSerializationDataFormat()).isEqualTo("application/json");
    assertThat(profile.getValueSerialized()).contains("\"skills\":\"kasse\"");
    assertThat(runtimeService.getVariable(pi, "strengthsProfile"))
        .isEqualTo(new StrengthsProfile("kasse", "gjenbruk", "norsk", "fast jobb"));

    submit(pi, TASK_PRESENT_TO_EMPLOYER, Map.of("employerResponse", "INVITE"));
    submit(pi, TASK_INTERVIEW, Map.of("interviewResult", "SELECTED"));
    assertThatThrownBy(() -> submit(pi, TASK_DRAFT_PRACTICE_AGREEMENT, draft(7L)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("practiceMonths");
    submit(pi, TASK_DRAFT_PRACTICE_AGREEMENT, draft(3L));
    assertThatThrownBy(() -> submit(pi, TASK_EMPLOYER_APPROVES,
        Map.of("employerApproval", "APPROVE", "mentorId", "karikam")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("mentorId");
    submit(pi, TASK_EMPLOYER_APPROVES, Map.of("employerApproval", "APPROVE", "mentorId", MENTOR));
    submit(pi, TASK_BROKER_APPROVES, Map.of("brokerApproval", "APPROVE"));
    submit(pi, TASK_KAM_APPROVES, Map.of("kamApproval", "APPROVE"));
    return pi;
  }

  private String practiceEndedWithoutOffer() {
    String pi = practiceRunning();
    fire(pi, TIMER_DECISION_WINDOW_OPENS);
    submit(pi, TASK_DECIDE_END_OF_PRACTICE, Map.of("practiceDecision", "NO_OFFER"));
    fire(pi, CALL_JOB_GUARANTEE);
    return pi;
  }

  private Commitment guaranteeCommitment(String processInstanceId) {
    return commitments.find((String) history(processInstanceId, "participationId"),
        CommitmentKind.DELIVER_GUARANTEE_OFFER, 0).orElseThrow();
  }

  private Participation participation(String processInstanceId) {
    return participations.get((String) history(processInstanceId, "participationId"));
  }

  private VariableMap draft(long months) {
    return Variables.createVariables().putValue("practiceStartDate", start.toString())
        .putValue("practiceMonths", months).putValue("workSite", "Fretex Storo");
  }

  private static VariableMap offer(String relevance) {
    return Variables.createVariables().putValue("offerEmployer", "Coop Obs Storo")
        .putValue("offerRelevance", relevance).putValue("offerContractType", "TEMPORARY");
  }

  private String guaranteeInstance(String pi) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi)
        .singleResult().getId();
  }

  private void submit(String processInstanceId, String taskKey, Map<String, Object> values) {
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    formService.submitTaskForm(task.getId(), values);
  }

  private void fire(String processInstanceId, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(processInstanceId)
        .activityId(activityId).singleResult();
    assertThat(job).as("job of %s", activityId).isNotNull();
    managementService.executeJob(job.getId());
  }

  private Object variable(String processInstanceId, String name) {
    return runtimeService.getVariable(processInstanceId, name);
  }

  private Object history(String processInstanceId, String name) {
    HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(name).singleResult();
    assertThat(variable).as("variable %s", name).isNotNull();
    return variable.getValue();
  }

  private String latestDefinition() {
    return repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(PlaceAndTrainProcess.KEY).latestVersion().singleResult().getId();
  }

  private static Date midnight(LocalDate day) {
    return Date.from(day.atStartOfDay(OSLO).toInstant());
  }
}
