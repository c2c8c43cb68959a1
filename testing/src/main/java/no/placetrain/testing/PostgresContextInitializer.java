package no.placetrain.testing;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In a PostgreSQL run ({@link TestDatabaseKind#POSTGRESQL}), gives every Spring Boot application
 * context of the tests a new database of {@link TestPostgres} as its {@code spring.datasource}, in
 * place of the H2 URL the test or the application names — so each context starts on an empty
 * database, as it does on H2's in-memory ones — and prints which database it handed out. A
 * context whose data source already is PostgreSQL (a test that chose its database itself, e.g.
 * two nodes on one database) keeps it; in an H2 run nothing changes. Registered in
 * {@code META-INF/spring.factories} (so every {@code @SpringBootTest} context gets it); a test's
 * {@code ApplicationContextRunner} adds it with {@code withInitializer}.
 *
 * <p>Every context of a PostgreSQL run holds a {@link TestPostgres#lease() lease} until it is
 * closed, so the embedded server outlives the cached contexts that Spring closes at the JVM's
 * end.
 */
public class PostgresContextInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** The property source this initializer adds (first: it wins over the test's properties). */
  public static final String SOURCE = "placetrain-test-postgresql";

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    if (TestDatabaseKind.current() != TestDatabaseKind.POSTGRESQL) {
      return;
    }
    ConfigurableEnvironment environment = context.getEnvironment();
    if (environment.getPropertySources().contains(SOURCE)) {
      return;
    }
    TestPostgres server = TestPostgres.server();
    String url = environment.getProperty("spring.datasource.url", "");
    if (url.startsWith("jdbc:postgresql:")) {
      // marks the context as seen (no second lease), changes nothing
      environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of()));
      holdUntilClosed(context, server.lease());
      return;
    }
    TestPostgres.Database database = server.createDatabase();
    environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of(
        "spring.datasource.url", database.url(),
        "spring.datasource.username", database.user(),
        "spring.datasource.password", database.password(),
        "spring.datasource.driver-class-name", "org.postgresql.Driver")));
    holdUntilClosed(context, server.lease());
    System.out.println("[placetrain-testing] Spring context " + context.getId() + ": PostgreSQL "
        + "database " + database.name() + " in place of " + withoutParameters(url)
        + " (client connections on the server now: " + server.connections() + ")");
  }

  /**
   * Closes {@code lease} when the context has closed: as a disposable registered before any bean,
   * it is destroyed after all of them (the engine and the pool still use the server while they
   * close).
   */
  private static void holdUntilClosed(ConfigurableApplicationContext context,
      TestPostgres.Lease lease) {
    if (context instanceof GenericApplicationContext generic) {
      generic.getDefaultListableBeanFactory().registerDisposableBean(SOURCE + "-lease",
          lease::close);
    } else {
      context.addApplicationListener(event -> {
        if (event instanceof ContextClosedEvent) {
          lease.close();
        }
      });
    }
  }

  /** A URL without its parameters (no credentials in the output). */
  private static String withoutParameters(String url) {
    if (url.isEmpty()) {
      return "the embedded default";
    }
    int end = url.length();
    for (char separator : new char[] {';', '?'}) {
      int at = url.indexOf(separator);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return url.substring(0, end);
  }
}
