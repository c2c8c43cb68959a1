package no.placetrain.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.placetrain.server.GroupTaskFilters;
import no.placetrain.server.RestClient;
import no.placetrain.server.ServerTestBase;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tasklist's filters are one per group (candidate group = the group, claimed tasks included),
 * each readable by its group, and none holds an expression (CVE-2026-109432).
 */
class GroupTaskFiltersTest extends ServerTestBase {

  @Autowired
  ProcessEngine engine;

  @Autowired
  GroupTaskFilters groupTaskFilters;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void everyGroupHasOneFilterThatOnlyItMayRead() {
    Map<String, List<Filter>> byGroup = filtersByGroup();
    List<Group> groups = engine.getIdentityService().createGroupQuery().list();
    assertThat(groups).anyMatch(GroupTaskFilters::hasFilter);
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (Group group : groups) {
      if (!GroupTaskFilters.hasFilter(group)) {
        assertThat(byGroup).as(group.getId()).doesNotContainKey(group.getId());
        continue;
      }
      assertThat(byGroup.get(group.getId())).as(group.getId()).hasSize(1);
      Filter filter = byGroup.get(group.getId()).get(0);
      assertThat(filter.getName()).isEqualTo(GroupTaskFilters.filterName(group)).startsWith("Oppgaver for ");
      List<Authorization> granted = authorizations.createAuthorizationQuery()
          .resourceType(Resources.FILTER).resourceId(filter.getId()).list();
      assertThat(granted).as(filter.getName()).singleElement().satisfies(read -> {
        assertThat(read.getGroupId()).isEqualTo(group.getId());
        assertThat(read.getUserId()).isNull();
        assertThat(read.isPermissionGranted(Permissions.READ)).isTrue();
      });
    }
    for (Filter filter : engine.getFilterService().createFilterQuery().list()) {
      assertThat(no.placetrain.server.security.ExpressionFreeTaskQueries.holdsExpression(filter.getQuery()))
          .as(filter.getName()).isFalse();
    }
  }

  @Test
  void theCandidateGroupsFilterListsTheNewTaskAndAnotherGroupsDoesNot() {
    RestClient admin = as("admin");
    Map<String, Object> referral = new LinkedHashMap<>();
    referral.put("agreementId", "kiwi-nav-drammen");
    referral.put("candidateRef", "FLT-" + UUID.randomUUID().toString().substring(0, 8));
    referral.put("candidateDisplayName", "Filippa");
    String pi = admin.post("/api/participations", referral).expect(201).json()
        .get("processInstanceId").asText();
    JsonNode tasks = admin.get("/engine-rest/task?maxResults=5&processInstanceId=" + pi).expect(200).json();
    assertThat(tasks).hasSize(1);
    String taskId = tasks.get(0).get("id").asText();
    List<String> candidateGroups = new ArrayList<>();
    admin.get("/engine-rest/task/" + taskId + "/identity-links?type=candidate").expect(200).json()
        .forEach(link -> {
          if (link.hasNonNull("groupId")) {
            candidateGroups.add(link.get("groupId").asText());
          }
        });
    assertThat(candidateGroups).isNotEmpty();

    Map<String, List<Filter>> byGroup = filtersByGroup();
    for (String group : candidateGroups) {
      assertThat(byGroup).as("a filter for " + group).containsKey(group);
      String filterId = byGroup.get(group).get(0).getId();
      assertThat(taskIds(admin.get("/engine-rest/filter/" + filterId + "/list?maxResults=1000")
          .expect(200).json())).contains(taskId);
      JsonNode read = admin.get("/engine-rest/authorization?resourceType=" + Resources.FILTER.resourceType()
          + "&resourceId=" + filterId + "&maxResults=10").expect(200).json();
      assertThat(read).hasSize(1);
      assertThat(read.get(0).get("groupId").asText()).isEqualTo(group);
      assertThat(read.get(0).get("permissions").toString()).contains("READ");
    }
    String otherGroup = byGroup.keySet().stream().filter(g -> !candidateGroups.contains(g))
        .findFirst().orElseThrow();
    assertThat(taskIds(admin.get("/engine-rest/filter/" + byGroup.get(otherGroup).get(0).getId()
        + "/list?maxResults=1000").expect(200).json())).doesNotContain(taskId);
  }

  @Test
  void aNewGroupGetsItsFilterAndARestartChangesNothing() {
    var identity = engine.getIdentityService();
    String id = "test-filter-" + UUID.randomUUID().toString().substring(0, 8);
    Group group = identity.newGroup(id);
    group.setName("Testgruppe");
    group.setType("WORKFLOW");
    identity.saveGroup(group);
    try {
      assertThat(groupTaskFilters.synchronize()).isEqualTo(1);
      Filter filter = filtersByGroup().get(id).get(0);
      assertThat(filter.getName()).isEqualTo("Oppgaver for Testgruppe");
      assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(id)
          .resourceType(Resources.FILTER).resourceId(filter.getId()).count()).isEqualTo(1);

      long filters = engine.getFilterService().createFilterQuery().count();
      long authorizations = engine.getAuthorizationService().createAuthorizationQuery().count();
      assertThat(groupTaskFilters.synchronize()).isZero();
      assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(filters);
      assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(authorizations);
    } finally {
      List<Filter> made = filtersByGroup().getOrDefault(id, List.of());
      for (Filter filter : made) {
        engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.FILTER)
            .resourceId(filter.getId()).list()
            .forEach(a -> engine.getAuthorizationService().deleteAuthorization(a.getId()));
        engine.getFilterService().deleteFilter(filter.getId());
      }
      identity.deleteGroup(id);
    }
  }

  @Test
  void filtersOfEarlierVersionsWithExpressionsAreDeletedAtStart() {
    Filter legacy = TaskQueryExpressionTest.storedBeforeTheSwitch(engine, jdbc, "Mine og gruppens oppgaver");
    assertThat(engine.getFilterService().getFilter(legacy.getId())).isNotNull();
    groupTaskFilters.synchronize();
    assertThat(engine.getFilterService().getFilter(legacy.getId())).isNull();
  }

  private Map<String, List<Filter>> filtersByGroup() {
    Map<String, List<Filter>> byGroup = new LinkedHashMap<>();
    for (Filter filter : engine.getFilterService().createFilterQuery().filterResourceType("Task").list()) {
      String group = GroupTaskFilters.candidateGroupOf(filter);
      if (group != null) {
        byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(filter);
      }
    }
    return byGroup;
  }

  private static List<String> taskIds(JsonNode tasks) {
    List<String> ids = new ArrayList<>();
    tasks.forEach(task -> ids.add(task.get("id").asText()));
    return ids;
  }
}
