package no.placetrain.engine;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.springframework.core.io.Resource;

/**
 * Takes our models and forms out of Spring's auto-deployment, which would deploy the BPMN a second
 * time without the forms (breaking {@code formRefBinding="deployment"}). Only loaded when the
 * engine configuration is a Spring one, so the plugin runs without Spring on the class path.
 */
final class SpringAutoDeploymentFilter {

  private static final List<String> OUR_FOLDERS =
      List.of(PlaceTrainEnginePlugin.PROCESSES_FOLDER, PlaceTrainEnginePlugin.FORMS_FOLDER);
  private static final String SPRING_CONFIGURATION =
      "org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration";

  private SpringAutoDeploymentFilter() {}

  /** Whether {@code configuration} is a Spring configuration with auto-deployment resources. */
  static boolean appliesTo(ProcessEngineConfigurationImpl configuration) {
    for (Class<?> c = configuration.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().equals(SPRING_CONFIGURATION)) {
        return true;
      }
    }
    return false;
  }

  /** @return how many resources were removed */
  static int removeOurResources(ProcessEngineConfigurationImpl configuration) {
    var spring = (SpringTransactionsProcessEngineConfiguration) configuration;
    Resource[] resources = spring.getDeploymentResources();
    if (resources == null || resources.length == 0) {
      return 0;
    }
    Resource[] kept =
        Arrays.stream(resources).filter(r -> !isOurs(r)).toArray(Resource[]::new);
    spring.setDeploymentResources(kept);
    return resources.length - kept.length;
  }

  static boolean isOurs(Resource resource) {
    String location = resource.getDescription();
    try {
      location = location + " " + resource.getURL();
    } catch (IOException | RuntimeException e) {
      // not every resource has a URL: its description is all we have
    }
    String normalized = location.replace('\\', '/');
    return OUR_FOLDERS.stream().anyMatch(normalized::contains);
  }
}
