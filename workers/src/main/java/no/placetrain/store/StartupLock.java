package no.placetrain.store;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cluster-wide startup lock: the row {@value #NAME} of {@code PT_CLUSTER_LOCK}, locked by an
 * {@code UPDATE} in a transaction of a connection of its own and held until {@link #release()}.
 * Nodes that start at the same time on one database take turns with their startup work (our
 * deployment, the catalogue, the parties' groups and grants, the host's users and filters, and
 * Camunda's own administrator): the first does it, the next waits on the row and then finds it
 * done. A row lock behaves alike on H2 and PostgreSQL; a node that dies while holding it frees it
 * with its connection (the database rolls the transaction back).
 *
 * <p>One turn per start: {@link #acquire()} while held, or after {@link #release()}, does nothing
 * (work after the start is not guarded). On release the row keeps who took it last and when
 * ({@code HELD_BY}: {@code <pid>@<host>}, {@code TAKEN_AT}).
 */
public final class StartupLock {

  /** The lock's table. */
  public static final String TABLE = "PT_CLUSTER_LOCK";
  /** The lock's row. */
  public static final String NAME = "startup";
  /** How long a node waits for another node's start by default. */
  public static final Duration DEFAULT_MAX_WAIT = Duration.ofMinutes(10);

  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

  private enum State { NEW, HELD, RELEASED }

  private final DataSource dataSource;
  private final Duration maxWait;
  private final Clock clock;
  private final String holder;
  private State state = State.NEW;
  private Connection connection;
  private long heldSince;

  /**
   * @param dataSource the database of the nodes (the engine's)
   * @param maxWait how long {@link #acquire()} waits for another node before it fails (whole
   *     seconds, at least one)
   */
  public StartupLock(DataSource dataSource, Duration maxWait) {
    this(dataSource, maxWait, Clock.systemUTC(), ManagementFactory.getRuntimeMXBean().getName());
  }

  /**
   * @param dataSource the database of the nodes (the engine's)
   * @param maxWait how long {@link #acquire()} waits for another node before it fails
   * @param clock stamps {@code TAKEN_AT}
   * @param holder who takes the lock (kept in {@code HELD_BY}, at most 200 characters)
   */
  public StartupLock(DataSource dataSource, Duration maxWait, Clock clock, String holder) {
    this.dataSource = dataSource;
    this.maxWait = maxWait;
    this.clock = clock;
    this.holder = holder.length() > 200 ? holder.substring(0, 200) : holder;
  }

  /**
   * Takes the lock, waiting while another node holds it; does nothing when this lock was taken
   * already (held or released).
   *
   * @return how long it waited (zero when it did nothing)
   * @throws IllegalStateException when it waited longer than the limit, or the table is missing
   */
  public synchronized Duration acquire() {
    if (state != State.NEW) {
      return Duration.ZERO;
    }
    long start = System.nanoTime();
    Connection c = null;
    try {
      c = dataSource.getConnection();
      c.setAutoCommit(false);
      lock(c);
    } catch (SQLException e) {
      closeQuietly(c);
      throw failure(e, Duration.ofNanos(System.nanoTime() - start));
    }
    connection = c;
    state = State.HELD;
    heldSince = System.nanoTime();
    Duration waited = Duration.ofNanos(heldSince - start);
    LOG.info("Startup lock taken ({} '{}', waited {} ms for other nodes' starts)", TABLE, NAME,
        waited.toMillis());
    return waited;
  }

  /**
   * Gives the lock back (the next node's start goes on) and closes its connection; does nothing
   * when it is not held. This lock cannot be taken again.
   */
  public synchronized void release() {
    State was = state;
    state = State.RELEASED;
    if (was != State.HELD) {
      return;
    }
    // logged before the commit that frees the row: the next node's "taken" comes after it
    LOG.info("Startup lock released after {} ms",
        Duration.ofNanos(System.nanoTime() - heldSince).toMillis());
    try {
      connection.commit();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      LOG.warn("Startup lock: the commit failed ({}); closing its connection frees it",
          e.getMessage());
    } finally {
      closeQuietly(connection);
      connection = null;
    }
  }

  /** Whether this lock is held now. */
  public synchronized boolean isHeld() {
    return state == State.HELD;
  }

  /** Locks the row (inserting it first when someone deleted it). */
  private void lock(Connection c) throws SQLException {
    for (int attempt = 1; ; attempt++) {
      if (update(c) > 0) {
        return;
      }
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO " + TABLE + " (NAME, HELD_BY, TAKEN_AT) VALUES (?, ?, ?)")) {
        insert.setString(1, NAME);
        insert.setString(2, holder);
        insert.setObject(3, Columns.timestamp(clock.instant()));
        insert.setQueryTimeout(timeoutSeconds());
        insert.executeUpdate();
        return;
      } catch (SQLException e) {
        // another node inserted the row at the same time: lock that one
        c.rollback();
        if (attempt >= 2) {
          throw e;
        }
      }
    }
  }

  private int update(Connection c) throws SQLException {
    try (PreparedStatement update = c.prepareStatement(
        "UPDATE " + TABLE + " SET HELD_BY = ?, TAKEN_AT = ? WHERE NAME = ?")) {
      update.setString(1, holder);
      update.setObject(2, Columns.timestamp(clock.instant()));
      update.setString(3, NAME);
      update.setQueryTimeout(timeoutSeconds());
      return update.executeUpdate();
    }
  }

  private int timeoutSeconds() {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, maxWait.toSeconds()));
  }

  private IllegalStateException failure(SQLException e, Duration waited) {
    String sqlState = e.getSQLState() == null ? "" : e.getSQLState();
    if (sqlState.startsWith("42")) {
      return new IllegalStateException("The startup lock cannot be taken: the table " + TABLE
          + " is missing: include placetrain/db/changelog/placetrain-changelog.xml in the "
          + "Liquibase master changelog (after Camunda's)", e);
    }
    if (waited.compareTo(maxWait) >= 0 || sqlState.equals("57014") || sqlState.equals("55P03")
        || sqlState.equals("HYT00")) {
      return new IllegalStateException("Waited " + waited.toSeconds() + " s for the startup lock ("
          + TABLE + " '" + NAME + "'): another node is starting on this database and has not "
          + "finished (limit " + maxWait.toSeconds() + " s)", e);
    }
    return new IllegalStateException("The startup lock (" + TABLE + " '" + NAME
        + "') cannot be taken: " + e.getMessage(), e);
  }

  private static void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
    try {
      if (!c.getAutoCommit()) {
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      // the connection is closed below; the database rolls back what is left
    }
    try {
      c.close();
    } catch (SQLException e) {
      LOG.debug("Startup lock: closing its connection failed: {}", e.getMessage());
    }
  }
}
