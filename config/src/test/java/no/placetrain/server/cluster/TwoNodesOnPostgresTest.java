package no.placetrain.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.placetrain.server.RestClient;
import no.placetrain.server.cluster.ClusterDatabase.Effects;
import no.placetrain.server.cluster.PracticeJourneys.Participation;
import no.placetrain.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Two nodes of the real server, each a JVM of its own with its own job executor, on one new
 * PostgreSQL database (Camunda's homogeneous cluster):
 *
 * <ol>
 *   <li>both start at the same moment on the empty database and both come up, with one
 *       {@code placetrain} deployment, one version of each process, every agreement of the
 *       catalogue once, the parties' groups made by one node only, no grant and no Tasklist filter
 *       twice (the startup lock, {@code PT_CLUSTER_LOCK});
 *   <li>{@value #PARTICIPATIONS} participations, taken through the real journey to the practice
 *       period over both nodes' REST APIs, wait at their first checkpoint timer; every timer is
 *       then set due at the same instant, so both job executors compete for them;
 *   <li>every timer's effect happened exactly once per participation: the timer ended once, the
 *       checkpoint's party-desk was called once, its task created once, {@code HOLD_CHECKPOINT#1}
 *       opened once — none lost, none twice.
 * </ol>
 * Printed: how long each node waited for the other's start, which node executed how many jobs,
 * and the optimistic-locking conflicts seen (acquisitions lost to the other node, failed
 * executions, {@code OptimisticLockingException} in the logs).
 */
class TwoNodesOnPostgresTest {

  static final int PARTICIPATIONS = 60;
  private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
  private static final Duration FIRING_TIMEOUT = Duration.ofMinutes(4);

  private final List<ServerNode> nodes = new ArrayList<>();

  @AfterEach
  void killNodes() {
    nodes.forEach(ServerNode::close);
  }

  @Test
  void twoNodesStartTogetherAndRunEveryDueTimerExactlyOnce() throws IOException {
    long began = System.nanoTime();
    TestPostgres.Database database = TestPostgres.server().createDatabase();
    ClusterDatabase db = new ClusterDatabase(database);

    // 1. both nodes start at once on the empty database
    ServerNode a = node("two-a", database);
    ServerNode b = node("two-b", database);
    a.awaitReady(START_TIMEOUT);
    b.awaitReady(START_TIMEOUT);
    for (ServerNode node : List.of(a, b)) {
      System.out.println("[TwoNodesOnPostgresTest] " + node + " ready after "
          + node.readyAfter().toSeconds() + " s; " + node.messages(ServerNode.LOCK_TAKEN_LINE)
          + "; " + node.messages("Programme catalogue:") + "; logged 'Groups created': "
          + node.count("Groups created:") + "; " + node.messages("Tasklist filters:"));
    }
    int catalogue = new PathMatchingResourcePatternResolver()
        .getResources("classpath*:placetrain/programmes/*.yaml").length;
    long deployments =
        db.count("SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT WHERE NAME_ = 'placetrain'");
    Map<String, Long> versions = db.processDefinitionVersions();
    long agreements = db.count("SELECT COUNT(*) FROM PT_AGREEMENT");
    long groups = db.count("SELECT COUNT(*) FROM ACT_ID_GROUP");
    long filters = db.count("SELECT COUNT(*) FROM ACT_RU_FILTER WHERE NAME_ LIKE 'Oppgaver for %'");
    long users = db.count("SELECT COUNT(*) FROM ACT_ID_USER");
    System.out.println("[TwoNodesOnPostgresTest] after both starts: deployments 'placetrain' "
        + deployments + ", process definition versions " + versions + ", agreements " + agreements
        + " (catalogue files " + catalogue + "), groups " + groups + ", filters " + filters
        + " (groups with a filter " + db.groupsWithFilters() + ", names twice "
        + db.duplicateFilters() + "), users " + users + ", grants twice " + db.duplicateGrants());

    // one start after the other: the lock's holding times do not overlap
    Instant aTook = a.loggedAt(ServerNode.LOCK_TAKEN_LINE);
    Instant aReleased = a.loggedAt(ServerNode.READY_LINE);
    Instant bTook = b.loggedAt(ServerNode.LOCK_TAKEN_LINE);
    Instant bReleased = b.loggedAt(ServerNode.READY_LINE);
    System.out.println("[TwoNodesOnPostgresTest] startup lock held by two-a " + aTook + " – "
        + aReleased + ", by two-b " + bTook + " – " + bReleased);
    assertThat(!aReleased.isAfter(bTook) || !bReleased.isAfter(aTook))
        .as("one node's startup work after the other's").isTrue();

    assertThat(deployments).as("one placetrain deployment").isEqualTo(1);
    assertThat(versions).containsKeys("place-and-train", "party-desk", "job-guarantee",
        "commitment-escalation").allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1));
    assertThat(agreements).as("every agreement of the catalogue once").isEqualTo(catalogue);
    assertThat(a.count("Groups created:") + b.count("Groups created:"))
        .as("the parties' groups are created by one node; the other finds them").isEqualTo(1);
    assertThat(db.duplicateFilters()).as("Tasklist filters made twice").isEmpty();
    assertThat(filters).as("one filter per group").isEqualTo(db.groupsWithFilters());
    assertThat(db.duplicateGrants()).isZero();
    assertThat(db.count("SELECT COUNT(*) FROM ACT_ID_MEMBERSHIP WHERE USER_ID_ = 'admin' "
        + "AND GROUP_ID_ = 'camunda-admin'")).isEqualTo(1);

    // 2. participations at their first checkpoint, the timers due at one instant
    long preparing = System.nanoTime();
    List<RestClient> clients = List.of(a.admin(), b.admin());
    List<Participation> participations =
        PracticeJourneys.atFirstCheckpoint(clients, PARTICIPATIONS, "TWO", 4);
    assertThat(db.timersLeft()).as("checkpoint timers waiting").isEqualTo(PARTICIPATIONS);
    assertThat(db.checkpointsOpened()).isZero();
    Duration prepared = Duration.ofNanos(System.nanoTime() - preparing);
    Instant due = Instant.now().plusSeconds(6);
    PracticeJourneys.setTimersDue(a.admin(), participations, due);
    Instant allSet = Instant.now();
    System.out.println("[TwoNodesOnPostgresTest] " + PARTICIPATIONS + " participations at their "
        + "first checkpoint in " + prepared.toSeconds() + " s; every timer set due at " + due
        + " (all set " + Duration.between(allSet, due).toMillis() + " ms before it)");

    // 3. both job executors run them; wait until every timer fired
    long firing = System.nanoTime();
    awaitAllFired(db, a, b);
    Duration fired = Duration.ofNanos(System.nanoTime() - firing);

    Map<String, Effects> effects = db.effects(participations);
    long once = effects.values().stream().filter(Effects::exactlyOnce).count();
    List<String> lost = effects.entrySet().stream().filter(e -> e.getValue().none())
        .map(Map.Entry::getKey).toList();
    List<String> twice = effects.entrySet().stream().filter(e -> e.getValue().more())
        .map(e -> e.getKey() + "=" + e.getValue()).toList();

    // the engines report their job metrics when they close
    int exitA = a.stop();
    int exitB = b.stop();
    Map<String, Map<String, Long>> metrics = db.jobMetrics();
    long successful = metrics.values().stream()
        .mapToLong(m -> m.getOrDefault("job-successful", 0L)).sum();
    System.out.println("[TwoNodesOnPostgresTest] timers fired within " + fired.toSeconds()
        + " s of being set due: participations " + PARTICIPATIONS + ", effect exactly once "
        + once + ", duplicates " + twice.size() + " " + twice + ", lost " + lost.size() + " "
        + lost);
    for (ServerNode node : List.of(a, b)) {
      Map<String, Long> m = metrics.getOrDefault(node.name, Map.of());
      System.out.println("[TwoNodesOnPostgresTest] " + node.name + ": jobs executed "
          + m.getOrDefault("job-successful", 0L) + ", failed " + m.getOrDefault("job-failed", 0L)
          + ", acquired " + m.getOrDefault("job-acquired-success", 0L)
          + ", optimistic-locking conflicts at acquisition (lost to the other node) "
          + m.getOrDefault("job-acquired-failure", 0L) + ", OptimisticLockingException in its "
          + "log " + node.count("OptimisticLockingException") + ", ENGINE-14006 (job failed) "
          + node.count("ENGINE-14006") + "; exit code after SIGTERM "
          + (node == a ? exitA : exitB));
    }
    System.out.println("[TwoNodesOnPostgresTest] metrics of the nodes: " + metrics
        + "; failed jobs left " + db.failedJobs() + ", incidents " + db.incidents()
        + "; whole test " + Duration.ofNanos(System.nanoTime() - began).toSeconds() + " s");

    assertThat(lost).as("participations whose timer had no effect").isEmpty();
    assertThat(twice).as("participations whose timer had an effect twice").isEmpty();
    assertThat(once).isEqualTo(PARTICIPATIONS);
    assertThat(db.timersLeft()).isZero();
    assertThat(db.failedJobs()).isZero();
    assertThat(db.incidents()).isZero();
    assertThat(List.of(exitA, exitB)).as("graceful stops (SIGTERM: 128 + 15)")
        .containsOnly(143);
    assertThat(metrics).as("both nodes reported their job metrics").containsKeys(a.name, b.name);
    assertThat(successful).as("jobs executed successfully, both nodes together")
        .isGreaterThanOrEqualTo(PARTICIPATIONS);
    for (ServerNode node : List.of(a, b)) {
      assertThat(node.count("Liquibase lock taken"))
          .as("%s ran Liquibase under the advisory lock (LiquibaseStartupLock)", node.name)
          .isEqualTo(1);
      assertThat(metrics.get(node.name).getOrDefault("job-successful", 0L))
          .as("jobs %s executed: both executors took part", node.name).isPositive();
    }
  }

  private ServerNode node(String name, TestPostgres.Database database) {
    ServerNode node = ServerNode.start(name, database, Map.of());
    nodes.add(node);
    return node;
  }

  private static void awaitAllFired(ClusterDatabase db, ServerNode... nodes) {
    long deadline = System.nanoTime() + FIRING_TIMEOUT.toNanos();
    while (db.checkpointsOpened() < PARTICIPATIONS || db.timersLeft() > 0) {
      for (ServerNode node : nodes) {
        assertThat(node.isAlive()).as(node + " alive; its log ends:\n" + node.tail(40)).isTrue();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("after " + FIRING_TIMEOUT.toSeconds() + " s: checkpoints opened "
            + db.checkpointsOpened() + " of " + PARTICIPATIONS + ", timers left "
            + db.timersLeft() + " (locked " + db.timersLocked() + "), failed jobs "
            + db.failedJobs() + ", incidents " + db.incidents());
      }
      ServerNode.sleep(250);
    }
  }
}
