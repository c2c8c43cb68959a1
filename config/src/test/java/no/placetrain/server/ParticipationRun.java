package no.placetrain.server;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import no.placetrain.domain.agreement.PartyGroups;
import no.placetrain.process.jobguarantee.JobGuaranteeProcess;
import no.placetrain.process.placeandtrain.PlaceAndTrainProcess;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * One participation driven through the engine's Java API the way Tasklist drives it: every task
 * is completed through {@link FormService#submitTaskForm} (so the server's form rules and
 * completion checks run), by a demo user of the participation's own party for the task (a member
 * of its candidate group, docs/access.md, authenticated for the call with the user's groups), and
 * only the jobs a step needs are executed, by activity id (the job executor is off). Steps read
 * as the programme runs: {@code refer(...).screen().present().select(TASK_INTERVIEW)
 * .draft(3).employerApproves().kamApproves().checkpoint(KAM).decisionWindowOpens().offer(...)}.
 */
final class ParticipationRun {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  /**
   * The parties a step is done by, each the process variable holding its group: the users are
   * the demo users of the participation's own office and agreement (DemoPartyUsers), except the
   * mentor, who is the user the employer named ({@code mentorId}).
   */
  static final String CASEWORKER = "caseworkerGroup";
  static final String EMPLOYER = "employerGroup";
  static final String KAM = "kamGroup";
  static final String MENTOR = "mentorGroup";
  static final String BROKER = "brokerGroup";

  /**
   * The engine's services and a REST client for our own API (a user who reads every participation:
   * the regional coordinator).
   */
  record Engine(RepositoryService repository, RuntimeService runtime, TaskService tasks,
      FormService forms, ManagementService management, HistoryService history,
      IdentityService identity, RestClient api) {}

  private final Engine engine;
  final String processInstanceId;
  final String participationId;
  /** The caseworker who referred the candidate. */
  final String referredBy;
  /**
   * First day of the practice the caseworker drafts: three weeks ahead, so every mentor deadline
   * lies ahead; a redraft may move it ({@link #draft(int, LocalDate)}).
   */
  LocalDate practiceStart = LocalDate.now(OSLO).plusDays(21);

  private ParticipationRun(Engine engine, String processInstanceId, String referredBy) {
    this.engine = engine;
    this.processInstanceId = processInstanceId;
    this.referredBy = referredBy;
    this.participationId = engine.runtime().createProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult().getBusinessKey();
  }

  /** The caseworker refers a new candidate to {@code agreementId} with the referral start form. */
  static ParticipationRun refer(Engine engine, String agreementId, String displayName) {
    return refer(engine, agreementId, null, displayName);
  }

  /**
   * The caseworker of the NAV office {@code officeId} refers a new candidate to
   * {@code agreementId} with the referral start form ({@code officeId} left out when
   * {@code null}: an agreement of one office).
   */
  static ParticipationRun refer(
      Engine engine, String agreementId, String officeId, String displayName) {
    String definition = engine.repository().createProcessDefinitionQuery()
        .processDefinitionKey(PlaceAndTrainProcess.KEY).latestVersion().singleResult().getId();
    String candidateRef = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    var values = Variables.createVariables()
        .putValue("agreementId", agreementId)
        .putValue("candidateRef", candidateRef)
        .putValue("candidateDisplayName", displayName);
    if (officeId != null) {
      values.putValue("navOfficeId", officeId);
    }
    // a caseworker of the referring office (the agreement's only one when none is named)
    String office = officeId != null ? officeId : engine.api().get("/api/agreements/" + agreementId)
        .expect(200).json().get("offices").get(0).get("id").asText();
    String caseworker = memberOf(engine, PartyGroups.caseworkersOf(office));
    ProcessInstance instance = as(engine, caseworker,
        () -> engine.forms().submitStartForm(definition, values));
    return new ParticipationRun(engine, instance.getId(), caseworker);
  }

  // ---- the steps --------------------------------------------------------------------------

  ParticipationRun screen() {
    return complete(TASK_SCREEN_CANDIDATE, CASEWORKER, Variables.createVariables()
        .putValue("candidateSkills", "Kundeservice, logistikk")
        .putValue("candidateInterests", "Faget og arbeidsplassen")
        .putValue("candidateLanguages", "Norsk, engelsk, arabisk")
        .putValue("candidateMotivation", "Vil ha fast jobb")
        .putValue("screeningOutcome", "SUITABLE"));
  }

  ParticipationRun present() {
    return complete(TASK_PRESENT_TO_EMPLOYER, EMPLOYER, Map.of("employerResponse", "INVITE"));
  }

