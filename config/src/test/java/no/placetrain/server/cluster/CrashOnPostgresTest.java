package no.placetrain.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.placetrain.server.cluster.ClusterDatabase.Effects;
import no.placetrain.server.cluster.PracticeJourneys.Participation;
import no.placetrain.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A node killed with {@code kill -9} in the middle of a batch of due timers loses nothing: one
 * node of the real server (a JVM of its own, on a new PostgreSQL database), its job executor made
 * slow (one thread, one job per acquisition), works through the first checkpoint timers of
 * {@value #PARTICIPATIONS} participations; when some are done it is killed (SIGKILL: exit code
 * 137) and started again. Every participation then goes on from its last wait state: its timer's
 * effect (the checkpoint's party-desk and task, {@code HOLD_CHECKPOINT#1}) happened exactly once,
 * none lost, none twice. The jobs the dead node had locked are taken again once their lock
 * expires ({@code camunda.bpm.job-execution.lock-time-in-millis}: {@value #LOCK_TIME_MILLIS} ms
 * here, five minutes by default): the dead node's transaction in flight was rolled back by the
 * database with its connection.
 */
class CrashOnPostgresTest {

  static final int PARTICIPATIONS = 40;
  static final int LOCK_TIME_MILLIS = 10_000;
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(4);
  /** The slow job executor: one thread, one job per acquisition, a short lock. */
  private static final Map<String, String> SLOW_EXECUTOR = Map.of(
      "camunda.bpm.job-execution.core-pool-size", "1",
      "camunda.bpm.job-execution.max-pool-size", "1",
      "camunda.bpm.job-execution.queue-capacity", "1",
      "camunda.bpm.job-execution.max-jobs-per-acquisition", "1",
      "camunda.bpm.job-execution.lock-time-in-millis", String.valueOf(LOCK_TIME_MILLIS));

  private final List<ServerNode> nodes = new ArrayList<>();

  @AfterEach
  void killNodes() {
    nodes.forEach(ServerNode::close);
  }

  @Test
  void aNodeKilledInTheMiddleOfABatchLosesNoParticipation() {
    long began = System.nanoTime();
    TestPostgres.Database database = TestPostgres.server().createDatabase();
    ClusterDatabase db = new ClusterDatabase(database);
    ServerNode first = node("crash-1", database).awaitReady(START_TIMEOUT);
    long preparing = System.nanoTime();
    List<Participation> participations =
        PracticeJourneys.atFirstCheckpoint(List.of(first.admin()), PARTICIPATIONS, "CRASH", 3);
    assertThat(db.timersLeft()).isEqualTo(PARTICIPATIONS);
    System.out.println("[CrashOnPostgresTest] " + first + " ready after "
        + first.readyAfter().toSeconds() + " s; " + PARTICIPATIONS + " participations at their "
        + "first checkpoint in " + Duration.ofNanos(System.nanoTime() - preparing).toSeconds()
        + " s");

    PracticeJourneys.setTimersDue(first.admin(), participations, Instant.now().plusSeconds(3));

    // kill -9 once a part of the batch is done, while the node holds a job
    long killAt = PARTICIPATIONS / 4;
    long deadline = System.nanoTime() + BATCH_TIMEOUT.toNanos();
    ClusterDatabase.Progress seen;
    while ((seen = db.progress()).opened() < killAt || seen.locked() == 0) {
      if (System.nanoTime() > deadline || !first.isAlive() || seen.left() == 0) {
        throw new AssertionError("the node was not caught in the middle of the batch: " + seen
            + " of " + PARTICIPATIONS + " (make it slower); its log ends:\n" + first.tail(40));
      }
      ServerNode.sleep(20);
    }
    long killedAt = System.nanoTime();
    int exitCode = first.kill();
    ServerNode.sleep(500); // the database ends the dead node's sessions (and their transactions)
    ClusterDatabase.Progress atKill = db.progress();
    long doneAtKill = atKill.opened();
    long lockedAtKill = atKill.locked();
    long leftAtKill = atKill.left();
    System.out.println("[CrashOnPostgresTest] kill -9 of " + first.name + ": exit code " + exitCode
        + "; done before the kill " + doneAtKill + " of " + PARTICIPATIONS + " (seen " + seen
        + " just before), timers left " + leftAtKill + ", of them locked by the dead node "
        + lockedAtKill);

    assertThat(exitCode).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
    assertThat(first.isAlive()).isFalse();
    assertThat(doneAtKill).isLessThan(PARTICIPATIONS);
    assertThat(doneAtKill + leftAtKill).as("every timer is done or still waiting")
        .isEqualTo(PARTICIPATIONS);

    // the node comes back and finishes the batch
    ServerNode second = node("crash-1-restarted", database).awaitReady(START_TIMEOUT);
    Duration restart = Duration.ofNanos(System.nanoTime() - killedAt);
    long restartDeadline = System.nanoTime() + BATCH_TIMEOUT.toNanos();
    while (db.checkpointsOpened() < PARTICIPATIONS || db.timersLeft() > 0) {
      if (System.nanoTime() > restartDeadline) {
        throw new AssertionError(BATCH_TIMEOUT.toSeconds() + " s after the restart: done "
            + db.checkpointsOpened() + " of " + PARTICIPATIONS + ", timers left "
            + db.timersLeft() + " (locked " + db.timersLocked() + "), failed jobs "
            + db.failedJobs() + "; its log ends:\n" + second.tail(40));
      }
      ServerNode.sleep(250);
    }
    Duration recovered = Duration.ofNanos(System.nanoTime() - killedAt);

    Map<String, Effects> effects = db.effects(participations);
    long once = effects.values().stream().filter(Effects::exactlyOnce).count();
    List<String> lost = effects.entrySet().stream().filter(e -> e.getValue().none())
        .map(Map.Entry::getKey).toList();
    List<String> twice = effects.entrySet().stream().filter(e -> e.getValue().more())
        .map(e -> e.getKey() + "=" + e.getValue()).toList();
    int stopped = second.stop();
    Map<String, Map<String, Long>> metrics = db.jobMetrics();
    System.out.println("[CrashOnPostgresTest] done before the kill " + doneAtKill
        + ", locked at the kill " + lockedAtKill + ", done after the restart "
        + (PARTICIPATIONS - doneAtKill) + ", effect exactly once " + once + " of "
        + PARTICIPATIONS + ", duplicates " + twice.size() + " " + twice + ", lost " + lost.size()
        + " " + lost + "; the restarted node was ready " + restart.toSeconds() + " s after the "
        + "kill, the batch done " + recovered.toSeconds() + " s after it; failed jobs "
        + db.failedJobs() + ", incidents " + db.incidents() + "; metrics " + metrics
        + " (the killed node reported none); exit code after SIGTERM " + stopped
        + "; whole test " + Duration.ofNanos(System.nanoTime() - began).toSeconds() + " s");

    assertThat(lost).as("participations that did not go on from their wait state").isEmpty();
    assertThat(twice).as("participations whose timer had an effect twice").isEmpty();
    assertThat(once).isEqualTo(PARTICIPATIONS);
    assertThat(db.failedJobs()).isZero();
    assertThat(db.incidents()).isZero();
    assertThat(stopped).as("a graceful stop (SIGTERM: 128 + 15)").isEqualTo(143);
    assertThat(metrics.getOrDefault(second.name, Map.of()).getOrDefault("job-successful", 0L))
        .as("jobs the restarted node executed").isGreaterThanOrEqualTo(PARTICIPATIONS - doneAtKill);
  }

  private ServerNode node(String name, TestPostgres.Database database) {
    ServerNode node = ServerNode.start(name, database, SLOW_EXECUTOR);
    nodes.add(node);
    return node;
  }
}
