package no.placetrain.notify;

import java.lang.reflect.Method;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Sends the outbox: every {@code placetrain.notify.dispatch.interval} it claims up to
 * {@code batch-size} due notices, delivers each through the {@link NoticeChannel} and marks it
 * sent. Started and stopped with the application context ({@code dispatch.enabled}); every node
 * of a cluster may run one.
 *
 * <p>A claim is a conditional update ({@link OutboxStore#claim}): of two nodes, one gets a
 * notice; the other counts a claim conflict and leaves it. A claim holds for
 * {@code dispatch.claim-time}: a node that dies holding claims leaves them to the others once
 * they run out; a node whose own claims are running out stops sending and releases the rest. A
 * failed delivery counts an attempt and records the exception's classes (and an SMTP status; never
 * a message: it may hold an address); the notice waits {@code backoff}, doubled per further
 * attempt up to {@code max-backoff}. After {@code max-attempts} it stays unsent, reported once in
 * the log with its ids; {@link OutboxStore#givenUp} lists such notices.
 *
 * <p>Delivery is at least once: a node that dies after delivering and before marking the notice
 * sent leaves it to be delivered again — the channel derives what lets a receiver drop the
 * duplicate (an e-mail's Message-ID) from the notice's idempotency key.
 */
public class OutboxDispatcher implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

  private final OutboxStore store;
  private final NoticeChannel channel;
  private final Clock clock;
  private final String node;
  private final boolean autoStartup;
  private final Duration interval;
  private final int batchSize;
  private final Duration claimTime;
  private final int maxAttempts;
  private final Duration backoff;
  private final Duration maxBackoff;
  private final AtomicReference<DispatchRound> totals = new AtomicReference<>(DispatchRound.NONE);
  private final AtomicLong rounds = new AtomicLong();

  private volatile boolean running;
  private ScheduledExecutorService executor;

  /**
   * @param store the outbox
   * @param channel delivers the notices
   * @param clock "now" of due instants and claims (all nodes' clocks must agree)
   * @param settings {@code placetrain.notify.dispatch.*}
   * @throws IllegalArgumentException naming the setting when one is out of range
   */
  public OutboxDispatcher(OutboxStore store, NoticeChannel channel, Clock clock,
      NotifyProperties.Dispatch settings) {
    this.store = store;
    this.channel = channel;
    this.clock = clock;
    this.node = nodeId(settings.getNodeId());
    this.autoStartup = settings.isEnabled();
    this.interval = positive(settings.getInterval(), "interval");
    this.claimTime = positive(settings.getClaimTime(), "claim-time");
    this.backoff = positive(settings.getBackoff(), "backoff");
    this.maxBackoff = positive(settings.getMaxBackoff(), "max-backoff");
    if (maxBackoff.compareTo(backoff) < 0) {
      throw new IllegalArgumentException(
          "placetrain.notify.dispatch.max-backoff must not be shorter than backoff");
    }
    if (settings.getBatchSize() < 1) {
      throw new IllegalArgumentException("placetrain.notify.dispatch.batch-size must be positive");
    }
    if (settings.getMaxAttempts() < 1) {
      throw new IllegalArgumentException(
          "placetrain.notify.dispatch.max-attempts must be positive");
    }
    this.batchSize = settings.getBatchSize();
    this.maxAttempts = settings.getMaxAttempts();
  }

  private static Duration positive(Duration value, String name) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException("placetrain.notify.dispatch." + name
          + " must be positive");
    }
    return value;
  }

  private static String nodeId(String configured) {
    if (configured != null && !configured.isBlank()) {
      if (configured.length() > OutboxStore.MAX_NODE_LENGTH) {
        throw new IllegalArgumentException("placetrain.notify.dispatch.node-id is longer than "
            + OutboxStore.MAX_NODE_LENGTH + " characters");
      }
      return configured;
    }
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      host = "node";
    }
    String suffix = "-" + UUID.randomUUID().toString().substring(0, 8);
    int room = OutboxStore.MAX_NODE_LENGTH - suffix.length();
    return (host.length() > room ? host.substring(0, room) : host) + suffix;
  }

  /** This node's name in {@code CLAIMED_BY}. */
  public String node() {
    return node;
  }

  /** The attempts a notice gets ({@code dispatch.max-attempts}). */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** All rounds of this dispatcher so far, summed. */
  public DispatchRound totals() {
    return totals.get();
  }

  /** Rounds of this dispatcher so far (scheduled or called). */
  public long rounds() {
    return rounds.get();
  }

  /**
   * One round: claims up to {@code batch-size} due notices and delivers them (see the class
   * comment). Called by the schedule; tests and hosts may call it themselves.
   */
  public DispatchRound dispatchOnce() {
    Instant now = clock.instant();
    Instant until = now.plus(claimTime);
    List<OutboxEntry> due = store.due(now, maxAttempts, batchSize);
    List<OutboxEntry> claimed = new ArrayList<>();
    for (OutboxEntry entry : due) {
      if (store.claim(entry, node, now, until)) {
        claimed.add(entry);
      }
    }
    int conflicts = due.size() - claimed.size();
    int sent = 0;
    int failed = 0;
    int givenUp = 0;
    int released = 0;
    int lateMarks = 0;
    for (int i = 0; i < claimed.size(); i++) {
      OutboxEntry entry = claimed.get(i);
      if (!clock.instant().isBefore(until)) {
        for (OutboxEntry left : claimed.subList(i, claimed.size())) {
          if (store.release(left.id(), node)) {
            released++;
          }
        }
        LOG.warn("Outbox: the claims of node {} ran out before {} notice(s) were sent: left to "
            + "the next round (placetrain.notify.dispatch.claim-time is short for the channel)",
            node, claimed.size() - i);
        break;
      }
      Notice notice = entry.notice();
      try {
        channel.deliver(notice);
      } catch (RuntimeException e) {
        int attempts = entry.attempts() + 1;
        String error = describe(e);
        store.markFailed(entry.id(), node, clock.instant().plus(backoffAfter(attempts)), error);
        failed++;
        if (attempts >= maxAttempts) {
          givenUp++;
          LOG.error("Notice {} ({} to group {}, participation {}, outbox row {}) NOT delivered: "
              + "{} attempts failed, the last with {}; given up (it stays in PT_OUTBOX unsent; "
              + "ATTEMPTS = 0 sends it again)", notice.idempotencyKey(), notice.kind(),
              notice.recipientGroup(), notice.participationId(), entry.id(), attempts, error);
        } else {
          LOG.warn("Notice {} (outbox row {}) not delivered, attempt {} of {}: {}; tried again "
              + "later", notice.idempotencyKey(), entry.id(), attempts, maxAttempts, error);
        }
        continue;
      }
      if (store.markSent(entry.id(), node, clock.instant())) {
        sent++;
      } else {
        lateMarks++;
        LOG.warn("Notice {} (outbox row {}) was delivered after the claim of node {} had run "
            + "out: another node may deliver it again", notice.idempotencyKey(), entry.id(), node);
      }
    }
    DispatchRound round =
        new DispatchRound(due.size(), claimed.size(), conflicts, sent, failed, givenUp, released,
            lateMarks);
    totals.accumulateAndGet(round, DispatchRound::plus);
    rounds.incrementAndGet();
    if (round.claimed() > 0 || round.conflicts() > 0) {
      LOG.info("Outbox round of node {}: {} due, {} sent, {} failed, {} claim conflict(s)", node,
          round.due(), round.sent(), round.failed(), round.conflicts());
    }
    return round;
  }

  /** The wait after the {@code attempts}-th failed attempt: backoff × 2^(attempts−1), capped. */
  Duration backoffAfter(int attempts) {
    int doublings = Math.max(0, attempts - 1);
    if (doublings >= 31) {
      return maxBackoff;
    }
    Duration wait;
    try {
      wait = backoff.multipliedBy(1L << doublings);
    } catch (ArithmeticException e) {
      return maxBackoff;
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }

  /**
   * What went wrong, without a message (it may name an address): the classes of the exception
   * and its causes, outermost first ({@code MailSendException < MessagingException <
   * ConnectException}), and an SMTP status when a cause has one ({@code smtp 550}).
   */
  public static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder();
    Integer smtp = null;
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t) && seen.size() <= 5; t = t.getCause()) {
      if (!text.isEmpty()) {
        text.append(" < ");
      }
      text.append(t.getClass().getSimpleName());
      if (smtp == null) {
        smtp = smtpStatus(t);
      }
    }
    if (smtp != null) {
      text.append(", smtp ").append(smtp);
    }
    String described = text.toString();
    return described.length() <= OutboxStore.MAX_ERROR_LENGTH ? described
        : described.substring(0, OutboxStore.MAX_ERROR_LENGTH);
  }

  /** The SMTP reply code of Jakarta Mail's SMTP exceptions ({@code getReturnCode()}), if any. */
  private static Integer smtpStatus(Throwable t) {
    try {
      Method method = t.getClass().getMethod("getReturnCode");
      Object code = method.invoke(t);
      return code instanceof Integer value && value > 0 ? value : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  @Override
  public void start() {
    if (running) {
      return;
    }
    executor = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "placetrain-outbox");
      thread.setDaemon(true);
      return thread;
    });
    running = true;
    executor.scheduleWithFixedDelay(this::runRounds, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info("Outbox dispatcher started on node {}: every {}, {} per round, claims for {}, {} "
        + "attempts", node, interval, batchSize, claimTime, maxAttempts);
  }

  /** Rounds until one finds fewer than a batch; a failure (database away) waits for the next. */
  private void runRounds() {
    try {
      DispatchRound round;
      do {
        round = dispatchOnce();
      } while (running && round.claimed() >= batchSize);
    } catch (RuntimeException e) {
      LOG.warn("Outbox round of node {} failed: {}; tried again in {}", node, describe(e),
          interval);
    }
  }

  @Override
  public void stop() {
    if (!running) {
      return;
    }
    running = false;
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    LOG.info("Outbox dispatcher stopped on node {}", node);
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** {@code placetrain.notify.dispatch.enabled}. */
  @Override
  public boolean isAutoStartup() {
    return autoStartup;
  }
}
