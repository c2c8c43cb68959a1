package no.placetrain.server;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tasklist does not call {@code /engine-rest}: the webapps have an engine API of their own
 * ({@code <app>/api/engine/…}), a separate Jersey application that Camunda's webapp starter
 * registers as the servlet "Engine Api". Without help it answers 500 when a worker refuses the
 * submitted values (a {@code BadUserRequestException}), and to much other bad input. This adds
 * {@link EngineRestExceptionMappers} and {@link EngineRestBodies} to that application too
 * (Jersey's {@code jersey.config.server.provider.classnames} init parameter), so Tasklist gets 400
 * with the message as {@code /engine-rest} does.
 */
@Configuration(proxyBeanMethods = false)
public class WebappEngineApiConfiguration {

  /** The name under which Camunda's {@code CamundaBpmWebappInitializer} registers the servlet. */
  static final String ENGINE_API_SERVLET = "Engine Api";
  static final String JERSEY_PROVIDER_CLASSNAMES = "jersey.config.server.provider.classnames";

  private static final Logger LOG = LoggerFactory.getLogger(WebappEngineApiConfiguration.class);

  /**
   * Camunda's initializer is a Spring {@code ServletContextInitializer} of the lowest precedence,
   * so no other one is sure to run after it; a servlet container initializer that Tomcat adds
   * after Spring Boot's own (which runs every Spring initializer) is.
   */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> webappEngineApiAnswersBadRequest() {
    return factory -> factory.addContextCustomizers(context -> context.addServletContainerInitializer(
        (classes, servletContext) -> {
          if (!addMapper(servletContext)) {
            LOG.warn("No servlet '{}': the webapps' engine API answers 500 for refused values",
                ENGINE_API_SERVLET);
          }
        }, null));
  }

  private static boolean addMapper(ServletContext servletContext) {
    ServletRegistration engineApi = servletContext.getServletRegistration(ENGINE_API_SERVLET);
    if (engineApi == null) {
      return false;
    }
    String existing = engineApi.getInitParameter(JERSEY_PROVIDER_CLASSNAMES);
    String mappers = RestApiConfiguration.ENGINE_API_PROVIDERS.stream().map(Class::getName)
        .collect(Collectors.joining(","));
    if (existing == null) {
      engineApi.setInitParameter(JERSEY_PROVIDER_CLASSNAMES, mappers);
    } else if (!existing.contains(EngineRestExceptionMappers.class.getName())) {
      LOG.warn("The servlet '{}' has its own {}: {} not added", ENGINE_API_SERVLET,
          JERSEY_PROVIDER_CLASSNAMES, EngineRestExceptionMappers.class.getSimpleName());
      return true;
    }
    LOG.debug("{} added to the webapps' engine API", EngineRestExceptionMappers.class.getSimpleName());
    return true;
  }
}
