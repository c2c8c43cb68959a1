package no.placetrain.autoconfigure;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.Elements.*;
import static no.placetrain.testsupport.EngineJourney.OSLO;
import static no.placetrain.testsupport.EngineJourney.midnight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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
import no.placetrain.domain.agreement.ParticipationStatus;
import no.placetrain.process.commitment.CommitmentEscalationProcess;
import no.placetrain.process.placeandtrain.PlaceAndTrainProcess;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import no.placetrain.testapp.TestApplication;
import no.placetrain.testsupport.EngineJourney;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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

  private static final String MENTOR = "olamentor";
  private static final AtomicInteger CANDIDATES = new AtomicInteger();

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ParticipationService participations;
  @Autowired CommitmentService commitments;

  private final LocalDate start = LocalDate.now(OSLO);
  private EngineJourney journey;

  @BeforeEach
  void mentorExists() {
    journey = new EngineJourney(processEngine, participations, commitments,
        () -> "REF-J0URNEY-" + CANDIDATES.incrementAndGet());
    journey.memberExists(MENTOR, "employer-fretex-mentor"); // Fretex's mentors
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

    journey.fire(pi, TIMER_CHECKPOINT_DUE);
    journey.submit(pi, TASK_HOLD_CHECKPOINT, Variables.createVariables()
        .putValue("checkpointResult", "PARTIAL").putValue("checkpointRisk", true)
        .putValue("personalMattersOpen", false));
    journey.fire(pi, TASK_RECORD_CHECKPOINT);
    assertThat(variable(pi, "checkpointNumber")).isEqualTo(1);
    assertThat(variable(pi, "riskFlagged")).isEqualTo(true);
    assertThat(variable(pi, "checkpointInterval")).isEqualTo("P1M");

    journey.fire(pi, TIMER_DECISION_WINDOW_OPENS);
    journey.submit(pi, TASK_DECIDE_END_OF_PRACTICE, Variables.createVariables()
        .putValue("practiceDecision", "EXTEND").putValue("extensionMonths", 3L));
    assertThat(variable(pi, "practiceTotalMonths")).isEqualTo(6);
    assertThat(variable(pi, "practiceEndDate")).isEqualTo(midnight(start.plusMonths(6)));
    assertThat(variable(pi, "decisionWindowOpens"))
        .isEqualTo(midnight(start.plusMonths(6).minusDays(14)));

    journey.fire(pi, TIMER_DECISION_WINDOW_OPENS);
    assertThatThrownBy(() -> journey.submit(pi, TASK_DECIDE_END_OF_PRACTICE,
        Variables.createVariables()
            .putValue("practiceDecision", "EXTEND").putValue("extensionMonths", 1L)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("extensionMonths");
    journey.submit(pi, TASK_DECIDE_END_OF_PRACTICE, Variables.createVariables()
        .putValue("practiceDecision", "OFFER").putValue("contractType", "PERMANENT")
        .putValue("weeklyHours", 37L));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
    assertThat(journey.history(pi, "outcome")).isEqualTo("JOB_OFFER");
    assertThat(journey.history(pi, "jobOffer"))
        .isEqualTo(new JobOffer(ContractType.PERMANENT, 37));
    assertThat(journey.participation(pi)).satisfies(p -> {
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
    journey.submit(guarantee, JobGuaranteeProcess.Elements.TASK_RECORD_GUARANTEE_OFFER,
        offer("NOT_RELEVANT"));
    assertThat(runtimeService.getVariable(guarantee, "offersRecorded")).isEqualTo(1);
    journey.submit(guarantee, JobGuaranteeProcess.Elements.TASK_RECORD_GUARANTEE_OFFER,
        offer("RELEVANT"));

    assertThat(journey.history(guarantee, "offersRecorded")).isEqualTo(2);
    assertThat(journey.history(pi, "guaranteeMet")).isEqualTo(true);
    Commitment delivered = journey.commitment(pi, CommitmentKind.DELIVER_GUARANTEE_OFFER, 0);
    assertThat(delivered.status()).isEqualTo(CommitmentStatus.MET);
    assertThat(delivered.party()).isEqualTo("Fretex");
    assertThat(Date.from(delivered.dueAt()))
        .isEqualTo(journey.history(guarantee, "guaranteeDeadline"));
    assertThat(journey.history(pi, "outcome")).isEqualTo("GUARANTEE_OFFER");
    assertThat(journey.history(pi, "endReason")).isEqualTo("GUARANTEE_MET");
    assertThat(journey.participation(pi).outcome()).isEqualTo(Outcome.GUARANTEE_OFFER);
    assertThat(journey.participation(pi).endReason()).isEqualTo(EndReason.GUARANTEE_MET);
  }

  @Test
  void guaranteeExpiresAndIsEscalated() {
    String pi = practiceEndedWithoutOffer();
    String guarantee = guaranteeInstance(pi);

    journey.fire(guarantee, JobGuaranteeProcess.Elements.TIMER_GUARANTEE_EXPIRES);

    // the broker's commitment is escalated: its first level goes to the broker's staff. The
    // participation has ended (GUARANTEE_NOT_MET), yet this commitment is not cancelled: its miss
    // is what ended the participation, and its escalation decides how it is settled
    assertThat(journey.participation(pi).status()).isEqualTo(ParticipationStatus.ENDED);
    Commitment overdue = journey.commitment(pi, CommitmentKind.DELIVER_GUARANTEE_OFFER, 0);
    assertThat(overdue.status()).isEqualTo(CommitmentStatus.OPEN);
    String escalation = journey.escalationOf(overdue);
    assertThat(variable(escalation, "obligorRole")).isEqualTo("BROKER");
    journey.fire(escalation, CommitmentEscalationProcess.Elements.TASK_REMIND_OBLIGOR);
    journey.fire(escalation, CommitmentEscalationProcess.Elements.TIMER_REMINDER_GRACE);
    assertThat(taskService.createTaskQuery().processInstanceId(escalation)
        .taskCandidateGroup("broker-fretex").count()).isEqualTo(1);
    assertThat(journey.history(pi, "escalationFlagged")).isEqualTo(true);
    assertThat(journey.history(pi, "guaranteeMet")).isEqualTo(false);
    assertThat(journey.history(pi, "outcome")).isEqualTo("ENDED");
    assertThat(journey.history(pi, "endReason")).isEqualTo("GUARANTEE_NOT_MET");
    assertThat(journey.participation(pi).endReason()).isEqualTo(EndReason.GUARANTEE_NOT_MET);
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

    assertThat(journey.history(pi, "outcome")).isEqualTo("ENDED");
    assertThat(journey.history(pi, "endReason")).isEqualTo("DROPOUT");
    assertThat(journey.history(pi, "endDetail")).isEqualTo("STARTED_EDUCATION");
    assertThat(journey.participation(pi).status()).isEqualTo(ParticipationStatus.ENDED);
    assertThat(journey.participation(pi).endReason()).isEqualTo(EndReason.DROPOUT);
  }

  /** Fretex (broker, guarantee): referral to a running practice, with the checks refusing twice. */
  private String practiceRunning() {
    // the test catalogue's Fretex has two offices: the referring one owes NAV's commitments
    String pi = journey.refer("fretex-job-guarantee", "nav-alna");
    assertThat(journey.participation(pi).officeId()).isEqualTo("nav-alna");
    assertThat(runtimeService.getVariable(pi, "navOfficeName")).isEqualTo("NAV Alna");
    journey.submit(pi, TASK_SCREEN_CANDIDATE, Variables.createVariables()
        .putValue("candidateSkills", "kasse").putValue("candidateInterests", "gjenbruk")
        .putValue("candidateLanguages", "norsk").putValue("candidateMotivation", "fast jobb")
        .putValue("screeningOutcome", "SUITABLE"));
    ObjectValue profile = runtimeService.getVariableTyped(pi, "strengthsProfile", false);
    assertThat(profile.getSerializationDataFormat()).isEqualTo("application/json");
    assertThat(profile.getValueSerialized()).contains("\"skills\":\"kasse\"");
    assertThat(runtimeService.getVariable(pi, "strengthsProfile"))
        .isEqualTo(new StrengthsProfile("kasse", "gjenbruk", "norsk", "fast jobb"));

    journey.submit(pi, TASK_PRESENT_TO_EMPLOYER, Map.of("employerResponse", "INVITE"));
    journey.submit(pi, TASK_INTERVIEW, Map.of("interviewResult", "SELECTED"));
    assertThatThrownBy(() -> journey.submit(pi, TASK_DRAFT_PRACTICE_AGREEMENT, draft(7L)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("practiceMonths");
    journey.submit(pi, TASK_DRAFT_PRACTICE_AGREEMENT, draft(3L));
    assertThatThrownBy(() -> journey.submit(pi, TASK_EMPLOYER_APPROVES,
        Map.of("employerApproval", "APPROVE", "mentorId", "karikam")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("mentorId");
    journey.submit(pi, TASK_EMPLOYER_APPROVES,
        Map.of("employerApproval", "APPROVE", "mentorId", MENTOR));
    journey.submit(pi, TASK_BROKER_APPROVES, Map.of("brokerApproval", "APPROVE"));
    journey.submit(pi, TASK_KAM_APPROVES, Map.of("kamApproval", "APPROVE"));
    return pi;
  }

  private String practiceEndedWithoutOffer() {
    String pi = practiceRunning();
    journey.fire(pi, TIMER_DECISION_WINDOW_OPENS);
    journey.submit(pi, TASK_DECIDE_END_OF_PRACTICE, Map.of("practiceDecision", "NO_OFFER"));
    journey.fire(pi, CALL_JOB_GUARANTEE);
    return pi;
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

  private Object variable(String processInstanceId, String name) {
    return runtimeService.getVariable(processInstanceId, name);
  }
}
