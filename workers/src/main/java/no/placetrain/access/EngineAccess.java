package no.placetrain.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.NavOffice;
import no.placetrain.domain.agreement.PartyGroups;
import no.placetrain.domain.agreement.WorkflowGroup;
import no.placetrain.process.commitment.CommitmentEscalationProcess;
import no.placetrain.process.partydesk.PartyDeskProcess;
import no.placetrain.process.jobguarantee.JobGuaranteeProcess;
import no.placetrain.process.placeandtrain.PlaceAndTrainProcess;
import no.placetrain.service.PartyAccess;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's authorizations of the agreements' parties (docs/access.md, "Authorization: who
 * sees what"). Every grant is a GRANT authorization of one group on one resource; one that exists
 * already for the group, resource type and resource id is left as it is (also when an operator
 * changed its permissions), so every method is idempotent. Everything runs in one engine command
 * without authorization checks, joining the caller's command and transaction when there is one
 * (a worker's: the grants of a participation commit or roll back with it).
 *
 * <p>Nothing is granted when the engine runs without authorization ({@code
 * camunda.bpm.authorization.enabled} false): no authorization rows are written that nothing
 * reads. Turning authorization on later grants the standing and agreement grants at the next
 * start; participations started before get no grants of their own (their tasks neither: Camunda
 * grants a task's candidates only while authorization is on).
 *
 * <table>
 *   <caption>grants</caption>
 *   <tr><th>to</th><th>resource</th><th>permissions</th></tr>
 *   <tr><td>every {@code <office>-caseworker}</td><td>PROCESS_DEFINITION
 *       {@code place-and-train}; PROCESS_INSTANCE {@code *}</td><td>READ, CREATE_INSTANCE;
 *       CREATE</td></tr>
 *   <tr><td>every group of every party, the regional coordinator</td><td>APPLICATION
 *       {@code tasklist}</td><td>ACCESS</td></tr>
 *   <tr><td>{@value PartyGroups#REGIONAL_COORDINATOR}</td><td>PROCESS_DEFINITION of each of our
 *       three processes; APPLICATION {@code cockpit}</td><td>READ, READ_INSTANCE, READ_HISTORY,
 *       READ_TASK, READ_TASK_VARIABLE, READ_INSTANCE_VARIABLE, READ_HISTORY_VARIABLE (read
 *       only); ACCESS</td></tr>
 *   <tr><td>{@value PartyGroups#PROCESS_OWNER}</td><td>DEPLOYMENT, PROCESS_DEFINITION,
 *       DECISION_DEFINITION, DECISION_REQUIREMENTS_DEFINITION {@code *}; APPLICATION
 *       {@code cockpit}</td><td>ALL; ACCESS</td></tr>
 *   <tr><td>the referring office's caseworker, KAM and lead groups</td><td>PROCESS_INSTANCE and
 *       HISTORIC_PROCESS_INSTANCE of the participation's instance, its job guarantee and its
 *       commitments' escalations</td><td>READ, UPDATE; READ</td></tr>
 * </table>
 */
public class EngineAccess implements PartyAccess {

  /** The Tasklist webapp, an APPLICATION resource id. */
  public static final String TASKLIST = "tasklist";
  /** The Cockpit webapp, an APPLICATION resource id. */
  public static final String COCKPIT = "cockpit";

  /** Our process definitions (their keys). */
  public static final List<String> PROCESS_KEYS = List.of(PlaceAndTrainProcess.KEY,
      JobGuaranteeProcess.KEY, CommitmentEscalationProcess.KEY, PartyDeskProcess.KEY);

  private static final Logger LOG = LoggerFactory.getLogger(EngineAccess.class);

  private final Supplier<ProcessEngine> engine;

  /** @param engine the engine whose authorizations are written; may supply {@code null} */
  public EngineAccess(Supplier<ProcessEngine> engine) {
    this.engine = engine;
  }

  /** One grant: a group's permissions on one resource. */
  record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {

    Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
      this(groupId, resource, resourceId, List.of(permissions));
    }

    String key() {
      return groupId + "|" + resource.resourceType() + "|" + resourceId;
    }
  }

  // ---- what is granted --------------------------------------------------------------------

  /** The grants of the groups that belong to no agreement. */
  static List<Grant> standing() {
    List<Grant> grants = new ArrayList<>();
    String owner = PartyGroups.PROCESS_OWNER;
    grants.add(new Grant(owner, Resources.DEPLOYMENT, Authorization.ANY, Permissions.ALL));
    grants.add(new Grant(owner, Resources.PROCESS_DEFINITION, Authorization.ANY,
        ProcessDefinitionPermissions.ALL));
    grants.add(new Grant(owner, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.ALL));
    grants.add(new Grant(owner, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY,
        Permissions.ALL));
    grants.add(new Grant(owner, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
    String coordinator = PartyGroups.REGIONAL_COORDINATOR;
    for (String key : PROCESS_KEYS) {
      grants.add(new Grant(coordinator, Resources.PROCESS_DEFINITION, key,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK,
          ProcessDefinitionPermissions.READ_TASK_VARIABLE,
          ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
          ProcessDefinitionPermissions.READ_HISTORY_VARIABLE));
    }
    grants.add(new Grant(coordinator, Resources.APPLICATION, COCKPIT, Permissions.ACCESS));
    grants.add(new Grant(coordinator, Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
    return grants;
  }

  /** The grants of the groups of {@code agreement}'s parties. */
  static List<Grant> ofAgreement(Agreement agreement) {
    List<Grant> grants = new ArrayList<>();
    for (NavOffice office : agreement.offices()) {
      String caseworkers = PartyGroups.caseworkersOf(office.id());
      grants.add(new Grant(caseworkers, Resources.PROCESS_DEFINITION, PlaceAndTrainProcess.KEY,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
      grants.add(new Grant(caseworkers, Resources.PROCESS_INSTANCE, Authorization.ANY,
          ProcessInstancePermissions.CREATE));
    }
    for (WorkflowGroup group : PartyGroups.groupsOf(agreement)) {
      grants.add(new Grant(group.id(), Resources.APPLICATION, TASKLIST, Permissions.ACCESS));
    }
    return grants;
  }

  /**
   * The grants on one process instance of a participation (its own, its job guarantee's, an
   * escalation's): the referring office's caseworkers, KAMs and leads read it (runtime and
   * history; its variables through the history) and update it (correlate a dropout, execute a
   * due job, set variables).
   */
  static List<Grant> ofInstance(String processInstanceId, Collection<String> officeGroups) {
    List<Grant> grants = new ArrayList<>();
    for (String group : officeGroups) {
      grants.add(new Grant(group, Resources.PROCESS_INSTANCE, processInstanceId,
          ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE));
      grants.add(new Grant(group, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
          HistoricProcessInstancePermissions.READ));
    }
    return grants;
  }

  /**
   * The referring office's groups ({@code caseworkerGroup}, {@code kamGroup},
   * {@code officeLeadGroup}) of the participation that called {@code execution}'s instance,
   * directly or through other called instances (a {@code party-desk} called by
   * {@code job-guarantee}: the nearest caller that holds them); none when the instance was
   * started on its own.
   */
  public static List<String> officeGroupsOfCaller(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    List<String> groups = new ArrayList<>();
    while (instance != null && groups.isEmpty()) {
      DelegateExecution caller = instance.getSuperExecution();
      if (caller == null) {
        break;
      }
      for (String name : List.of("caseworkerGroup", "kamGroup", "officeLeadGroup")) {
        Object value = caller.getVariable(name);
        if (value instanceof String group && !group.isBlank()) {
          groups.add(group);
        }
      }
      instance = caller.getProcessInstance();
    }
    return groups;
  }

  /** The referring office's groups: caseworkers, KAMs, leads. */
  public static Set<String> officeGroups(PartyGroups parties) {
    return new LinkedHashSet<>(List.of(parties.caseworkerGroup(), parties.kamGroup(),
        parties.officeLeadGroup()));
  }

  // ---- granting ---------------------------------------------------------------------------

  /** Grants the standing groups and the parties of {@code agreements}. */
  @Override
  public int grant(Collection<Agreement> agreements) {
    List<Grant> grants = new ArrayList<>(standing());
    agreements.forEach(a -> grants.addAll(ofAgreement(a)));
    return write(grants);
  }

  /**
   * Grants the referring office's groups the process instance {@code processInstanceId} of a
   * participation (see {@link #ofInstance}). Call it inside the engine command that started the
   * instance (a worker's): the grants join its transaction. Outside an engine command (a worker
   * called without an engine, e.g. in a unit test) nothing is granted.
   *
   * @return how many authorizations this call created
   */
  public static int grantInstance(String processInstanceId, PartyGroups parties) {
    return grantInstance(processInstanceId, officeGroups(parties));
  }

  /**
   * Grants {@code officeGroups} (the referring office's caseworker, KAM and lead groups) the
   * process instance {@code processInstanceId}, as {@link #grantInstance(String, PartyGroups)}.
   */
  public static int grantInstance(String processInstanceId, Collection<String> officeGroups) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext == null) {
      return 0;
    }
    List<String> groups = officeGroups.stream().filter(g -> g != null && !g.isBlank()).toList();
    return write(Context.getProcessEngineConfiguration(), ofInstance(processInstanceId, groups));
  }

  /** Whether the caller runs inside an engine command (where {@link #grantInstance} grants). */
  public static boolean inCommand() {
    return Context.getCommandContext() != null;
  }

  private int write(List<Grant> grants) {
    ProcessEngine processEngine = engine.get();
    if (processEngine == null) {
      return 0;
    }
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    int created = write(configuration, grants);
    if (created > 0) {
      LOG.info("Authorizations granted: {}", created);
    }
    return created;
  }

  private static int write(ProcessEngineConfigurationImpl configuration, List<Grant> grants) {
    if (!configuration.isAuthorizationEnabled() || grants.isEmpty()) {
      return 0;
    }
    AuthorizationService authorizations = configuration.getAuthorizationService();
    return configuration.getCommandExecutorTxRequired().execute(commandContext ->
        commandContext.runWithoutAuthorization(() -> createMissing(authorizations, grants)));
  }

  private static int createMissing(AuthorizationService authorizations, List<Grant> grants) {
    Map<String, Grant> unique = new LinkedHashMap<>();
    grants.forEach(g -> unique.putIfAbsent(g.key(), g));
    int created = 0;
    for (Grant grant : unique.values()) {
      // the inserts of this command are flushed at its end: a query would not see them
      boolean exists = authorizations.createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_GRANT)
          .groupIdIn(grant.groupId())
          .resourceType(grant.resource())
          .resourceId(grant.resourceId())
          .count() > 0;
      if (exists) {
        continue;
      }
      Authorization authorization =
          authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(grant.groupId());
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
      grant.permissions().forEach(authorization::addPermission);
      authorizations.saveAuthorization(authorization);
      created++;
    }
    return created;
  }
}
