package no.placetrain.server;

import no.placetrain.server.security.BodySizeLimitFilter;
import no.placetrain.server.security.Filters;
import no.placetrain.server.security.PagingParameterFilter;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Bad input on every path of the server gets 4xx with a clear message, never 500, never a stack
 * trace (README, "Bad input"): a body size limit ({@code placetrain.http.max-body-size}), paging
 * checked on both engine APIs, our API's error shape on Spring Boot's error page, and JSON from
 * Tomcat when it refuses a request itself. Camunda's REST API's exceptions:
 * {@link EngineRestExceptionMappers}; our API's: {@code ApiErrors}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpInputProperties.class)
public class HttpInputConfiguration {

  /**
   * On every path, before authentication (so a large body is never read, whoever sends it) and
   * after the two security filters that read no body.
   */
  @Bean
  FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(HttpInputProperties http) {
    return Filters.registration("placetrain-body-size-limit", Ordered.HIGHEST_PRECEDENCE + 2,
        new BodySizeLimitFilter(http.getMaxBodySize()), "/*");
  }

  /**
   * On both engine APIs, after authentication (orders 0 and 1 in {@code RestSecurityConfiguration}),
   * so an anonymous caller still gets 401 and nothing else.
   */
  @Bean
  FilterRegistrationBean<PagingParameterFilter> pagingParameterFilter(CamundaBpmProperties camunda) {
    String webapp = camunda.getWebapp().getApplicationPath();
    return Filters.registration("placetrain-paging-parameters", 4,
        new PagingParameterFilter(), "/engine-rest/*", webapp + "/api/engine/*");
  }

  /** Our API's error shape for everything under {@code /api} that reaches the error page. */
  @Bean
  ErrorAttributes errorAttributes() {
    return new ApiErrorAttributes();
  }

  /**
   * Tomcat's error report (for requests it refuses before the application sees them) as JSON:
   * {@link ContainerErrorReportValve} in place of the HTML {@link ErrorReportValve} (Spring Boot
   * adds one without report nor server info; the host adds its own otherwise).
   */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorsAsJson() {
    return factory -> factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(ContainerErrorReportValve.class.getName());
        for (Valve valve : host.getPipeline().getValves()) {
          if (valve instanceof ErrorReportValve && !(valve instanceof ContainerErrorReportValve)) {
            host.getPipeline().removeValve(valve);
          }
        }
      }
    });
  }
}
