package no.placetrain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * In a PostgreSQL run a context named with an H2 URL gets a new PostgreSQL database and holds the
 * server until it is closed; a context already on PostgreSQL keeps its database; an H2 run
 * changes nothing. (This module's build runs once, on the default kind: the tests set the
 * property themselves and restore it.)
 */
class PostgresContextInitializerTest {

  private static final String H2_URL = "jdbc:h2:mem:initializer-test;DB_CLOSE_DELAY=-1";

  private final String kindBefore = System.getProperty(TestDatabaseKind.PROPERTY);

  @AfterEach
  void restoreTheKind() {
    if (kindBefore == null) {
      System.clearProperty(TestDatabaseKind.PROPERTY);
    } else {
      System.setProperty(TestDatabaseKind.PROPERTY, kindBefore);
    }
  }

  @Test
  void inAPostgresqlRunAContextGetsANewDatabaseAndHoldsTheServerUntilItCloses() {
    System.setProperty(TestDatabaseKind.PROPERTY, "postgresql");
    TestPostgres server = TestPostgres.server();
    GenericApplicationContext context = contextNaming(H2_URL);

    new PostgresContextInitializer().initialize(context);
    context.refresh();
    String url = context.getEnvironment().getProperty("spring.datasource.url");
    String user = context.getEnvironment().getProperty("spring.datasource.username");
    String password = context.getEnvironment().getProperty("spring.datasource.password");
    String database = JdbcClient.create(new DriverManagerDataSource(url, user, password))
        .sql("SELECT current_database()").query(String.class).single();
    boolean releasedWhileOpen = server.awaitLeasesClosed(Duration.ofMillis(50));
    context.close();
    boolean releasedWhenClosed = server.awaitLeasesClosed(Duration.ofSeconds(1));
    System.out.println("[PostgresContextInitializerTest] " + H2_URL + " -> " + url
        + "; database " + database + "; leases released while open " + releasedWhileOpen
        + ", when closed " + releasedWhenClosed);

    assertThat(url).startsWith("jdbc:postgresql:").contains("/" + database);
    assertThat(database).startsWith("pt_");
    assertThat(context.getEnvironment().getProperty("spring.datasource.driver-class-name"))
        .isEqualTo("org.postgresql.Driver");
    assertThat(releasedWhileOpen).isFalse();
    assertThat(releasedWhenClosed).isTrue();
  }

  @Test
  void aContextAlreadyOnPostgresqlKeepsItsDatabase() {
    System.setProperty(TestDatabaseKind.PROPERTY, "postgresql");
    TestPostgres.Database chosen = TestPostgres.server().createDatabase();
    GenericApplicationContext context = contextNaming(chosen.url());

    new PostgresContextInitializer().initialize(context);
    new PostgresContextInitializer().initialize(context);
    context.refresh();
    String url = context.getEnvironment().getProperty("spring.datasource.url");
    boolean releasedWhileOpen = TestPostgres.server().awaitLeasesClosed(Duration.ofMillis(50));
    context.close();
    boolean releasedWhenClosed = TestPostgres.server().awaitLeasesClosed(Duration.ofSeconds(1));
    System.out.println("[PostgresContextInitializerTest] " + chosen.name() + " kept: " + url
        + "; leases released while open " + releasedWhileOpen + ", when closed "
        + releasedWhenClosed);

    assertThat(url).isEqualTo(chosen.url());
    assertThat(releasedWhileOpen).isFalse();
    assertThat(releasedWhenClosed).isTrue();
  }

  @Test
  void inAnH2RunNothingChanges() {
    System.setProperty(TestDatabaseKind.PROPERTY, "h2");
    GenericApplicationContext context = contextNaming(H2_URL);

    new PostgresContextInitializer().initialize(context);
    String url = context.getEnvironment().getProperty("spring.datasource.url");
    boolean added = context.getEnvironment().getPropertySources()
        .contains(PostgresContextInitializer.SOURCE);
    System.out.println("[PostgresContextInitializerTest] H2 run: " + url + ", source added "
        + added);

    assertThat(url).isEqualTo(H2_URL);
    assertThat(added).isFalse();
  }

  private static GenericApplicationContext contextNaming(String url) {
    GenericApplicationContext context = new GenericApplicationContext();
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
        Map.of("spring.datasource.url", url)));
    return context;
  }
}
