package no.placetrain.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import no.placetrain.domain.agreement.CommitmentKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The dispatcher against a real SMTP server (GreenMail) and the real outbox: a claim left by a
 * node that died is taken over once its claim time has passed; an SMTP server that is down costs
 * attempts (recorded, with the exception's classes only) and the notice goes out once it is back;
 * after the last attempt a notice stays unsent and is reported; two dispatchers sending one
 * outbox at once send each notice once; two transactions writing the same notice at once leave
 * one row and both commit. Time moves on the test clock; on H2 and on PostgreSQL.
 */
@ExtendWith(OutputCaptureExtension.class)
class OutboxDispatchTest {

  private static final String GROUP = "outboxgroup";
  private static final String MEMBER_A = "member.a@nav.test";
  private static final String MEMBER_B = "member.b@nav.test";
  private static final AtomicInteger NOTICES = new AtomicInteger();

  private static Smtp smtp;
  private static Node node;

  @BeforeAll
  static void aNodeSendingByMail() {
    smtp = Smtp.start();
    node = Node.start("dispatch-node", smtp);
    node.member("outboxmembera", MEMBER_A, GROUP);
    node.member("outboxmemberb", MEMBER_B, GROUP);
  }

  @AfterAll
  static void stop() {
    node.close();
    smtp.close();
  }

  @BeforeEach
  void nothingPending() {
    node.clock().reset();
    node.drain();
    smtp.purge();
  }

  /** A new notice to {@link #GROUP}, written and committed. */
  private static Notice written() {
    int n = NOTICES.incrementAndGet();
    Notice notice = Notice.escalated("P-outbox-" + n, "C-outbox-" + n,
        CommitmentKind.ANSWER_PRESENTATION, Instant.parse("2026-03-09T09:00:00Z"), 1, GROUP);
    OutboxNotifier.Outcome outcome = node.transactions().execute(s ->
        ((OutboxNotifier) node.bean(Notifier.class)).write(notice));
    assertThat(outcome).isEqualTo(OutboxNotifier.Outcome.WRITTEN);
    return notice;
  }

  /** Messages received of {@code notice} (its Message-ID), per member. */
  private static long received(Notice notice, String member) {
    String id = node.bean(MailChannel.class).messageId(notice);
    return smtp.to(member).stream().filter(m -> id.equals(Smtp.messageId(m))).count();
  }

  private static OutboxEntry row(Notice notice) {
    return node.outbox().find(notice.idempotencyKey()).orElseThrow();
  }

  @Test
  void aClaimLeftByADeadNodeIsTakenOverOnceItsClaimTimeHasPassed() {
    Notice notice = written();
    Instant now = node.clock().instant();
    Duration claimTime = Duration.ofMinutes(2); // placetrain.notify.dispatch.claim-time default
    assertThat(node.outbox().claim(row(notice), "dead-node", now, now.plus(claimTime))).isTrue();

    DispatchRound whileClaimed = node.dispatcher().dispatchOnce();
    assertThat(row(notice).claimedBy()).isEqualTo("dead-node");
    assertThat(row(notice).sent()).isFalse();
    assertThat(received(notice, MEMBER_A)).as("not while claimed").isZero();
    node.clock().advance(claimTime.plusSeconds(1)); // the dead node's claim runs out
    DispatchRound afterwards = node.dispatcher().dispatchOnce();
    DispatchRound again = node.dispatcher().dispatchOnce();
    boolean deadNodeMarks = node.outbox().markSent(row(notice).id(), "dead-node",
        node.clock().instant());

    System.out.println("[OutboxDispatchTest] claim of a dead node: while claimed " + whileClaimed
        + ", after its claim time " + afterwards + ", again " + again + "; messages a="
        + received(notice, MEMBER_A) + " b=" + received(notice, MEMBER_B)
        + "; the dead node marking it sent late: " + deadNodeMarks);
    assertThat(afterwards.sent()).isPositive();
    assertThat(received(notice, MEMBER_A)).isEqualTo(1);
    assertThat(received(notice, MEMBER_B)).isEqualTo(1);
    assertThat(row(notice).claimedBy()).isEqualTo("dispatch-node");
    assertThat(row(notice).sent()).isTrue();
    assertThat(deadNodeMarks).as("a claim taken over is no longer the dead node's").isFalse();
  }

  @Test
  void whileSmtpIsDownAttemptsAreRecordedAndTheNoticeGoesOutOnceItIsBack() {
    Notice notice = written();
    smtp.down();
    DispatchRound firstFailure;
    DispatchRound notDueYet;
    DispatchRound secondFailure;
    OutboxEntry afterFirst;
    OutboxEntry afterSecond;
    Duration firstWait;
    Duration secondWait;
    try {
      Instant beforeFirst = node.clock().instant();
      firstFailure = node.dispatcher().dispatchOnce();
      afterFirst = row(notice);
      firstWait = Duration.between(beforeFirst, afterFirst.nextAttemptAt());
      notDueYet = node.dispatcher().dispatchOnce();
      assertThat(row(notice).attempts()).as("not tried again before its backoff").isEqualTo(1);
      node.clock().advance(Duration.ofSeconds(61)); // backoff: 1 minute after the first failure
      Instant beforeSecond = node.clock().instant();
      secondFailure = node.dispatcher().dispatchOnce();
      afterSecond = row(notice);
      secondWait = Duration.between(beforeSecond, afterSecond.nextAttemptAt());
    } finally {
      smtp.up();
    }
    DispatchRound backButNotDue = node.dispatcher().dispatchOnce();
    assertThat(row(notice).sent()).as("not before its backoff").isFalse();
    node.clock().advance(Duration.ofMinutes(2).plusSeconds(1)); // doubled: 2 minutes
    DispatchRound sent = node.dispatcher().dispatchOnce();
    OutboxEntry done = row(notice);

    System.out.println("[OutboxDispatchTest] SMTP down: after the 1st attempt: attempts "
        + afterFirst.attempts() + ", next in " + firstWait.toSeconds() + " s, error "
        + afterFirst.lastError() + "; after the 2nd: attempts " + afterSecond.attempts()
        + ", next in " + secondWait.toSeconds() + " s; rounds " + firstFailure + " / " + notDueYet
        + " / " + secondFailure
        + " / back " + backButNotDue + " / " + sent + "; messages a=" + received(notice, MEMBER_A)
        + " b=" + received(notice, MEMBER_B) + ", attempts " + done.attempts());
    assertThat(firstFailure.failed()).isEqualTo(1);
    assertThat(secondFailure.failed()).isEqualTo(1);
    assertThat(afterFirst.attempts()).isEqualTo(1);
    assertThat(afterFirst.sent()).isFalse();
    assertThat(afterFirst.claimedBy()).isNull();
    assertThat(afterFirst.lastError()).startsWith("MailSendException")
        .contains("ConnectException").doesNotContain("@").doesNotContain(":");
    // the backoff (1 minute) doubles: measured from just before each round
    assertThat(firstWait).isBetween(Duration.ofMinutes(1), Duration.ofSeconds(90));
    assertThat(afterSecond.attempts()).isEqualTo(2);
    assertThat(secondWait).isBetween(Duration.ofMinutes(2), Duration.ofSeconds(150));
    assertThat(sent.sent()).isPositive();
    assertThat(done.sent()).isTrue();
    assertThat(done.attempts()).isEqualTo(3);
    assertThat(done.lastError()).isNull();
    assertThat(received(notice, MEMBER_A)).isEqualTo(1);
    assertThat(received(notice, MEMBER_B)).isEqualTo(1);
  }

  @Test
  void afterTheLastAttemptANoticeStaysUnsentAndIsReportedWithItsIds(CapturedOutput output) {
    NotifyProperties.Dispatch strict = new NotifyProperties.Dispatch();
    strict.setMaxAttempts(2);
    strict.setNodeId("strict-node");
    OutboxDispatcher dispatcher = new OutboxDispatcher(node.outbox(),
        node.bean(NoticeChannel.class), node.clock(), strict);
    Notice notice = written();
    smtp.down();
    DispatchRound first;
    DispatchRound last;
    DispatchRound later;
    try {
      first = dispatcher.dispatchOnce();
      node.clock().advance(Duration.ofMinutes(1).plusSeconds(1));
      last = dispatcher.dispatchOnce();
      node.clock().advance(Duration.ofHours(2));
      later = dispatcher.dispatchOnce();
    } finally {
      smtp.up();
    }
    List<OutboxEntry> givenUp = node.outbox().givenUp(2);

    System.out.println("[OutboxDispatchTest] max attempts 2: rounds " + first + " / " + last
        + " / " + later + "; given up: " + givenUp.size());
    assertThat(first.failed()).isEqualTo(1);
    assertThat(first.givenUp()).isZero();
    assertThat(last.givenUp()).isEqualTo(1);
    assertThat(row(notice).attempts()).as("never tried again").isEqualTo(2);
    assertThat(givenUp).extracting(e -> e.notice().idempotencyKey())
        .contains(notice.idempotencyKey());
    assertThat(row(notice).sent()).isFalse();
    assertThat(row(notice).attempts()).isEqualTo(2);
    assertThat(output.getOut()).contains("Notice " + notice.idempotencyKey() + " (ESCALATED to "
        + "group " + GROUP + ", participation " + notice.participationId() + ", outbox row "
        + row(notice).id() + ") NOT delivered: 2 attempts failed");
    assertThat(output.getOut()).doesNotContain(MEMBER_A).doesNotContain(MEMBER_B);
    assertThat(received(notice, MEMBER_A)).isZero();
  }

  @Test
  void twoDispatchersSendingOneOutboxAtOnceSendEachNoticeOnce() throws Exception {
    int count = 200;
    List<Notice> notices = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      notices.add(written());
    }
    List<OutboxDispatcher> dispatchers = new ArrayList<>();
    for (String name : List.of("node-one", "node-two")) {
      NotifyProperties.Dispatch settings = new NotifyProperties.Dispatch();
      settings.setNodeId(name);
      settings.setBatchSize(10);
      dispatchers.add(new OutboxDispatcher(node.outbox(), node.bean(NoticeChannel.class),
          node.clock(), settings));
    }
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    List<Future<?>> runs = new ArrayList<>();
    try {
      for (OutboxDispatcher dispatcher : dispatchers) {
        runs.add(threads.submit(() -> {
          go.await();
          while (dispatcher.dispatchOnce().due() > 0) {
            // until nothing is due for this node any more
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> run : runs) {
        run.get(5, TimeUnit.MINUTES);
      }
    } finally {
      threads.shutdownNow();
    }

    MailChannel channel = node.bean(MailChannel.class);
    Set<String> ours = notices.stream().map(channel::messageId).collect(Collectors.toSet());
    Map<String, Long> perMessageId = new TreeMap<>(smtp.perMessageId());
    perMessageId.keySet().retainAll(ours); // a notice of another test may have fallen due
    long received = perMessageId.size();
    long duplicates = perMessageId.values().stream().mapToLong(c -> c - 2).sum(); // 2 members
    long sentRows = notices.stream().filter(n -> row(n).sent()).count();
    DispatchRound one = dispatchers.get(0).totals();
    DispatchRound two = dispatchers.get(1).totals();
    System.out.println("[OutboxDispatchTest] two dispatchers, " + count + " notices: sent "
        + one.sent() + " + " + two.sent() + " = " + (one.sent() + two.sent()) + ", rows sent "
        + sentRows + ", messages " + perMessageId.values().stream().mapToLong(c -> c).sum()
        + " (2 members each), notices received " + received + ", duplicates " + duplicates
        + ", lost " + (count - received) + ", claim conflicts " + one.conflicts() + " + "
        + two.conflicts() + ", late marks " + (one.lateMarks() + two.lateMarks()) + ", rounds "
        + dispatchers.get(0).rounds() + " + " + dispatchers.get(1).rounds());
    assertThat(sentRows).isEqualTo(count);
    assertThat(received).as("notices received").isEqualTo(count);
    assertThat(perMessageId.values()).as("each notice reached both members once").containsOnly(2L);
    assertThat(duplicates).isZero();
    assertThat(one.lateMarks() + two.lateMarks()).isZero();
    assertThat(notices).allSatisfy(n -> assertThat(row(n).attempts()).isEqualTo(1));
    assertThat(one.sent()).as("both dispatchers took part").isPositive();
    assertThat(two.sent()).as("both dispatchers took part").isPositive();
  }

  @Test
  void twoTransactionsWritingTheSameNoticeAtOnceLeaveOneRowAndBothCommit() throws Exception {
    int n = NOTICES.incrementAndGet();
    Notice notice = Notice.checkpointDue("P-race-" + n, 1, null, null, GROUP);
    Notice firstsOther = Notice.checkpointDue("P-race-" + n, 2, null, null, GROUP);
    Notice secondsOther = Notice.checkpointDue("P-race-" + n, 3, null, null, GROUP);
    OutboxNotifier notifier = (OutboxNotifier) node.bean(Notifier.class);
    CountDownLatch firstWrote = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<OutboxNotifier.Outcome> first = threads.submit(() ->
          node.transactions().execute(status -> {
            OutboxNotifier.Outcome outcome = notifier.write(notice);
            notifier.write(firstsOther);
            firstWrote.countDown();
            sleep(700); // the second transaction writes the same key meanwhile
            return outcome;
          }));
      Future<OutboxNotifier.Outcome> second = threads.submit(() -> {
        firstWrote.await();
        return node.transactions().execute(status -> {
          OutboxNotifier.Outcome outcome = notifier.write(notice);
          notifier.write(secondsOther); // the transaction goes on after the duplicate
          return outcome;
        });
      });
      OutboxNotifier.Outcome firstOutcome = first.get(1, TimeUnit.MINUTES);
      OutboxNotifier.Outcome secondOutcome = second.get(1, TimeUnit.MINUTES);

      System.out.println("[OutboxDispatchTest] the same notice from two transactions at once: "
          + firstOutcome + ", " + secondOutcome + "; rows of the key "
          + node.jdbc().sql("SELECT COUNT(*) FROM PT_OUTBOX WHERE IDEMPOTENCY_KEY = :k")
              .param("k", notice.idempotencyKey()).query(Integer.class).single());
      assertThat(firstOutcome).isEqualTo(OutboxNotifier.Outcome.WRITTEN);
      assertThat(secondOutcome).isIn(OutboxNotifier.Outcome.STORED_CONCURRENTLY,
          OutboxNotifier.Outcome.ALREADY_STORED);
      assertThat(node.outbox().ofParticipation("P-race-" + n))
          .extracting(e -> e.notice().idempotencyKey())
          .containsExactlyInAnyOrder(notice.idempotencyKey(), firstsOther.idempotencyKey(),
              secondsOther.idempotencyKey());
    } finally {
      threads.shutdownNow();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
