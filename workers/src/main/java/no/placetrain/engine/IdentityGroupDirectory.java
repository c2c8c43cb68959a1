package no.placetrain.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import no.placetrain.domain.agreement.WorkflowGroup;
import no.placetrain.service.GroupDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The groups of the agreements' parties in the engine's identity service: each missing group is
 * created with type {@value WorkflowGroup#TYPE} and its Norwegian name; an existing one is left as
 * it is. Runs in one engine command without authorization checks (whoever creates an agreement
 * need not be allowed to create groups), joining the caller's transaction when there is one. A
 * read-only identity service (LDAP) is left alone: its operator creates the groups.
 *
 * <p>The engine is asked for when groups are needed: {@code null} (no engine, e.g. the stores
 * without an engine) creates nothing.
 */
public class IdentityGroupDirectory implements GroupDirectory {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityGroupDirectory.class);

  private final Supplier<ProcessEngine> engine;

  /** @param engine the engine whose identity service holds the groups; may supply {@code null} */
  public IdentityGroupDirectory(Supplier<ProcessEngine> engine) {
    this.engine = engine;
  }

  @Override
  public List<String> ensure(Collection<WorkflowGroup> groups) {
    ProcessEngine processEngine = engine.get();
    if (processEngine == null || groups.isEmpty()) {
      return List.of();
    }
    IdentityService identity = processEngine.getIdentityService();
    if (identity.isReadOnly()) {
      LOG.warn("The identity service is read-only: the {} group(s) of the agreements' parties are "
          + "not created here", groups.size());
      return List.of();
    }
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    List<String> created = configuration.getCommandExecutorTxRequired().execute(commandContext ->
        commandContext.runWithoutAuthorization(() -> createMissing(identity, groups)));
    if (!created.isEmpty()) {
      LOG.info("Groups created: {}", String.join(", ", created));
    }
    return created;
  }

  private static List<String> createMissing(IdentityService identity,
      Collection<WorkflowGroup> groups) {
    List<String> created = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (WorkflowGroup group : groups) {
      // the inserts of this command are flushed at its end: a query would not see them
      if (!seen.add(group.id()) || identity.createGroupQuery().groupId(group.id()).count() > 0) {
        continue;
      }
      Group entity = identity.newGroup(group.id());
      entity.setName(group.name());
      entity.setType(WorkflowGroup.TYPE);
      identity.saveGroup(entity);
      created.add(group.id());
    }
    return created;
  }
}
