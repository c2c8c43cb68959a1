package no.placetrain.privacy;

import static no.placetrain.privacy.ErasureReport.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.process.commitment.CommitmentEscalationProcess;
import no.placetrain.process.placeandtrain.PlaceAndTrainProcess;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.query.Query;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's rows about one participation: finds its process instances and deletes them,
 * running and historic, through the engine's public API (so the engine's own cascades apply:
 * variables and their byte arrays, tasks, identity links, jobs, incidents, event subscriptions,
 * the instance's authorizations). Each call is one engine command that joins the caller's
 * transaction.
 */
final class EngineRecords {

  /** The variable every instance of a participation carries (place-and-train, escalations). */
  private static final String PARTICIPATION_ID = "participationId";
  /** Rows per query page (below any sensible {@code queryMaxResultsLimit}). */
  private static final int PAGE = 100;

  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;
  private final AuthorizationService authorizations;

  EngineRecords(ProcessEngineServices engine) {
    this.runtime = engine.getRuntimeService();
    this.history = engine.getHistoryService();
    this.tasks = engine.getTaskService();
    this.authorizations = engine.getAuthorizationService();
  }

  /**
   * The process instances of the participation, running or ended, each before the instances it
   * called: its {@code place-and-train} instance (the stored id and the business key =
   * participation id), the {@code commitment-escalation} instances of its commitments (business
   * key = commitment id), every instance carrying its id as {@code participationId}, and every
   * instance called from any of them ({@code job-guarantee}), to any depth.
   */
  Set<String> instancesOf(Participation participation, Collection<Commitment> ledger) {
    Set<String> found = new LinkedHashSet<>();
    if (participation.processInstanceId() != null) {
      found.add(participation.processInstanceId());
    }
    byBusinessKey(PlaceAndTrainProcess.KEY, participation.id(), found::add);
    for (Commitment commitment : ledger) {
      byBusinessKey(CommitmentEscalationProcess.KEY, commitment.id(), found::add);
    }
    all(runtime.createProcessInstanceQuery()
        .variableValueEquals(PARTICIPATION_ID, participation.id()))
        .forEach(instance -> found.add(instance.getId()));
    all(history.createHistoricProcessInstanceQuery()
        .variableValueEquals(PARTICIPATION_ID, participation.id()))
        .forEach(instance -> found.add(instance.getId()));

    Set<String> tree = new LinkedHashSet<>();
    Deque<String> next = new ArrayDeque<>(found);
    while (!next.isEmpty()) {
      String id = next.removeFirst();
      if (!tree.add(id)) {
        continue;
      }
      all(runtime.createProcessInstanceQuery().superProcessInstanceId(id))
          .forEach(child -> next.addLast(child.getId()));
      all(history.createHistoricProcessInstanceQuery().superProcessInstanceId(id))
          .forEach(child -> next.addLast(child.getId()));
    }
    return tree;
  }

