package no.placetrain.testing;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In a PostgreSQL run ({@link TestDatabaseKind#POSTGRESQL}), gives every Spring Boot application
 * context of the tests a new database of {@link TestPostgres} as its {@code spring.datasource}, in
 * place of the H2 URL the test or the application names — so each context starts on an empty
 * database, as it does on H2's in-memory ones. A context whose data source already is PostgreSQL
 * (a test that chose its database itself, e.g. two nodes on one database) is left alone; in an H2
 * run nothing changes. Registered in {@code META-INF/spring.factories}.
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
    String url = environment.getProperty("spring.datasource.url", "");
    if (url.startsWith("jdbc:postgresql:")) {
      return;
    }
    TestPostgres.Database database = TestPostgres.server().createDatabase();
    environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of(
        "spring.datasource.url", database.url(),
        "spring.datasource.username", database.user(),
        "spring.datasource.password", database.password(),
        "spring.datasource.driver-class-name", "org.postgresql.Driver")));
  }
}
