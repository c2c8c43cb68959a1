package no.placetrain.server.security;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Data minimisation on the HTTP side (docs/access.md "Data minimisation"): what a message
 * correlation may carry ({@link MessagePayloadFilter}). The forms' free text, the variables of a
 * completion or start and the API's referral are checked in the engine and the domain
 * ({@code FormValidationPlugin}, {@code SensitiveText}).
 */
@Configuration(proxyBeanMethods = false)
public class DataMinimisationConfiguration {

  /**
   * On both engine APIs, after HTTP Basic authentication (orders 0 and 1 in
   * {@code RestSecurityConfiguration}), so an anonymous caller still gets 401 and nothing else.
   */
  @Bean
  FilterRegistrationBean<MessagePayloadFilter> messagePayloadFilter(CamundaBpmProperties camunda) {
    String webapp = camunda.getWebapp().getApplicationPath();
    return Filters.registration("placetrain-message-payload-guard", 3,
        new MessagePayloadFilter(webapp), "/engine-rest/*", webapp + "/api/engine/*");
  }
}
