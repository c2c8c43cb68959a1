package no.placetrain.autoconfigure;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.Elements.*;
import static no.placetrain.testsupport.EngineJourney.KIWI;
import static no.placetrain.testsupport.EngineJourney.suitableCashier;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.ParticipationStatus;
import no.placetrain.process.commitment.CommitmentEscalationProcess;
import no.placetrain.process.jobguarantee.JobGuaranteeProcess;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import no.placetrain.testapp.TestApplication;
import no.placetrain.testsupport.EngineJourney;
import no.placetrain.testsupport.MutableClock;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * How long our jobs take, for the job executor's lock time (config's application.yaml,
 * {@code camunda.bpm.job-execution.lock-time-in-millis}: it must be well above the slowest job).
 * Two participations run every kind of job the models make: KIWI × NAV Drammen (screening and
 * checkpoint deadlines escalated: reminder, grace, a level expiring; checkpoint due, recorded
 * asynchronously, due again; the decision window opening) and Fretex (guarantee: the asynchronous
 * call of {@code job-guarantee}, the guarantee expiring and its escalation). Each job is executed
 * as the job executor would, in one transaction, and timed; the test prints every duration and
 * the slowest, and asserts only that each job succeeded (no wall-clock limit: the figures are
 * for the reasoning in application.yaml). The first job of a kind pays for loading classes and
 * parsing the decision tables, as after a restart.
 */
@SpringBootTest(classes = {TestApplication.class, MutableClock.Config.class})
class RetryJobDurationsSpringTest {

  private static final String MENTOR = "kiwimentor";
  private static final String FRETEX_MENTOR = "fretexmentor";

  @Autowired ProcessEngine processEngine;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired ParticipationService participations;
  @Autowired CommitmentService commitments;
  @Autowired MutableClock clock;

  private EngineJourney journey;
  /** Activity id → durations in milliseconds, in the order run. */
  private final Map<String, List<Double>> durations = new LinkedHashMap<>();

  @BeforeEach
  void systemTimeAndMentors() {
    clock.reset();
    journey = new EngineJourney(processEngine, participations, commitments,
        () -> "REF-DUR-" + UUID.randomUUID().toString().substring(0, 8));
    journey.mentorExists(MENTOR);
    journey.memberExists(FRETEX_MENTOR, "employer-fretex-mentor");
  }

