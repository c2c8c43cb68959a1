package no.placetrain.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.placetrain.autoconfigure.StartupGuard;
import no.placetrain.server.security.ExpressionFreeTaskQueries;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist's filters, one per group: "Oppgaver for &lt;group's name&gt;" lists the tasks whose
 * candidate group it is, claimed ones included, and only that group may read it (a READ
 * authorization on the filter, stored even while authorization checks are off). A filter holds
 * no expression: the engine evaluates none in stored queries (CVE-2026-109432, see
 * docs/access.md), so "my tasks" filters with {@code ${currentUser()}} are impossible; Tasklist's
 * own "Assigned to me" list takes their place.
 *
 * <p>At every start (when the application is ready, so after the groups of the catalogue's
 * parties and the demo data are made) a filter is created for each group that has none — every
 * group but the system ones ({@code camunda-admin}, type {@code SYSTEM}) — and the former demo
 * filters with expressions are deleted. A group created later (an agreement created through the
 * API) gets its filter at the next start. Idempotent: a restart changes nothing. Filters have no
 * unique key in the engine's tables: nodes starting at once on one database run this one after
 * the other, under the startup lock ({@link StartupGuard}: this listener is ordered before its
 * release), so the second finds the first's filters.
 */
@Component
@ConditionalOnProperty(prefix = "placetrain.tasklist", name = "group-filters", havingValue = "true", matchIfMissing = true)
public class GroupTaskFilters {

  static final String NAME_PREFIX = "Oppgaver for ";
  static final int PRIORITY = 0;

  private static final Logger LOG = LoggerFactory.getLogger(GroupTaskFilters.class);

  private final ProcessEngine engine;

  public GroupTaskFilters(ProcessEngine engine) {
    this.engine = engine;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(StartupGuard.ORDER - 1)
  public void onReady() {
    int created = synchronize();
    LOG.info("Tasklist filters: {} created, one per group", created);
  }

  /** Creates the missing filters and authorizations; returns how many filters it created. */
  public int synchronize() {
    FilterService filters = engine.getFilterService();
    deleteFiltersWithExpressions(filters);

    Map<String, Filter> byGroup = new LinkedHashMap<>();
    for (Filter filter : filters.createFilterQuery().filterResourceType("Task").list()) {
      String group = candidateGroupOf(filter);
      if (group != null) {
        byGroup.putIfAbsent(group, filter);
      }
    }
    int created = 0;
    for (Group group : engine.getIdentityService().createGroupQuery().orderByGroupId().asc().list()) {
      if (!hasFilter(group)) {
        continue;
      }
      Filter filter = byGroup.get(group.getId());
      if (filter == null) {
        filter = filters.saveFilter(newFilter(filters, group));
        created++;
      }
      grantRead(engine.getAuthorizationService(), group.getId(), filter.getId());
    }
    return created;
  }

  public static boolean hasFilter(Group group) {
    return !Groups.CAMUNDA_ADMIN.equals(group.getId())
        && !Groups.GROUP_TYPE_SYSTEM.equalsIgnoreCase(group.getType());
  }

  public static String filterName(Group group) {
    String name = group.getName() == null || group.getName().isBlank() ? group.getId() : group.getName();
    return NAME_PREFIX + name;
  }

  private Filter newFilter(FilterService filters, Group group) {
    return filters.newTaskFilter(filterName(group))
        .setQuery(engine.getTaskService().createTaskQuery()
            .taskCandidateGroup(group.getId())
            .includeAssignedTasks())
        .setProperties(Map.of(
            "priority", PRIORITY,
            "description", "Oppgaver som " + group.getId() + " kan løse, også de som er tatt",
            "refresh", true,
            "variables", List.of(
                Map.of("name", "candidateDisplayName", "label", "Kandidat"),
                Map.of("name", "agreementName", "label", "Avtale"))));
  }

  /** The candidate group of a filter made here (a candidate group and nothing but claimed tasks). */
  public static String candidateGroupOf(Filter filter) {
    Query<?, ?> query = filter.getQuery();
    if (query instanceof TaskQueryImpl task && task.getCandidateGroup() != null
        && task.isIncludeAssignedTasks() && filter.getName().startsWith(NAME_PREFIX)) {
      return task.getCandidateGroup();
    }
    return null;
  }

  /** READ on the filter for the group: added to the group's grant on it, or a grant of its own. */
  private static void grantRead(AuthorizationService authorizations, String groupId, String filterId) {
    Authorization grant = authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(Resources.FILTER).resourceId(filterId)
        .authorizationType(Authorization.AUTH_TYPE_GRANT).list().stream().findFirst().orElse(null);
    if (grant != null && grant.isPermissionGranted(Permissions.READ)) {
      return;
    }
    if (grant == null) {
      grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(Resources.FILTER);
      grant.setResourceId(filterId);
    }
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);
  }

  /** The demo filters of earlier versions: the engine would refuse to run them now. */
  private static void deleteFiltersWithExpressions(FilterService filters) {
    for (Filter filter : filters.createFilterQuery().filterResourceType("Task").list()) {
      if (ExpressionFreeTaskQueries.holdsExpression(filter.getQuery())) {
        filters.deleteFilter(filter.getId());
        LOG.info("Deleted the Tasklist filter '{}': its query holds an expression", filter.getName());
      }
    }
  }
}