  /** The employer selects the candidate in {@code selectionTask}, the only task then open. */
  ParticipationRun select(String selectionTask) {
    assertThat(openTasks()).as("the programme's selection").containsExactly(selectionTask);
    return complete(selectionTask, EMPLOYER, Map.of("interviewResult", "SELECTED"));
  }

  ParticipationRun draft(int months) {
    return complete(TASK_DRAFT_PRACTICE_AGREEMENT, CASEWORKER, draftValues(months));
  }

  /** A (re)draft of {@code months} starting on {@code start}, which becomes the practice start. */
  ParticipationRun draft(int months, LocalDate start) {
    practiceStart = start;
    return draft(months);
  }

  /** A draft of {@code months} is refused; the draft task stays open. */
  FormFieldValidationException draftRefused(int months) {
    return refused(TASK_DRAFT_PRACTICE_AGREEMENT, CASEWORKER, draftValues(months));
  }

  private VariableMap draftValues(int months) {
    return Variables.createVariables()
        .putValue("practiceStartDate", practiceStart.toString())
        .putValue("practiceMonths", (long) months)
        .putValue("workSite", "Avdeling sentrum");
  }

  /** The employer approves, naming a mentor of its own ({@code mentorGroup}). */
  ParticipationRun employerApproves() {
    return complete(TASK_EMPLOYER_APPROVES, EMPLOYER, Map.of("employerApproval", "APPROVE",
        "mentorId", memberOf(engine, (String) variable(MENTOR))));
  }

  /** The employer sends the draft back to the caseworker. */
  ParticipationRun employerSendsBack() {
    return complete(TASK_EMPLOYER_APPROVES, EMPLOYER, Map.of("employerApproval", "REJECT"));
  }

  ParticipationRun brokerApproves() {
    return complete(TASK_BROKER_APPROVES, BROKER, Map.of("brokerApproval", "APPROVE"));
  }

  ParticipationRun kamApproves() {
    return complete(TASK_KAM_APPROVES, KAM, Map.of("kamApproval", "APPROVE"));
  }

  /** The next checkpoint falls due and {@code by} (the KAM or the mentor) holds it: completed, no risk. */
  ParticipationRun checkpoint(String by) {
    return checkpoint(by, "COMPLETED", false, false);
  }

  ParticipationRun checkpoint(String by, String result, boolean risk, boolean personalMatters) {
    fire(TIMER_CHECKPOINT_DUE);
    complete(TASK_HOLD_CHECKPOINT, by, Variables.createVariables()
        .putValue("checkpointResult", result)
        .putValue("checkpointRisk", risk)
        .putValue("personalMattersOpen", personalMatters));
    fire(TASK_RECORD_CHECKPOINT); // asynchronous after recording: back to the next checkpoint
    return this;
  }

  /** The next checkpoint falls due; nobody has held it yet. */
  ParticipationRun checkpointDue() {
    fire(TIMER_CHECKPOINT_DUE);
    return this;
  }

  /** NAV confirms that the flagged personal matters are followed up. */
  ParticipationRun followUpPersonalMatters() {
    return complete(TASK_FOLLOW_UP_PERSONAL_MATTERS, CASEWORKER,
        Map.of("personalMattersResolved", true));
  }

  /**
   * The employer's decision window opens (the practice ends soon). The timer is fired early, so
   * this checks that it would have fired on its own before the decision is due, and that the
   * decision task is there, created before {@code decisionDue}.
   */
  ParticipationRun decisionWindowOpens() {
    Date opens = jobDue(TIMER_DECISION_WINDOW_OPENS);
    assertThat(opens).as("the timer reads decisionWindowOpens")
        .isEqualTo(variable("decisionWindowOpens"));
    fire(TIMER_DECISION_WINDOW_OPENS);
    Task decision = openTask(processInstanceId, TASK_DECIDE_END_OF_PRACTICE);
    Date due = (Date) variable("decisionDue");
    assertThat(opens).as("the decision window opens before the decision is due").isBefore(due);
    assertThat(decision.getCreateTime()).as("the decision task exists before it is due")
        .isBefore(due);
    return this;
  }

  /** When the job at {@code activityId} of this participation's instance is due. */
  Date jobDue(String activityId) {
    Job job = engine.management().createJobQuery().processInstanceId(processInstanceId)
        .activityId(activityId).singleResult();
    assertThat(job).as("job at %s", activityId).isNotNull();
    return new Date(job.getDuedate().getTime());
  }

  ParticipationRun offer(String contractType, double weeklyHours) {
    return complete(TASK_DECIDE_END_OF_PRACTICE, EMPLOYER, Variables.createVariables()
        .putValue("practiceDecision", "OFFER")
        .putValue("contractType", contractType)
        .putValue("weeklyHours", weeklyHours));
  }

