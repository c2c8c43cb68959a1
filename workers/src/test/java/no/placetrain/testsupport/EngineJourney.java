package no.placetrain.testsupport;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.function.Supplier;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.process.commitment.CommitmentEscalationProcess;
import no.placetrain.process.placeandtrain.PlaceAndTrainProcess;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Drives participations through the real engine of a Spring test as Tasklist would: refers a
 * candidate with the start form, submits user tasks' forms, fires jobs by activity id (the job
 * executor is off) and looks up what the participation left in the ledger. Build one per test
 * from the engine and the services the test autowires.
 */
public final class EngineJourney {

  public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  /** KIWI × NAV Drammen of the test catalogue: every commitment but the guarantee's. */
  public static final String KIWI = "kiwi-nav-drammen";

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final FormService formService;
  private final ManagementService managementService;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final ParticipationService participations;
  private final CommitmentService commitments;
  private final Supplier<String> candidateRefs;

  /**
   * @param candidateRefs the pseudonymous candidate number of each referral: unique across the
   *     tests sharing the Spring context (and so the database)
   */
  public EngineJourney(ProcessEngine engine, ParticipationService participations,
      CommitmentService commitments, Supplier<String> candidateRefs) {
    this.repositoryService = engine.getRepositoryService();
    this.runtimeService = engine.getRuntimeService();
    this.taskService = engine.getTaskService();
    this.formService = engine.getFormService();
    this.managementService = engine.getManagementService();
    this.historyService = engine.getHistoryService();
    this.identityService = engine.getIdentityService();
    this.participations = participations;
    this.commitments = commitments;
    this.candidateRefs = candidateRefs;
  }

  /** KIWI's mentors (docs/access.md): the group a KIWI employer names a mentor from. */
  public static final String KIWI_MENTORS = "employer-kiwi-mentor";

  /** The user {@code userId} exists and is a mentor of KIWI ({@value #KIWI_MENTORS}). */
  public void mentorExists(String userId) {
    memberExists(userId, KIWI_MENTORS);
  }