  private void byBusinessKey(String processKey, String businessKey, Consumer<String> found) {
    all(runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey))
        .forEach(instance -> found.accept(instance.getId()));
    all(history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey))
        .forEach(instance -> found.accept(instance.getId()));
  }

  /**
   * Deletes the instances and everything the engine keeps about them, adding to {@code counts}:
   * the running ones first (callers before the instances they called; {@code reason} in their
   * history, which goes next), skipping the models' listeners and input/output mappings (the
   * instance is abandoned, not finished: nothing of the model runs for a person being erased);
   * then their history (decisions, process instances with activities, tasks, identity links,
   * variables, details, comments, attachments, incidents, job and external task logs); then the
   * user operation log entries about them (also those the deletions just wrote) and any
   * authorization left on them or their tasks.
   */
  void erase(Set<String> instanceIds, String reason, Map<String, Long> counts) {
    if (instanceIds.isEmpty()) {
      return;
    }
    List<String> ids = new ArrayList<>(instanceIds);
    Set<String> taskIds = new LinkedHashSet<>();
    all(tasks.createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new))).stream()
        .map(Task::getId).forEach(taskIds::add);

    List<ProcessInstance> running = all(runtime.createProcessInstanceQuery()
        .processInstanceIds(instanceIds));
    add(counts, PROCESS_INSTANCES, running.size());
    for (String id : ids) { // in order: an instance before those it called
      runtime.deleteProcessInstanceIfExists(id, reason, true, true, true, false);
    }

    List<String> historic = all(history.createHistoricProcessInstanceQuery()
        .processInstanceIds(instanceIds)).stream()
        .map(HistoricProcessInstance::getId).toList();
    List<String> decisions = new ArrayList<>();
    // a comment or attachment may name a task of one instance (a party-desk's) and the
    // participation's instance: counted once
    Set<String> comments = new HashSet<>();
    Set<String> attachments = new HashSet<>();
    for (String id : historic) {
      List<String> historicTasks = all(history.createHistoricTaskInstanceQuery()
          .processInstanceId(id)).stream().map(HistoricTaskInstance::getId).toList();
      taskIds.addAll(historicTasks);
      add(counts, HISTORIC_TASK_INSTANCES, historicTasks.size());
      add(counts, HISTORIC_ACTIVITY_INSTANCES,
          history.createHistoricActivityInstanceQuery().processInstanceId(id).count());
      add(counts, HISTORIC_VARIABLE_INSTANCES, history.createHistoricVariableInstanceQuery()
          .processInstanceId(id).includeDeleted().count());
      add(counts, HISTORIC_DETAILS,
          history.createHistoricDetailQuery().processInstanceId(id).count());
      add(counts, HISTORIC_INCIDENTS,
          history.createHistoricIncidentQuery().processInstanceId(id).count());
      add(counts, HISTORIC_JOB_LOGS,
          history.createHistoricJobLogQuery().processInstanceId(id).count());
      add(counts, HISTORIC_EXTERNAL_TASK_LOGS,
          history.createHistoricExternalTaskLogQuery().processInstanceId(id).count());
      all(history.createHistoricDecisionInstanceQuery().processInstanceId(id)).stream()
          .map(HistoricDecisionInstance::getId).forEach(decisions::add);
      tasks.getProcessInstanceComments(id).stream().map(Comment::getId).forEach(comments::add);
      tasks.getProcessInstanceAttachments(id).stream().map(Attachment::getId)
          .forEach(attachments::add);
      for (String taskId : historicTasks) {
        add(counts, HISTORIC_IDENTITY_LINKS,
            history.createHistoricIdentityLinkLogQuery().taskId(taskId).count());
        tasks.getTaskComments(taskId).stream().map(Comment::getId).forEach(comments::add);
        tasks.getTaskAttachments(taskId).stream().map(Attachment::getId)
            .forEach(attachments::add);
      }
    }
    add(counts, COMMENTS, comments.size());
    add(counts, ATTACHMENTS, attachments.size());
    if (!decisions.isEmpty()) {
      history.deleteHistoricDecisionInstancesBulk(decisions);
    }
    add(counts, HISTORIC_DECISION_INSTANCES, decisions.size());
    if (!historic.isEmpty()) {
      history.deleteHistoricProcessInstancesIfExists(historic);
    }
    add(counts, HISTORIC_PROCESS_INSTANCES, historic.size());

    Set<String> entries = new LinkedHashSet<>();
    for (String id : ids) {
      all(history.createUserOperationLogQuery().processInstanceId(id)).stream()
          .map(UserOperationLogEntry::getId).forEach(entries::add);
    }
    for (String taskId : taskIds) {
      all(history.createUserOperationLogQuery().taskId(taskId)).stream()
          .map(UserOperationLogEntry::getId).forEach(entries::add);
    }
    entries.forEach(history::deleteUserOperationLogEntry);
    add(counts, USER_OPERATION_LOG_ENTRIES, entries.size());

    long leftOver = 0;
    for (String id : ids) {
      leftOver += deleteAuthorizations(Resources.PROCESS_INSTANCE, id)
          + deleteAuthorizations(Resources.HISTORIC_PROCESS_INSTANCE, id);
    }
    for (String taskId : taskIds) {
      leftOver += deleteAuthorizations(Resources.TASK, taskId)
          + deleteAuthorizations(Resources.HISTORIC_TASK, taskId);
    }
    add(counts, AUTHORIZATIONS, leftOver);
  }

  private int deleteAuthorizations(Resource resource, String resourceId) {
    List<Authorization> found = all(authorizations.createAuthorizationQuery()
        .resourceType(resource).resourceId(resourceId));
    found.forEach(authorization -> authorizations.deleteAuthorization(authorization.getId()));
    return found.size();
  }

  /**
   * Every result of {@code query}, a page at a time: a host may refuse unbounded queries of an
   * authenticated user ({@code queryMaxResultsLimit}, e.g. 1000 on the server).
   */
  private static <T> List<T> all(Query<?, T> query) {
    List<T> all = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<T> page = query.listPage(first, PAGE);
      all.addAll(page);
      if (page.size() < PAGE) {
        return all;
      }
    }
  }

  static void add(Map<String, Long> counts, String kind, long count) {
    counts.merge(kind, count, Long::sum);
  }
}