  ParticipationRun extend(int months) {
    return complete(TASK_DECIDE_END_OF_PRACTICE, EMPLOYER, extension(months));
  }

  /** An extension by {@code months} is refused; the decision task stays open. */
  FormFieldValidationException extensionRefused(int months) {
    return refused(TASK_DECIDE_END_OF_PRACTICE, EMPLOYER, extension(months));
  }

  private static VariableMap extension(int months) {
    return Variables.createVariables()
        .putValue("practiceDecision", "EXTEND").putValue("extensionMonths", (long) months);
  }

  ParticipationRun noOffer() {
    return complete(TASK_DECIDE_END_OF_PRACTICE, EMPLOYER, Map.of("practiceDecision", "NO_OFFER"));
  }

  /** The candidate drops out (NAV reports it with the dropout message). */
  ParticipationRun dropout(String reason) {
    engine.runtime().createMessageCorrelation(PlaceAndTrainProcess.MESSAGE_DROPOUT)
        .processInstanceBusinessKey(participationId)
        .setVariable("dropoutReason", reason)
        .correlate();
    return this;
  }

  /** The asynchronous call of {@code job-guarantee} runs; returns its instance id. */
  String guaranteeStarts() {
    fire(CALL_JOB_GUARANTEE);
    ProcessInstance guarantee = engine.runtime().createProcessInstanceQuery()
        .superProcessInstanceId(processInstanceId).processDefinitionKey("job-guarantee").singleResult();
    assertThat(guarantee).as("job-guarantee called").isNotNull();
    return guarantee.getId();
  }

  /** The broker records a job offer in the running guarantee. */
  ParticipationRun guaranteeOffer(String guarantee, String employer, String relevance,
      String contractType) {
    Task task = openTask(guarantee, JobGuaranteeProcess.Elements.TASK_RECORD_GUARANTEE_OFFER);
    submit(task, BROKER, Variables.createVariables()
        .putValue("offerEmployer", employer)
        .putValue("offerRelevance", relevance)
        .putValue("offerContractType", contractType));
    return this;
  }

  // ---- what the engine and the ledger see ----------------------------------------------------

  /** Task definition keys of the open tasks of this participation's instance. */
  Set<String> openTasks() {
    return engine.tasks().createTaskQuery().processInstanceIdIn(withDesks(processInstanceId)).list().stream()
        .map(Task::getTaskDefinitionKey).collect(Collectors.toCollection(TreeSet::new));
  }

  /** A process-instance variable, running or ended (from history). */
  Object variable(String name) {
    return variable(processInstanceId, name);
  }

  Object variable(String instanceId, String name) {
    List<HistoricVariableInstance> found = engine.history().createHistoricVariableInstanceQuery()
        .processInstanceId(instanceId).variableName(name).list().stream()
        .filter(v -> instanceId.equals(v.getExecutionId())).toList();
    assertThat(found).as("variable %s", name).hasSize(1);
    return found.get(0).getValue();
  }

  boolean hasEnded() {
    return engine.runtime().createProcessInstanceQuery().processInstanceId(processInstanceId)
        .count() == 0;
  }

  /** Whether the instance passed through {@code activityId}. */
  boolean passed(String instanceId, String activityId) {
    return engine.history().createHistoricActivityInstanceQuery().processInstanceId(instanceId)
        .activityId(activityId).count() > 0;
  }

  boolean passed(String activityId) {
    return passed(processInstanceId, activityId);
  }

  /** How many {@code job-guarantee} instances this participation called. */
  long guaranteesCalled() {
    return engine.history().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(processInstanceId).processDefinitionKey("job-guarantee").count();
  }

  /** The participation as our API answers {@code GET /api/participations/{id}}. */
  JsonNode ledger() {
    return engine.api().get("/api/participations/" + participationId).expect(200).json();
  }

  /**
   * The ledger's commitments by kind ({@code HOLD_CHECKPOINT#n} per checkpoint,
   * {@code DECIDE_END_OF_PRACTICE#n} per decision round, {@code RESOLVE_PERSONAL_MATTERS#n} per
   * follow-up) → status.
   */
  Map<String, String> commitmentStatuses() {
    Map<String, String> statuses = new TreeMap<>();
    for (JsonNode c : ledger().get("commitments")) {
      statuses.put(key(c), c.get("status").asText());
    }
    return statuses;
  }

