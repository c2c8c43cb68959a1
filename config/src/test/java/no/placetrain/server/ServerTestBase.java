package no.placetrain.server;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole server on a random port, with an in-memory H2 schema made by Liquibase — in a
 * PostgreSQL run (surefire execution {@code postgresql}) placetrain-testing's
 * {@code PostgresContextInitializer} replaces the H2 URL below with a new PostgreSQL database
 * and prints its name. Every test class extends this one so that they share one Spring context
 * (and one process engine).
 * The job executor is off: tests execute due jobs (timers, async continuations) themselves
 * through the REST API, as an operator would in Cockpit.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:placetrain-server-test;DB_CLOSE_DELAY=-1",
      "camunda.bpm.job-execution.enabled=false",
      "camunda.bpm.admin-user.password=admin-test-password",
    })
public abstract class ServerTestBase {

  protected static final String DEMO_PASSWORD = "demo";
  protected static final String ADMIN_PASSWORD = "admin-test-password";

  @LocalServerPort
  protected int port;

  protected RestClient anonymous() {
    return RestClient.anonymous(port);
  }

  protected RestClient as(String user) {
    return RestClient.as(port, user, "admin".equals(user) ? ADMIN_PASSWORD : DEMO_PASSWORD);
  }

  /**
   * Participations referred and read by {@code referrer} (a caseworker of the referring office),
   * each task completed by a user of its own party.
   */
  Participations participations(String referrer) {
    return new Participations(as(referrer), this::as);
  }
}
