package no.placetrain.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.testing.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * Nodes that die and nodes that run side by side, each a Spring Boot application of its own on
 * ONE PostgreSQL database (a real server): a notice a job committed on a node that dies before
 * sending it is sent once by the node started after it; the claim a dying node held is taken over
 * once its claim time has passed; a rolled-back job sends nothing; two running nodes sending one
 * outbox while notices are written send each of them once.
 */
class OutboxCrashOnPostgresTest {

  private static final String CASEWORKERS = "nav-drammen-caseworker";
  private static final String CASEWORKER = "crash.cw@nav.test";

  private static String[] on(TestPostgres.Database database, String... more) {
    List<String> args = new ArrayList<>(List.of(
        "--spring.datasource.url=" + database.url(),
        "--spring.datasource.username=" + database.user(),
        "--spring.datasource.password=" + database.password(),
        "--spring.datasource.driver-class-name=org.postgresql.Driver"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void aNoticeCommittedByANodeThatDiesIsSentOnceByTheNextAndNothingRolledBackIsSent()
      throws Exception {
    TestPostgres.Database database = TestPostgres.server().createDatabase();
    try (Smtp smtp = Smtp.start()) {
      Commitment overdue;
      String claimedKey;
      Notice rolledBack;
      // node A: a job writes the reminder and commits; then A dies before any dispatch
      try (Node a = Node.start("node-a", smtp, on(database))) {
        a.member("crashcw", CASEWORKER, CASEWORKERS);
        overdue = a.overdue(new Candidate(Node.nextReference("CRASHREF"), "Kari Nordmann"),
            CommitmentKind.SCREEN_REFERRAL);
        a.remind(a.escalate(overdue));
        // a second notice A had claimed when it died (mid-round)
        Notice claimed = Notice.escalated(overdue.participationId(), overdue.id(),
            overdue.kind(), overdue.dueAt(), 1, CASEWORKERS);
        a.transactions().executeWithoutResult(s -> a.bean(Notifier.class).send(claimed));
        Instant now = a.clock().instant();
        assertThat(a.outbox().claim(a.outbox().find(claimed.idempotencyKey()).orElseThrow(),
            "node-a", now, now.plus(Duration.ofMinutes(2)))).isTrue();
        claimedKey = claimed.idempotencyKey();
        // a job that failed after writing its notice
        rolledBack = Notice.escalated(overdue.participationId(), overdue.id(), overdue.kind(),
            overdue.dueAt(), 2, CASEWORKERS);
        a.transactions().executeWithoutResult(s -> {
          a.bean(Notifier.class).send(rolledBack);
          s.setRollbackOnly();
        });
        assertThat(a.outboxRows()).isEqualTo(2);
        assertThat(smtp.all()).isEmpty();
      }

      // node B: started after A died, on the same database, dispatching
      try (Node b = Node.start("node-b", smtp, on(database,
          "--placetrain.notify.dispatch.enabled=true",
          "--placetrain.notify.dispatch.interval=PT0.2S"))) {
        OutboxDispatcher dispatcher = b.dispatcher();
        String reminderKey = "reminder:" + overdue.id();
        OutboxLifecycleTest.await(() -> b.outbox().find(reminderKey).orElseThrow().sent());
        long rounds = dispatcher.rounds();
        OutboxLifecycleTest.await(() -> dispatcher.rounds() >= rounds + 5);
        boolean claimedSentWhileHeld = b.outbox().find(claimedKey).orElseThrow().sent();
        int messagesBeforeTakeOver = smtp.to(CASEWORKER).size();

        b.clock().advance(Duration.ofMinutes(2).plusSeconds(1)); // A's claim runs out
        OutboxLifecycleTest.await(() -> b.outbox().find(claimedKey).orElseThrow().sent());
        long later = dispatcher.rounds();
        OutboxLifecycleTest.await(() -> dispatcher.rounds() >= later + 5);

        Map<String, Long> perMessageId = smtp.perMessageId();
        System.out.println("[OutboxCrashOnPostgresTest] node B after A died: totals "
            + dispatcher.totals() + ", rounds " + dispatcher.rounds() + "; messages before the "
            + "take-over " + messagesBeforeTakeOver + ", after " + smtp.to(CASEWORKER).size()
            + " " + perMessageId.values() + "; A's claim sent while held: "
            + claimedSentWhileHeld + "; rolled-back notice stored: "
            + b.outbox().find(rolledBack.idempotencyKey()).isPresent() + "; outbox rows "
            + b.outboxRows());
        assertThat(messagesBeforeTakeOver).as("the reminder A committed").isEqualTo(1);
        assertThat(claimedSentWhileHeld).as("not while A's claim holds").isFalse();
        assertThat(smtp.to(CASEWORKER)).hasSize(2);
        assertThat(perMessageId.values()).containsOnly(1L);
        assertThat(b.outbox().find(reminderKey)).hasValueSatisfying(e -> {
          assertThat(e.claimedBy()).isEqualTo("node-b");
          assertThat(e.attempts()).isEqualTo(1);
        });
        assertThat(b.outbox().find(claimedKey).orElseThrow().claimedBy()).isEqualTo("node-b");
        assertThat(b.outbox().find(rolledBack.idempotencyKey())).isEmpty();
        assertThat(b.outboxRows()).isEqualTo(2);
      }
    }
  }

  @Test
  void twoRunningNodesSendingOneOutboxWhileNoticesAreWrittenSendEachOnce() throws Exception {
    TestPostgres.Database database = TestPostgres.server().createDatabase();
    int count = 200;
    try (Smtp smtp = Smtp.start();
        Node one = Node.start("node-one", smtp, on(database,
            "--placetrain.notify.dispatch.enabled=true",
            "--placetrain.notify.dispatch.interval=PT0.1S",
            "--placetrain.notify.dispatch.batch-size=10"));
        Node two = Node.start("node-two", smtp, on(database,
            "--placetrain.notify.dispatch.enabled=true",
            "--placetrain.notify.dispatch.interval=PT0.1S",
            "--placetrain.notify.dispatch.batch-size=10"))) {
      one.member("twonodes", "two.nodes@nav.test", "twonodesgroup");
      List<Notice> notices = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Notice notice = Notice.escalated("P-two-nodes-" + i, "C-two-nodes-" + i,
            CommitmentKind.HOLD_CHECKPOINT, Instant.parse("2026-03-09T09:00:00Z"), 1,
            "twonodesgroup");
        notices.add(notice);
        (i % 2 == 0 ? one : two).transactions()
            .executeWithoutResult(s -> one.bean(Notifier.class).send(notice));
      }
      OutboxLifecycleTest.await(() -> one.outbox().unsent() == 0);
      long rounds = one.dispatcher().rounds() + two.dispatcher().rounds();
      OutboxLifecycleTest.await(() ->
          one.dispatcher().rounds() + two.dispatcher().rounds() >= rounds + 10);

      MailChannel channel = one.bean(MailChannel.class);
      Set<String> ours = notices.stream().map(channel::messageId).collect(Collectors.toSet());
      Map<String, Long> perMessageId = new TreeMap<>(smtp.perMessageId());
      long received = perMessageId.keySet().stream().filter(ours::contains).count();
      long duplicates = perMessageId.values().stream().mapToLong(c -> c - 1).sum();
      DispatchRound a = one.dispatcher().totals();
      DispatchRound b = two.dispatcher().totals();
      System.out.println("[OutboxCrashOnPostgresTest] two nodes, " + count + " notices: sent "
          + a.sent() + " + " + b.sent() + " = " + (a.sent() + b.sent()) + ", messages "
          + smtp.all().size() + ", received " + received + ", duplicates " + duplicates
          + ", lost " + (count - received) + ", claim conflicts " + a.conflicts() + " + "
          + b.conflicts() + ", late marks " + (a.lateMarks() + b.lateMarks()) + ", rounds "
          + one.dispatcher().rounds() + " + " + two.dispatcher().rounds());
      assertThat(a.sent() + b.sent()).isEqualTo(count);
      assertThat(received).isEqualTo(count);
      assertThat(perMessageId).hasSize(count);
      assertThat(duplicates).isZero();
      assertThat(smtp.all()).hasSize(count);
      assertThat(a.lateMarks() + b.lateMarks()).isZero();
    }
  }
}
