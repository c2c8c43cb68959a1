package no.placetrain.autoconfigure;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.Elements.*;
import static no.placetrain.testsupport.EngineJourney.KIWI;
import static no.placetrain.testsupport.EngineJourney.OSLO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentStatus;
import no.placetrain.engine.WorkerFailedException;
import no.placetrain.process.placeandtrain.PlaceAndTrainProcess;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import no.placetrain.testapp.TestApplication;
import no.placetrain.testsupport.EngineJourney;
import no.placetrain.testsupport.MutableClock;
import no.placetrain.testsupport.PartyDesks;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIncident;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A worker that fails in a timer job (the issue "Failing workers"): the checkpoint of a KIWI ×
 * NAV Drammen participation falls due and {@code openCommitmentWorker} fails opening its
 * HOLD_CHECKPOINT commitment. The fault is injected into the real {@link CommitmentService} (a
 * Mockito spy that throws, while a switch is on, a SQL error whose message and cause quote the
 * candidate's name and reference, as a database's "duplicate key" detail would); everything else
 * is the real engine, models and workers. The job is retried by the default cycle R3/PT1M
 * (retries 3 → 2 → 1 → 0, each due a minute after its failure by the engine's clock), then ONE
 * incident exists; neither it, the job's exception, the stored stack trace, the job log nor the
 * log output holds the name, the reference or the thrown message. Fixed and retried as Cockpit
 * does ({@code setJobRetries}), the job runs and the participation reaches its checkpoint.
 */
@SpringBootTest(classes = {TestApplication.class, MutableClock.Config.class})
@ExtendWith(OutputCaptureExtension.class)
class FailingWorkerSpringTest {

  private static final String MENTOR = "kiwimentor";
  private static final AtomicInteger CANDIDATES = new AtomicInteger();

  @MockitoSpyBean CommitmentService commitments;

  @Autowired ProcessEngine processEngine;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired ParticipationService participations;
  @Autowired MutableClock clock;

  /** Opening a commitment of this kind fails; none when {@code null}. */
  private final AtomicReference<CommitmentKind> broken = new AtomicReference<>();
  private EngineJourney journey;
  private String candidateRef;
  private String displayName;
  private String thrownMessage;

  @BeforeEach
  void aBrokenLedgerForCheckpointsOnly() {
    clock.reset();
    ClockUtil.reset();
    broken.set(null);
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    candidateRef = "REF-FAIL-" + CANDIDATES.incrementAndGet() + "-" + suffix;
    displayName = "Ragnhild Feilsen " + suffix;
    thrownMessage = "duplicate key value violates unique constraint \"pt_commitment_pk\"; "
        + "Detail: Key (candidate)=(" + displayName + ", " + candidateRef + ") already exists";
    journey = new EngineJourney(processEngine, participations, commitments, () -> candidateRef);
    journey.mentorExists(MENTOR);
    doAnswer(invocation -> {
      if (invocation.getArgument(1) == broken.get()) {
        throw new DataIntegrityViolationException(thrownMessage,
            new SQLException("ERROR: " + thrownMessage + " (" + displayName + ")", "23505"));
      }
      return invocation.callRealMethod();
    }).when(commitments).open(anyString(), any(), anyInt(), any());
  }

  @AfterEach
  void engineClockBack() {
    ClockUtil.reset();
  }

  @Test
  void aFailingTimerJobIsRetriedByTheCycleThenRaisesOneCleanIncidentAndRetryingContinues(
      CapturedOutput output) {
    String pi = practiceRunning();
    String participationId = journey.participationId(pi);
    Job timer = journey.job(pi, TIMER_CHECKPOINT_DUE);
    assertThat(timer.getRetries()).as("a new job").isEqualTo(3);
    int logFrom = output.getAll().length();

    broken.set(CommitmentKind.HOLD_CHECKPOINT);
    // the engine's clock on whole seconds: due dates are compared to the millisecond
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    int[] retriesSeen = new int[3];
    for (int attempt = 1; attempt <= 3; attempt++) {
      ClockUtil.setCurrentTime(Date.from(now));
      Throwable thrown = catchThrowable(() -> managementService.executeJob(timer.getId()));
      assertThat(thrown).as("attempt %d", attempt).isInstanceOf(WorkerFailedException.class);
      assertClean(thrown.getMessage(), "thrown exception");
      assertThat(thrown.getCause()).isNull();

      Job failed = managementService.createJobQuery().jobId(timer.getId()).singleResult();
      retriesSeen[attempt - 1] = failed.getRetries();
      assertThat(failed.getRetries()).as("retries after attempt %d", attempt)
          .isEqualTo(3 - attempt);
      assertThat(failed.getDuedate()).as("due a minute after attempt %d (R3/PT1M)", attempt)
          .isEqualTo(Date.from(now.plusSeconds(60)));
      assertThat(failed.getExceptionMessage())
          .isEqualTo("OpenCommitmentWorker failed for participation " + participationId + ": "
              + DataIntegrityViolationException.class.getName()
              + " (its message is left out: it may quote personal data)");
      long incidents = runtimeService.createIncidentQuery().processInstanceId(pi).count();
      System.out.printf("[FailingWorkerSpringTest] attempt %d: retries %d, due +%d s, "
              + "incidents %d%n", attempt, failed.getRetries(),
          (failed.getDuedate().getTime() - now.toEpochMilli()) / 1000, incidents);
      assertThat(incidents).as("incidents after attempt %d", attempt)
          .isEqualTo(attempt < 3 ? 0 : 1);
      now = now.plusSeconds(60); // the next retry runs when due
    }
    assertThat(retriesSeen).containsExactly(2, 1, 0);

    // exactly one incident, on the timer's activity, and nothing personal where Cockpit looks
    List<Incident> incidents = runtimeService.createIncidentQuery().processInstanceId(pi).list();
    assertThat(incidents).hasSize(1);
    Incident incident = incidents.get(0);
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getConfiguration()).isEqualTo(timer.getId());
    assertThat(incident.getActivityId()).isEqualTo(TIMER_CHECKPOINT_DUE);
    assertThat(incident.getIncidentMessage()).contains("OpenCommitmentWorker", participationId,
        DataIntegrityViolationException.class.getName());
    assertClean(incident.getIncidentMessage(), "incident message");
    String stacktrace = managementService.getJobExceptionStacktrace(timer.getId());
    assertClean(stacktrace, "stored stack trace");
    assertThat(stacktrace).as("Cockpit still shows where it failed")
        .contains(WorkerFailedException.class.getName())
        .contains("OpenCommitmentWorker.work")
        .doesNotContain("Caused by")
        .doesNotContain(SQLException.class.getName());
    long failureLogs = 0;
    if (engineConfiguration.getHistoryLevel().equals(HistoryLevel.HISTORY_LEVEL_FULL)) {
      List<HistoricJobLog> logs = historyService.createHistoricJobLogQuery()
          .jobId(timer.getId()).failureLog().list();
      failureLogs = logs.size();
      assertThat(logs).as("the job log of each failure").hasSize(3);
      for (HistoricJobLog log : logs) {
        assertClean(log.getJobExceptionMessage(), "job log message");
        assertClean(historyService.getHistoricJobLogExceptionStacktrace(log.getId()),
            "job log stack trace");
      }
      List<HistoricIncident> historic = historyService.createHistoricIncidentQuery()
          .processInstanceId(pi).list();
      assertThat(historic).hasSize(1);
      assertClean(historic.get(0).getIncidentMessage(), "historic incident message");
    }
    String log = output.getAll().substring(logFrom);
    assertClean(log, "log output");
    assertThat(log).as("the WARN line names the worker, the participation and the classes")
        .contains("OpenCommitmentWorker failed for participation " + participationId)
        .contains(DataIntegrityViolationException.class.getName() + " caused by "
            + SQLException.class.getName());
    System.out.printf("[FailingWorkerSpringTest] incidents %d, failure job logs %d (history %s), "
            + "stack trace %d chars, message: %s%n", incidents.size(), failureLogs,
        engineConfiguration.getHistoryLevel().getName(), stacktrace.length(),
        incident.getIncidentMessage());

    // a fourth attempt by hand (no retries left) fails again, and still one incident
    Throwable again = catchThrowable(() -> managementService.executeJob(timer.getId()));
    assertThat(again).isInstanceOf(WorkerFailedException.class);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi).count()).isEqualTo(1);

    // fixed; the operator retries as Cockpit does: retries back to 1, the incident resolved
    broken.set(null);
    managementService.setJobRetries(timer.getId(), 1);
    long openIncidents = runtimeService.createIncidentQuery().processInstanceId(pi).count();
    assertThat(openIncidents).as("setting retries resolves the incident").isZero();
    managementService.executeJob(timer.getId());

    assertThat(managementService.createJobQuery().jobId(timer.getId()).count())
        .as("the timer's job is done").isZero();
    assertThat(runtimeService.getActiveActivityIds(pi)).contains(TASK_HOLD_CHECKPOINT);
    assertThat(journey.openTask(pi, TASK_HOLD_CHECKPOINT)).isNotNull();
    assertThat(journey.job(pi, BOUNDARY_CHECKPOINT_OVERDUE)).isNotNull();
    assertThat(journey.commitment(pi, CommitmentKind.HOLD_CHECKPOINT, 1).status())
        .isEqualTo(CommitmentStatus.OPEN);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi).count()).isZero();
    if (engineConfiguration.getHistoryLevel().equals(HistoryLevel.HISTORY_LEVEL_FULL)) {
      assertThat(historyService.createHistoricIncidentQuery().processInstanceId(pi).resolved()
          .count()).isEqualTo(1);
    }
    System.out.printf("[FailingWorkerSpringTest] after the retry: active %s, open incidents %d, "
            + "desk tasks %d%n", runtimeService.getActiveActivityIds(pi), openIncidents,
        taskService.createTaskQuery()
            .processInstanceIdIn(PartyDesks.withDesks(runtimeService, pi)).count());
  }

  @Test
  void aFailureInAUsersCompletionReachesTheUserCleanAndRollsTheCompletionBack(
      CapturedOutput output) {
    String pi = refer();
    journey.screen(pi, EngineJourney.suitableCashier());
    journey.submit(pi, TASK_PRESENT_TO_EMPLOYER, Map.of("employerResponse", "INVITE"));
    journey.submit(pi, TASK_INTERVIEW, Map.of("interviewResult", "SELECTED"));
    String participationId = journey.participationId(pi);
    String draftTask = journey.openTask(pi, TASK_DRAFT_PRACTICE_AGREEMENT).getId();
    int logFrom = output.getAll().length();

    // the caseworker's draft runs Task_OpenMentorCommitment synchronously in the completion
    broken.set(CommitmentKind.ASSIGN_MENTOR);
    Throwable thrown = catchThrowable(() -> formService.submitTaskForm(draftTask, draft()));

    assertThat(thrown).isInstanceOf(WorkerFailedException.class);
    assertThat(thrown.getMessage()).isEqualTo("OpenCommitmentWorker failed for participation "
        + participationId + ": " + DataIntegrityViolationException.class.getName()
        + " (its message is left out: it may quote personal data)");
    assertClean(thrown.getMessage(), "the user's answer");
    assertThat(journey.openTask(pi, TASK_DRAFT_PRACTICE_AGREEMENT).getId())
        .as("rolled back: the draft task is still open").isEqualTo(draftTask);
    assertThat(commitments.find(participationId, CommitmentKind.ASSIGN_MENTOR, 0)).isEmpty();
    assertThat(managementService.createJobQuery().processInstanceId(pi).withException().count())
        .as("no job involved").isZero();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi).count()).isZero();
    assertClean(output.getAll().substring(logFrom), "log output");

    // fixed, the caseworker submits again
    broken.set(null);
    formService.submitTaskForm(draftTask, draft());
    assertThat(journey.openTask(pi, TASK_EMPLOYER_APPROVES)).isNotNull();
    assertThat(journey.commitment(pi, CommitmentKind.ASSIGN_MENTOR, 0).status())
        .isEqualTo(CommitmentStatus.OPEN);
    System.out.printf("[FailingWorkerSpringTest] completion: %s, draft task open after it: yes, "
            + "incidents 0; submitted again: %s%n", thrown.getClass().getSimpleName(),
        runtimeService.getActiveActivityIds(pi));
  }

  /** The test's candidate referred to KIWI through the referral form. */
  private String refer() {
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(PlaceAndTrainProcess.KEY).latestVersion().singleResult().getId();
    return formService.submitStartForm(definition, Variables.createVariables()
        .putValue("agreementId", KIWI)
        .putValue("candidateRef", candidateRef)
        .putValue("candidateDisplayName", displayName)).getId();
  }

  /** 3 months at KIWI Bragernes from a week ahead. */
  private static VariableMap draft() {
    return Variables.createVariables()
        .putValue("practiceStartDate", LocalDate.now(OSLO).plusDays(7).toString())
        .putValue("practiceMonths", 3L).putValue("workSite", "KIWI Bragernes");
  }

  /** A KIWI participation of the test's candidate, from referral to a running practice. */
  private String practiceRunning() {
    String pi = refer();
    journey.screen(pi, EngineJourney.suitableCashier());
    journey.submit(pi, TASK_PRESENT_TO_EMPLOYER, Map.of("employerResponse", "INVITE"));
    journey.submit(pi, TASK_INTERVIEW, Map.of("interviewResult", "SELECTED"));
    journey.submit(pi, TASK_DRAFT_PRACTICE_AGREEMENT, draft());
    return journey.practiceApproved(pi, MENTOR);
  }

  /** Neither the candidate's reference, nor the name, nor the thrown message text. */
  private void assertClean(String text, String where) {
    assertThat(text).as(where).isNotNull()
        .doesNotContain(candidateRef)
        .doesNotContain(displayName)
        .doesNotContain("Ragnhild")
        .doesNotContain("duplicate key")
        .doesNotContain("already exists");
  }
}
