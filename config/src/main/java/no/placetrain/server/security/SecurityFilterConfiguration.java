package no.placetrain.server.security;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The servlet filters and the engine plugin that close the two advisories of docs/access.md
 * ("Security settings of the server"). Camunda's webapp starter adds its own filters
 * (authentication, CSRF, cookies, headers) straight to the servlet context, after every Spring
 * filter registration: these filters run before all of them.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityFilterConfiguration {

  /** CVE-2026-77226: Admin's first-run setup, refused always; first of every filter. */
  @Bean
  FilterRegistrationBean<AdminSetupRefusalFilter> adminSetupRefusalFilter(CamundaBpmProperties camunda) {
    String adminApi = camunda.getWebapp().getApplicationPath() + "/api/admin";
    return Filters.registration("placetrain-admin-setup-refusal", Ordered.HIGHEST_PRECEDENCE,
        new AdminSetupRefusalFilter(adminApi), adminApi + "/*");
  }

  /** HSTS only over TLS: Camunda's header filter would send it over plain http too. */
  @Bean
  FilterRegistrationBean<HstsOnlyOverTlsFilter> hstsOnlyOverTlsFilter() {
    return Filters.registration("placetrain-hsts-only-over-tls", Ordered.HIGHEST_PRECEDENCE + 1,
        new HstsOnlyOverTlsFilter(), "/*");
  }

  /**
   * CVE-2026-109432: task queries with expressions, refused on both engine APIs. On
   * {@code /engine-rest} after HTTP Basic authentication (orders 0 and 1 in
   * {@code RestSecurityConfiguration}), so an anonymous caller still gets 401 and nothing else.
   */
  @Bean
  FilterRegistrationBean<TaskQueryExpressionFilter> taskQueryExpressionFilter(CamundaBpmProperties camunda) {
    String webapp = camunda.getWebapp().getApplicationPath();
    return Filters.registration("placetrain-task-query-expression-refusal", 2,
        new TaskQueryExpressionFilter(webapp), "/engine-rest/*", webapp + "/api/engine/*");
  }

  /** CVE-2026-109432 in the engine: no task query with an expression, orQueries included. */
  @Bean
  ProcessEnginePlugin expressionFreeTaskQueries() {
    return new ExpressionFreeTaskQueries();
  }
}
