package no.placetrain.server;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Creates the demo groups and users once; a restart finds them and changes nothing. Their
 * Tasklist filters, one per group, come from {@link GroupTaskFilters} (for every group, demo or
 * not). Runs when the singletons are ready, under the startup lock
 * ({@link no.placetrain.autoconfigure.StartupGuard}): of nodes starting at once on one database,
 * one creates them and the others find them.
 */
@Component
@EnableConfigurationProperties(DemoProperties.class)
@ConditionalOnProperty(prefix = "placetrain.demo", name = "enabled", havingValue = "true", matchIfMissing = true)
public class DemoData implements SmartInitializingSingleton {

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
    LOG.info("Demo data ready: {} groups, {} users", properties.getGroups().size(), properties.getUsers().size());
  }
}
