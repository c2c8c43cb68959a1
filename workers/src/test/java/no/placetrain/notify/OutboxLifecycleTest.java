package no.placetrain.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import no.placetrain.domain.agreement.CommitmentKind;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher as a node runs it: started with the application context
 * ({@code placetrain.notify.dispatch.enabled}), it sends a committed notice by itself, once, and
 * stops with the context. On H2 and on PostgreSQL.
 */
class OutboxLifecycleTest {

  @Test
  void theDispatcherStartsAndStopsWithTheContextAndSendsByItself() throws Exception {
    try (Smtp smtp = Smtp.start()) {
      Node node = Node.start("lifecycle-node", smtp,
          "--placetrain.notify.dispatch.enabled=true",
          "--placetrain.notify.dispatch.interval=PT0.2S");
      OutboxDispatcher dispatcher;
      Notice notice;
      try {
        node.member("lifecyclemember", "lifecycle@nav.test", "lifecyclegroup");
        dispatcher = node.dispatcher();
        assertThat(dispatcher.isRunning()).isTrue();
        notice = Notice.reminder(new Reminder("P-lifecycle", "C-lifecycle",
            CommitmentKind.SCREEN_REFERRAL, Instant.parse("2026-03-09T09:00:00Z"),
            "lifecyclegroup"));
        node.transactions().executeWithoutResult(s -> node.bean(Notifier.class).send(notice));

        await(() -> !smtp.to("lifecycle@nav.test").isEmpty());
        long rounds = dispatcher.rounds();
        await(() -> dispatcher.rounds() >= rounds + 3); // a few more rounds: nothing again

        System.out.println("[OutboxLifecycleTest] running: rounds " + dispatcher.rounds()
            + ", totals " + dispatcher.totals() + ", messages "
            + smtp.to("lifecycle@nav.test").size());
        assertThat(smtp.to("lifecycle@nav.test")).hasSize(1);
        assertThat(node.outbox().find(notice.idempotencyKey())).hasValueSatisfying(e -> {
          assertThat(e.sent()).isTrue();
          assertThat(e.claimedBy()).isEqualTo("lifecycle-node");
        });
      } finally {
        node.close();
      }
      long roundsAtStop = dispatcher.rounds();
      Thread.sleep(Duration.ofSeconds(1).toMillis());
      System.out.println("[OutboxLifecycleTest] stopped: running " + dispatcher.isRunning()
          + ", rounds at stop " + roundsAtStop + ", a second later " + dispatcher.rounds());
      assertThat(dispatcher.isRunning()).isFalse();
      assertThat(dispatcher.rounds()).isEqualTo(roundsAtStop);
    }
  }

  /** Waits for {@code condition} (checked every 50 ms; gives up after two minutes). */
  static void await(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 2400 && !condition.getAsBoolean(); i++) {
      Thread.sleep(50);
    }
    assertThat(condition.getAsBoolean()).as("condition reached").isTrue();
  }
}
