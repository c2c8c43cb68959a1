package no.placetrain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import no.placetrain.testing.TestDatabaseKind;
import no.placetrain.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The startup lock on a real database of this run (H2 in memory, or a new PostgreSQL database in
 * the PostgreSQL run), with the changelog applied as a host applies it: a second node waits for
 * the first's release, one that waits too long fails naming the lock, a node whose connection
 * dies frees it, and a start takes it once.
 */
class StartupLockTest {

  private final List<StartupLock> locks = new CopyOnWriteArrayList<>();

  @AfterEach
  void releaseAll() {
    locks.forEach(StartupLock::release);
  }

  @Test
  void aSecondNodeWaitsUntilTheFirstReleasesAndThenHoldsTheRow() throws Exception {
    DataSource db = TestDatabase.create().dataSource();
    StartupLock first = lock(db, Duration.ofSeconds(60), "node-a");
    StartupLock second = lock(db, Duration.ofSeconds(60), "node-b");

    first.acquire();
    assertThat(first.isHeld()).isTrue();
    CompletableFuture<Long> acquiredAt = CompletableFuture.supplyAsync(() -> {
      second.acquire();
      return System.nanoTime();
    });
    // time for the second node to try (without the lock it would hold the row at once)
    Thread.sleep(700);
    long releasedAt = System.nanoTime();
    first.release();
    long acquired = acquiredAt.get(60, TimeUnit.SECONDS);
    System.out.println("[StartupLockTest] " + TestDatabaseKind.current() + ": the second node took "
        + "the lock " + Duration.ofNanos(acquired - releasedAt).toMillis() + " ms after the first "
        + "released it");

    assertThat(acquired).as("the second node holds the lock only after the first released it")
        .isGreaterThanOrEqualTo(releasedAt);
    assertThat(second.isHeld()).isTrue();
    assertThat(first.isHeld()).isFalse();
    second.release();
    assertThat(row(db)).containsEntry("held_by", "node-b");
    assertThat(row(db).get("taken_at")).isNotNull();
  }

  @Test
  void aNodeThatWaitsLongerThanItsLimitFailsNamingTheLock() {
    DataSource db = TestDatabase.create().dataSource();
    lock(db, Duration.ofSeconds(60), "node-a").acquire();
    StartupLock impatient = lock(db, Duration.ofSeconds(1), "node-b");

    assertThatThrownBy(impatient::acquire)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("startup lock (PT_CLUSTER_LOCK 'startup')")
        .hasMessageContaining("another node is starting on this database");
    assertThat(impatient.isHeld()).isFalse();
  }

  @Test
  void aNodeWhoseConnectionDiesFreesTheLock() throws Exception {
    DataSource db = TestDatabase.create().dataSource();
    List<Connection> opened = new CopyOnWriteArrayList<>();
    StartupLock dying = lock(recording(db, opened), Duration.ofSeconds(60), "node-a");
    dying.acquire();
    StartupLock next = lock(db, Duration.ofSeconds(60), "node-b");
    CompletableFuture<Duration> waiting = CompletableFuture.supplyAsync(next::acquire);

    // the node dies: its connection goes, with the transaction that held the row
    assertThat(opened).hasSize(1);
    opened.get(0).close();

    waiting.get(60, TimeUnit.SECONDS);
    assertThat(next.isHeld()).isTrue();
  }

  @Test
  void aStartTakesTheLockOnceAndAReleasedLockIsNotTakenAgain() {
    DataSource db = TestDatabase.create().dataSource();
    StartupLock lock = lock(db, Duration.ofSeconds(60), "node-a");

    lock.acquire();
    assertThat(lock.acquire()).as("taken already").isZero();
    assertThat(lock.isHeld()).isTrue();
    lock.release();
    lock.release();
    assertThat(lock.acquire()).as("the start is over").isZero();
    assertThat(lock.isHeld()).isFalse();
    StartupLock other = lock(db, Duration.ofSeconds(1), "node-b");
    other.acquire();
    assertThat(other.isHeld()).isTrue();
  }

  @Test
  void aDeletedRowIsWrittenAgain() {
    DataSource db = TestDatabase.create().dataSource();
    JdbcClient.create(db).sql("DELETE FROM PT_CLUSTER_LOCK").update();

    StartupLock lock = lock(db, Duration.ofSeconds(5), "node-a");
    lock.acquire();
    lock.release();

    assertThat(row(db)).containsEntry("name", "startup").containsEntry("held_by", "node-a");
  }

  @Test
  void withoutOurTablesTheLockNamesTheChangelog() {
    StartupLock lock = lock(TestDatabase.empty(), Duration.ofSeconds(5), "node-a");

    assertThatThrownBy(lock::acquire)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PT_CLUSTER_LOCK is missing")
        .hasMessageContaining("placetrain/db/changelog/placetrain-changelog.xml");
  }

  // ---- databases --------------------------------------------------------------------------

  private StartupLock lock(DataSource db, Duration maxWait, String holder) {
    StartupLock lock = new StartupLock(db, maxWait,
        Clock.fixed(Instant.parse("2026-11-28T08:00:00Z"), ZoneOffset.UTC), holder);
    locks.add(lock);
    return lock;
  }

  private static Map<String, Object> row(DataSource db) {
    Map<String, Object> row = JdbcClient.create(db)
        .sql("SELECT NAME, HELD_BY, TAKEN_AT FROM PT_CLUSTER_LOCK").query().singleRow();
    return lowerCaseKeys(row);
  }

  private static Map<String, Object> lowerCaseKeys(Map<String, Object> row) {
    Map<String, Object> lower = new java.util.HashMap<>();
    row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
    return lower;
  }

  /** {@code db}, keeping every connection it hands out in {@code opened}. */
  private static DataSource recording(DataSource db, List<Connection> opened) {
    return (DataSource) Proxy.newProxyInstance(StartupLockTest.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          Object result = method.invoke(db, args);
          if (result instanceof Connection connection) {
            opened.add(connection);
          }
          return result;
        });
  }
}
