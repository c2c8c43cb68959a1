package no.placetrain.server;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the demo groups, users and the shared Tasklist filters once; a restart finds them and
 * changes nothing. Filters are what a user sees first in Tasklist: the first one lists every task
 * the user may work on (as a candidate user or through a group, claimed or not), so no demo user
 * logs in to an empty Tasklist while a participation waits for their role.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
@ConditionalOnProperty(prefix = "placetrain.demo", name = "enabled", havingValue = "true", matchIfMissing = true)
public class DemoData implements SmartInitializingSingleton {

  static final String FILTER_MY_AND_GROUP_TASKS = "Mine og gruppens oppgaver";
  static final String FILTER_ASSIGNED_TO_ME = "Tildelt meg";

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final DemoProperties properties;
  private final ProcessEngine engine;

  public DemoData(DemoProperties properties, ProcessEngine engine) {
    this.properties = properties;
    this.engine = engine;
  }

  @Override
  public void afterSingletonsInstantiated() {
    create(engine);
  }

  void create(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    for (DemoProperties.Group group : properties.getGroups()) {
      if (identity.createGroupQuery().groupId(group.id()).count() == 0) {
        var created = identity.newGroup(group.id());
        created.setName(group.name());
        created.setType("WORKFLOW");
        identity.saveGroup(created);
      }
    }
    for (DemoProperties.User user : properties.getUsers()) {
      if (identity.createUserQuery().userId(user.id()).count() == 0) {
        var created = identity.newUser(user.id());
        created.setFirstName(user.firstName());
        created.setLastName(user.lastName());
        created.setEmail(user.email());
        created.setPassword(properties.getPassword());
        identity.saveUser(created);
      }
      for (String groupId : user.groups()) {
        if (identity.createUserQuery().userId(user.id()).memberOfGroup(groupId).count() == 0) {
          identity.createMembership(user.id(), groupId);
        }
      }
    }
    createFilters(engine.getFilterService(), engine.getTaskService());
    LOG.info("Demo data ready: {} groups, {} users", properties.getGroups().size(), properties.getUsers().size());
  }

  private void createFilters(FilterService filters, TaskService tasks) {
    if (filters.createFilterQuery().filterName(FILTER_MY_AND_GROUP_TASKS).count() == 0) {
      TaskQuery query = tasks.createTaskQuery()
          .taskCandidateUserExpression("${currentUser()}")
          .includeAssignedTasks();
      save(filters, FILTER_MY_AND_GROUP_TASKS, query, -10,
          "Oppgaver du eller gruppen din kan løse, også de som er tatt");
    }
    if (filters.createFilterQuery().filterName(FILTER_ASSIGNED_TO_ME).count() == 0) {
      TaskQuery query = tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}");
      save(filters, FILTER_ASSIGNED_TO_ME, query, -5, "Oppgaver du har tatt");
    }
  }

  private static void save(FilterService filters, String name, TaskQuery query, int priority, String description) {
    Filter filter = filters.newTaskFilter(name)
        .setQuery(query)
        .setProperties(Map.of(
            "priority", priority,
            "description", description,
            "refresh", true,
            "variables", List.of(
                Map.of("name", "candidateDisplayName", "label", "Kandidat"),
                Map.of("name", "agreementName", "label", "Avtale"))));
    filters.saveFilter(filter);
  }
}
