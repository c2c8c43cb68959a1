package no.placetrain.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.spring.boot.starter.property.WebappProperty;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * {@code placetrain.security.secure-cookies} switches the {@code Secure} flag of the webapps'
 * session and CSRF cookies: on by default, off for a
 * plain-http local run (the README's command). Bound from the server's own application.yaml as
 * Spring Boot binds it.
 */
class SecureCookiesSwitchTest {

  @Test
  void secureByDefault() throws IOException {
    StandardEnvironment environment = environment(Map.of());
    WebappProperty webapp = webapp(environment);
    assertThat(webapp.getSessionCookie().isEnableSecureCookie()).isTrue();
    assertThat(webapp.getCsrf().isEnableSecureCookie()).isTrue();
    assertThat(webapp.getSessionCookie().getInitParams()).containsEntry("enableSecureCookie", "true")
        .containsEntry("sameSiteCookieOption", "LAX");
    assertThat(webapp.getSessionCookie().isEnableSameSiteCookie()).isTrue();
    assertThat(webapp.getCsrf().getInitParams()).containsEntry("enableSecureCookie", "true")
        .containsEntry("sameSiteCookieOption", "LAX");
  }

  @Test
  void offForAPlainHttpLocalRun() throws IOException {
    StandardEnvironment environment = environment(Map.of("placetrain.security.secure-cookies", "false"));
    WebappProperty webapp = webapp(environment);
    assertThat(webapp.getSessionCookie().isEnableSecureCookie()).isFalse();
    assertThat(webapp.getCsrf().isEnableSecureCookie()).isFalse();
    // SameSite stays
    assertThat(webapp.getCsrf().isEnableSameSiteCookie()).isTrue();
  }

  private static StandardEnvironment environment(Map<String, Object> commandLine) throws IOException {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("commandLine", commandLine));
    new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"))
        .forEach(source -> environment.getPropertySources().addLast(source));
    return environment;
  }

  private static WebappProperty webapp(StandardEnvironment environment) {
    return Binder.get(environment).bind("camunda.bpm.webapp", WebappProperty.class).get();
  }
}
