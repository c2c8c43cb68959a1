package no.placetrain.server;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every call to Camunda's REST API and to our own ({@code /api}) must authenticate with HTTP Basic
 * against the engine's users; only {@code GET /engine-rest/engine} answers without credentials
 * (Camunda's filter leaves it open by design). Without credentials the answer is 401 with
 * {@code WWW-Authenticate: Basic}. For the length of the call the engine knows the user (its
 * current authentication): a process started through {@code /api} has its initiator, as from
 * Tasklist. The OpenAPI document ({@code /v3/api-docs}) and Swagger UI stay open: they describe
 * the API and hold no data.
 */
@Configuration(proxyBeanMethods = false)
public class RestSecurityConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        httpBasic("camunda-rest-authentication", "/engine-rest/*");
    registration.setOrder(0);
    return registration;
  }

  /**
   * The same filter on our API. The filter looks at the request path after the servlet path to
   * find the open {@code /engine} URL and the engine's name; an empty prefix makes it see the
   * whole path ({@code /api/...}), which is never open and always addresses the default engine.
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> apiAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        httpBasic("placetrain-api-authentication", "/api/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.SERVLET_PATH_PREFIX, "");
    registration.setOrder(1);
    return registration;
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> httpBasic(
      String name, String urlPattern) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName(name);
    registration.addUrlPatterns(urlPattern);
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    return registration;
  }
}