  /** The user {@code userId} exists and is a member of the group {@code groupId}. */
  public void memberExists(String userId, String groupId) {
    if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
      identityService.saveGroup(identityService.newGroup(groupId));
    }
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      identityService.saveUser(identityService.newUser(userId));
    }
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }

  // ---- the journey ------------------------------------------------------------------------

  /** Submits the referral form of {@code place-and-train}: the next candidate, "Testkandidat". */
  public String refer(String agreementId) {
    return refer(agreementId, null);
  }

  /**
   * Refers a new candidate through the referral form, from the NAV office {@code officeId}
   * (left out when {@code null}: an agreement of one office).
   */
  public String refer(String agreementId, String officeId) {
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(PlaceAndTrainProcess.KEY).latestVersion().singleResult().getId();
    VariableMap values = Variables.createVariables()
        .putValue("agreementId", agreementId)
        .putValue("candidateRef", candidateRefs.get())
        .putValue("candidateDisplayName", "Testkandidat");
    if (officeId != null) {
      values.putValue("navOfficeId", officeId);
    }
    return formService.submitStartForm(definition, values).getId();
  }

  /** The screening form's values; add {@code notSuitableReason} when it is NOT_SUITABLE. */
  public static VariableMap screening(String skills, String interests, String languages,
      String motivation, String outcome) {
    return Variables.createVariables()
        .putValue("candidateSkills", skills).putValue("candidateInterests", interests)
        .putValue("candidateLanguages", languages).putValue("candidateMotivation", motivation)
        .putValue("screeningOutcome", outcome);
  }

  /** A KIWI candidate found SUITABLE: kasse, kundeservice, norsk, "fast jobb". */
  public static VariableMap suitableCashier() {
    return screening("kasse", "kundeservice", "norsk", "fast jobb", "SUITABLE");
  }

  /** Submits the screening task with {@code values} ({@link #screening}). */
  public void screen(String pi, VariableMap values) {
    submit(pi, TASK_SCREEN_CANDIDATE, values);
  }

  /**
   * A KIWI participation from referral to the drafted practice agreement (3 months at KIWI
   * Bragernes, starting on {@code start}): screened with {@code screening}, invited by the
   * employer, selected at the interview. Next: {@link #practiceApproved}.
   */
  public String practiceDrafted(VariableMap screening, LocalDate start) {
    String pi = refer(KIWI);
    screen(pi, screening);
    submit(pi, TASK_PRESENT_TO_EMPLOYER, Map.of("employerResponse", "INVITE"));
    submit(pi, TASK_INTERVIEW, Map.of("interviewResult", "SELECTED"));
    submit(pi, TASK_DRAFT_PRACTICE_AGREEMENT, Variables.createVariables()
        .putValue("practiceStartDate", start.toString()).putValue("practiceMonths", 3L)
        .putValue("workSite", "KIWI Bragernes"));
    return pi;
  }

  /** The employer approves the drafted practice, naming {@code mentor}; then the KAM approves. */
  public String practiceApproved(String pi, String mentor) {
    submit(pi, TASK_EMPLOYER_APPROVES, Map.of("employerApproval", "APPROVE", "mentorId", mentor));
    submit(pi, TASK_KAM_APPROVES, Map.of("kamApproval", "APPROVE"));
    return pi;
  }

  /** A KIWI participation from referral to a running practice starting on {@code start}. */
  public String practiceRunning(VariableMap screening, LocalDate start, String mentor) {
    return practiceApproved(practiceDrafted(screening, start), mentor);
  }

  // ---- tasks and jobs ---------------------------------------------------------------------

  /** Submits the form of the open task {@code taskKey} of the instance; it must be open. */
  public void submit(String processInstanceId, String taskKey, Map<String, Object> values) {
    formService.submitTaskForm(openTask(processInstanceId, taskKey).getId(), values);
  }

  /**
   * The open task {@code taskKey} of the participation's instance, or of the {@code party-desk}
   * it runs for an employer's task (same id as the call activity); it must be open.
   */
  public Task openTask(String processInstanceId, String taskKey) {
    Task task = taskService.createTaskQuery()
        .processInstanceIdIn(PartyDesks.withDesks(runtimeService, processInstanceId))
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    return task;
  }

  /** The job of {@code activityId} in the instance; it must exist. */
  public Job job(String processInstanceId, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(processInstanceId)
        .activityId(activityId).singleResult();
    assertThat(job).as("job of %s", activityId).isNotNull();
    return job;
  }

  /** Executes the job of {@code activityId} (a timer, an asynchronous continuation) now. */
  public void fire(String processInstanceId, String activityId) {
    managementService.executeJob(job(processInstanceId, activityId).getId());
  }

  // ---- what the participation left --------------------------------------------------------

  /** A variable of the instance, from history (also once the instance has ended); it must exist. */
  public Object history(String processInstanceId, String name) {
    HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(name).singleResult();
    assertThat(variable).as("variable %s", name).isNotNull();
    return variable.getValue();
  }

  public String participationId(String pi) {
    return (String) history(pi, "participationId");
  }

  public Participation participation(String pi) {
    return participations.get(participationId(pi));
  }

  /** The commitment {@code kind}#{@code sequence} of the participation; it must be opened. */
  public Commitment commitment(String pi, CommitmentKind kind, int sequence) {
    return commitments.find(participationId(pi), kind, sequence)
        .orElseThrow(() -> new AssertionError(kind + " was not opened"));
  }

  /** The running escalation of {@code commitment} (its business key is the commitment's id). */
  public String escalationOf(Commitment commitment) {
    var escalation = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(CommitmentEscalationProcess.KEY)
        .processInstanceBusinessKey(commitment.id()).singleResult();
    assertThat(escalation).as("escalation of %s", commitment.kind()).isNotNull();
    return escalation.getId();
  }

  /** Midnight at the start of {@code day} in Oslo, as the engine's date variables hold it. */
  public static Date midnight(LocalDate day) {
    return Date.from(day.atStartOfDay(OSLO).toInstant());
  }

  /**
   * In a running practice: the first checkpoint falls due, is not held within its deadline (the
   * clock moves 8 days on), and its escalation reminds the KAM and waits out the grace: the
   * escalation's first follow-up task is open.
   *
   * @return the escalation's process instance id
   */
  public String firstCheckpointEscalated(String pi, MutableClock clock) {
    fire(pi, PlaceAndTrainProcess.Elements.TIMER_CHECKPOINT_DUE);
    Commitment checkpoint = commitment(pi, CommitmentKind.HOLD_CHECKPOINT, 1);
    clock.advance(java.time.Duration.ofDays(8));
    fire(pi, PlaceAndTrainProcess.Elements.BOUNDARY_CHECKPOINT_OVERDUE);
    String escalation = escalationOf(checkpoint);
    fire(escalation, CommitmentEscalationProcess.Elements.TASK_REMIND_OBLIGOR);
    fire(escalation, CommitmentEscalationProcess.Elements.TIMER_REMINDER_GRACE);
    return escalation;
  }
}