  @Test
  void everyKindOfJobRunsAndItsDurationIsPrinted() {
    // KIWI: the screening is late and escalated, then done
    String kiwi = journey.refer(KIWI);
    clock.advance(Duration.ofDays(8));
    timed(kiwi, BOUNDARY_SCREENING_OVERDUE);
    String screening = journey.escalationOf(
        journey.commitment(kiwi, CommitmentKind.SCREEN_REFERRAL, 0));
    timed(screening, CommitmentEscalationProcess.Elements.TASK_REMIND_OBLIGOR);
    timed(screening, CommitmentEscalationProcess.Elements.TIMER_REMINDER_GRACE);
    timed(screening, CommitmentEscalationProcess.Elements.TIMER_LEVEL_EXPIRES);
    journey.screen(kiwi, suitableCashier());
    journey.submit(kiwi, TASK_PRESENT_TO_EMPLOYER, Map.of("employerResponse", "INVITE"));
    journey.submit(kiwi, TASK_INTERVIEW, Map.of("interviewResult", "SELECTED"));
    journey.submit(kiwi, TASK_DRAFT_PRACTICE_AGREEMENT, Variables.createVariables()
        .putValue("practiceStartDate", LocalDate.now(clock).plusDays(7).toString())
        .putValue("practiceMonths", 3L).putValue("workSite", "KIWI Bragernes"));
    journey.practiceApproved(kiwi, MENTOR);
    // two checkpoints: the first held and recorded, the second missed and escalated
    timed(kiwi, TIMER_CHECKPOINT_DUE);
    journey.submit(kiwi, TASK_HOLD_CHECKPOINT, Variables.createVariables()
        .putValue("checkpointResult", "COMPLETED").putValue("checkpointRisk", false)
        .putValue("personalMattersOpen", false));
    timed(kiwi, TASK_RECORD_CHECKPOINT);
    timed(kiwi, TIMER_CHECKPOINT_DUE);
    clock.advance(Duration.ofDays(8));
    timed(kiwi, BOUNDARY_CHECKPOINT_OVERDUE);
    String checkpoint = journey.escalationOf(
        journey.commitment(kiwi, CommitmentKind.HOLD_CHECKPOINT, 2));
    timed(checkpoint, CommitmentEscalationProcess.Elements.TASK_REMIND_OBLIGOR);
    timed(checkpoint, CommitmentEscalationProcess.Elements.TIMER_REMINDER_GRACE);
    timed(kiwi, TIMER_DECISION_WINDOW_OPENS);
    journey.submit(kiwi, TASK_DECIDE_END_OF_PRACTICE, Map.of("practiceDecision", "NO_OFFER"));
    assertThat(journey.participation(kiwi).status()).isEqualTo(ParticipationStatus.ENDED);

    // Fretex: no offer, the guarantee runs out and is escalated
    String fretex = journey.refer("fretex-job-guarantee", "nav-alna");
    journey.screen(fretex, suitableCashier());
    journey.submit(fretex, TASK_PRESENT_TO_EMPLOYER, Map.of("employerResponse", "INVITE"));
    journey.submit(fretex, TASK_INTERVIEW, Map.of("interviewResult", "SELECTED"));
    journey.submit(fretex, TASK_DRAFT_PRACTICE_AGREEMENT, Variables.createVariables()
        .putValue("practiceStartDate", LocalDate.now(clock).toString())
        .putValue("practiceMonths", 3L).putValue("workSite", "Fretex Storo"));
    journey.submit(fretex, TASK_EMPLOYER_APPROVES,
        Map.of("employerApproval", "APPROVE", "mentorId", FRETEX_MENTOR));
    journey.submit(fretex, TASK_BROKER_APPROVES, Map.of("brokerApproval", "APPROVE"));
    journey.submit(fretex, TASK_KAM_APPROVES, Map.of("kamApproval", "APPROVE"));
    timed(fretex, TIMER_DECISION_WINDOW_OPENS);
    journey.submit(fretex, TASK_DECIDE_END_OF_PRACTICE, Map.of("practiceDecision", "NO_OFFER"));
    timed(fretex, CALL_JOB_GUARANTEE);
    String guarantee = runtimeService.createProcessInstanceQuery().superProcessInstanceId(fretex)
        .processDefinitionKey(JobGuaranteeProcess.KEY).singleResult().getId();
    timed(guarantee, JobGuaranteeProcess.Elements.TIMER_GUARANTEE_EXPIRES);
    String delivery = journey.escalationOf(
        journey.commitment(fretex, CommitmentKind.DELIVER_GUARANTEE_OFFER, 0));
    timed(delivery, CommitmentEscalationProcess.Elements.TASK_REMIND_OBLIGOR);
    timed(delivery, CommitmentEscalationProcess.Elements.TIMER_REMINDER_GRACE);
    assertThat(journey.participation(fretex).status()).isEqualTo(ParticipationStatus.ENDED);

    int jobs = durations.values().stream().mapToInt(List::size).sum();
    assertThat(jobs).isEqualTo(16);
    assertThat(durations).hasSize(10);
    durations.forEach((activity, ms) -> System.out.printf(
        "[RetryJobDurationsSpringTest] %-32s %s ms%n", activity, ms));
    Map.Entry<String, Double> slowest = durations.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), e.getValue().stream().mapToDouble(d -> d).max()
            .orElseThrow()))
        .max(Map.Entry.comparingByValue()).orElseThrow();
    double total = durations.values().stream().flatMap(List::stream).mapToDouble(d -> d).sum();
    System.out.printf("[RetryJobDurationsSpringTest] %d jobs of %d kinds on %s, %.1f ms in all; "
            + "slowest %s: %.1f ms%n", jobs, durations.size(), database(), total,
        slowest.getKey(), slowest.getValue());
  }

  /** Executes the job of {@code activityId} in the instance, timed; it must succeed. */
  private void timed(String processInstanceId, String activityId) {
    Job job = journey.job(processInstanceId, activityId);
    long start = System.nanoTime();
    managementService.executeJob(job.getId());
    double ms = (System.nanoTime() - start) / 1_000_000.0;
    assertThat(managementService.createJobQuery().jobId(job.getId()).count())
        .as("%s done", activityId).isZero();
    durations.computeIfAbsent(activityId, a -> new ArrayList<>())
        .add(Math.round(ms * 10) / 10.0);
  }

  private String database() {
    return engineConfiguration.getDatabaseType();
  }
}
