package no.placetrain.server;

import java.util.Collection;
import java.util.List;
import no.placetrain.domain.agreement.WorkflowGroup;
import no.placetrain.engine.IdentityGroupDirectory;
import no.placetrain.service.GroupDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's directory of the parties' groups: the extension's (the engine's identity service),
 * and when it creates a group — a local agreement created through the API brings a new office,
 * employer or broker — that group gets its Tasklist filter at once (the start gives every group
 * its filter; without this a group made later would wait for the next start).
 */
@Configuration(proxyBeanMethods = false)
public class GroupFiltersOnNewGroups {

  /** Replaces the extension's {@code GroupDirectory} (it is {@code @ConditionalOnMissingBean}). */
  @Bean
  GroupDirectory placeTrainGroupDirectory(ObjectProvider<ProcessEngine> processEngine,
      ObjectProvider<GroupTaskFilters> filters) {
    GroupDirectory identity = new IdentityGroupDirectory(processEngine::getIfAvailable);
    return new GroupDirectory() {
      @Override
      public List<String> ensure(Collection<WorkflowGroup> groups) {
        List<String> created = identity.ensure(groups);
        if (!created.isEmpty()) {
          filters.ifAvailable(f -> asSystem(processEngine.getObject(), f::synchronize));
        }
        return created;
      }
    };
  }

  /**
   * Runs {@code work} without the caller's authentication: the filters are the system's (the
   * caller, e.g. the regional coordinator creating an agreement, may read none of them, and an
   * authenticated caller's unpaged queries are refused by the result limit).
   */
  private static void asSystem(ProcessEngine engine, Runnable work) {
    IdentityService identity = engine.getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      work.run();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
