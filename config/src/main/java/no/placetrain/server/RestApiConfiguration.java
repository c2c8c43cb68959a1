package no.placetrain.server;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Additions to Camunda's REST API (Jersey). */
@Configuration(proxyBeanMethods = false)
public class RestApiConfiguration {

  /**
   * What both engine APIs ({@code /engine-rest} and the webapps' engine API) add to Camunda's:
   * bad input answered 4xx with a clear message ({@link EngineRestExceptionMappers}), String
   * variables with text values only and Date variables with dates that exist
   * ({@link EngineRestBodies}).
   */
  static final List<Class<?>> ENGINE_API_PROVIDERS = providers();

  @Bean
  ResourceConfigCustomizer badInputAnswersClientErrors() {
    return config -> ENGINE_API_PROVIDERS.forEach(config::register);
  }

  private static List<Class<?>> providers() {
    List<Class<?>> providers = new ArrayList<>(EngineRestExceptionMappers.MAPPERS);
    providers.add(EngineRestBodies.class);
    return List.copyOf(providers);
  }
}