  /** One commitment of the ledger ({@code KIND} or, for the repeatable kinds, {@code KIND#n}). */
  JsonNode commitment(String key) {
    Map<String, JsonNode> byKey = new LinkedHashMap<>();
    for (JsonNode c : ledger().get("commitments")) {
      byKey.put(key(c), c);
    }
    assertThat(byKey).as("commitments").containsKey(key);
    return byKey.get(key);
  }

  /** Repeatable kinds carry their sequence (checkpoint number, decision or follow-up round). */
  private static final Set<String> SEQUENCED =
      Set.of("HOLD_CHECKPOINT", "DECIDE_END_OF_PRACTICE", "RESOLVE_PERSONAL_MATTERS");

  private static String key(JsonNode commitment) {
    String kind = commitment.get("kind").asText();
    return SEQUENCED.contains(kind) ? kind + "#" + commitment.get("sequence").asInt() : kind;
  }

  /** The start of {@code day} in Oslo, as the engine stores practice dates. */
  static Date midnight(LocalDate day) {
    return Date.from(day.atStartOfDay(OSLO).toInstant());
  }

  // ---- mechanics --------------------------------------------------------------------------

  private ParticipationRun complete(String taskKey, String party, Map<String, Object> values) {
    submit(openTask(processInstanceId, taskKey), party, values);
    return this;
  }

  private FormFieldValidationException refused(String taskKey, String party,
      Map<String, Object> values) {
    Task task = openTask(processInstanceId, taskKey);
    Throwable thrown = catchThrowable(() -> submit(task, party, values));
    assertThat(thrown).as("%s refused", taskKey).isInstanceOf(FormFieldValidationException.class);
    FormFieldValidationException refusal = (FormFieldValidationException) thrown;
    assertThat(engine.tasks().createTaskQuery().taskId(task.getId()).count())
        .as("%s stays open", taskKey).isEqualTo(1);
    return refusal;
  }

  private Task openTask(String instanceId, String taskKey) {
    Task task = engine.tasks().createTaskQuery().processInstanceIdIn(withDesks(instanceId))
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s (open: %s)", taskKey, openTasks()).isNotNull();
    return task;
  }

  /** The instance and its running party-desks (where the tasks of the parties outside NAV are). */
  private String[] withDesks(String instanceId) {
    List<String> ids = new ArrayList<>(List.of(instanceId));
    engine.runtime().createProcessInstanceQuery().superProcessInstanceId(instanceId)
        .processDefinitionKey("party-desk").list().forEach(desk -> ids.add(desk.getId()));
    return ids.toArray(String[]::new);
  }

  /**
   * Submits the task's form as a user of {@code party} (see {@link #userOf}), who must be a
   * candidate of the task (through a group or by name).
   */
  private void submit(Task task, String party, Map<String, Object> values) {
    String user = userOf(party);
    List<String> groups = groupsOf(engine, user);
    List<IdentityLink> candidates = engine.tasks().getIdentityLinksForTask(task.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).toList();
    assertThat(candidates)
        .as("%s (%s) may work on %s", user, groups, task.getTaskDefinitionKey())
        .anyMatch(l -> groups.contains(l.getGroupId()) || user.equals(l.getUserId()));
    as(engine, user, () -> {
      engine.forms().submitTaskForm(task.getId(), values);
      return null;
    });
  }

  /**
   * The user who acts for {@code party} in the participation (also in its job guarantee): the
   * mentor the employer named, or a demo user of the party's group, which the participation's
   * instance holds.
   */
  private String userOf(String party) {
    if (MENTOR.equals(party)) {
      return (String) variable("mentorId");
    }
    return memberOf(engine, (String) variable(party));
  }

  /** A user of {@code groupId} (the first by id): there must be one. */
  private static String memberOf(Engine engine, String groupId) {
    List<User> members = engine.identity().createUserQuery().memberOfGroup(groupId)
        .orderByUserId().asc().listPage(0, 1);
    assertThat(members).as("a demo user of %s", groupId).isNotEmpty();
    return members.get(0).getId();
  }

  private static List<String> groupsOf(Engine engine, String user) {
    return engine.identity().createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).toList();
  }

  private void fire(String activityId) {
    fire(processInstanceId, activityId);
  }

  private void fire(String instanceId, String activityId) {
    Job job = engine.management().createJobQuery().processInstanceId(instanceId)
        .activityId(activityId).singleResult();
    assertThat(job).as("job at %s", activityId).isNotNull();
    engine.management().executeJob(job.getId());
  }

  private static <T> T as(Engine engine, String user, java.util.function.Supplier<T> action) {
    engine.identity().setAuthentication(user, groupsOf(engine, user));
    try {
      return action.get();
    } finally {
      engine.identity().clearAuthentication();
    }
  }
}
