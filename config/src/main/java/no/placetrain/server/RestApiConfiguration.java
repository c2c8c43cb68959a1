package no.placetrain.server;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Additions to Camunda's REST API (Jersey). */
@Configuration(proxyBeanMethods = false)
public class RestApiConfiguration {

  @Bean
  ResourceConfigCustomizer formValidationAnswersBadRequest() {
    return config -> config.register(FormValidationExceptionMapper.class);
  }
}
