package no.placetrain.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.process.commitment.CommitmentEscalationProcess;
import no.placetrain.process.commitment.EscalationService;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import no.placetrain.testapp.TestApplication;
import no.placetrain.testsupport.MutableClock;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One node of Place &amp; Train for the notice tests: the smallest host ({@link TestApplication})
 * with the test clock, started as its own Spring Boot application so a test can run two on one
 * database, close one ("it dies") and start another. Notices go out by e-mail to an
 * {@link Smtp} server; the dispatcher is not started unless the arguments say so. In a PostgreSQL
 * run a node without a PostgreSQL URL of its own gets a fresh database.
 */
final class Node implements AutoCloseable {

  private static final AtomicInteger CANDIDATES = new AtomicInteger();

  final ConfigurableApplicationContext context;

  private Node(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /**
   * A node named {@code name} ({@code CLAIMED_BY}), sending by mail to {@code smtp}.
   *
   * @param arguments more command-line arguments ({@code --key=value}), which win
   */
  static Node start(String name, Smtp smtp, String... arguments) {
    Map<String, String> args = new LinkedHashMap<>();
    List<String> all = new ArrayList<>(List.of(
        "--placetrain.notify.channel=mail",
        "--placetrain.notify.tasklist-url=https://placetrain.test/camunda/app/tasklist/",
        "--placetrain.notify.mail.from=placetrain@nav.test",
        "--placetrain.notify.dispatch.node-id=" + name,
        "--placetrain.notify.dispatch.enabled=false"));
    all.addAll(smtp.springArguments());
    all.addAll(List.of(arguments));
    for (String argument : all) { // a later argument replaces an earlier one of the same key
      int equals = argument.indexOf('=');
      args.put(argument.substring(0, equals), argument.substring(equals + 1));
    }
    return new Node(new SpringApplicationBuilder(TestApplication.class, MutableClock.Config.class)
        .web(WebApplicationType.NONE)
        .run(args.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .toArray(String[]::new)));
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  OutboxDispatcher dispatcher() {
    return bean(OutboxDispatcher.class);
  }

  OutboxStore outbox() {
    return bean(OutboxStore.class);
  }

  MutableClock clock() {
    return bean(MutableClock.class);
  }

  ProcessEngine engine() {
    return bean(ProcessEngine.class);
  }

  /** Transactions of the engine's transaction manager. */
  TransactionTemplate transactions() {
    return new TransactionTemplate(bean(PlatformTransactionManager.class));
  }

  JdbcClient jdbc() {
    return JdbcClient.create(bean(javax.sql.DataSource.class));
  }

  /** Rows of the outbox. */
  int outboxRows() {
    return jdbc().sql("SELECT COUNT(*) FROM PT_OUTBOX").query(Integer.class).single();
  }

  /** The user exists, with {@code email} (none when {@code null}), in {@code groupId}. */
  void member(String userId, String email, String groupId) {
    IdentityService identity = engine().getIdentityService();
    if (identity.createGroupQuery().groupId(groupId).count() == 0) {
      identity.saveGroup(identity.newGroup(groupId));
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      user = identity.newUser(userId);
    }
    user.setEmail(email);
    identity.saveUser(user);
    if (identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(userId, groupId);
    }
  }

  /**
   * A KIWI × NAV Drammen participation of {@code candidate} with the commitment {@code kind}
   * opened 20 days ago: overdue.
   */
  Commitment overdue(Candidate candidate, CommitmentKind kind) {
    Participation participation = bean(ParticipationService.class)
        .register("kiwi-nav-drammen", null, candidate, null);
    return bean(CommitmentService.class).open(participation.id(), kind, 0,
        clock().instant().minus(Duration.ofDays(20))).orElseThrow();
  }

  /** A new candidate reference. */
  static String nextReference(String prefix) {
    return prefix + "-" + CANDIDATES.incrementAndGet();
  }

  /** Starts the commitment's escalation; returns its process instance id. */
  String escalate(Commitment commitment) {
    return bean(EscalationService.class).escalate(engine(), commitment.participationId(),
        commitment.kind(), commitment.sequence()).orElseThrow();
  }

  /** Runs the escalation's reminder job ({@code remindObligorWorker}). */
  void remind(String escalation) {
    fire(escalation, CommitmentEscalationProcess.Elements.TASK_REMIND_OBLIGOR);
  }

  /** Executes the job of {@code activityId} in the instance now. */
  void fire(String processInstanceId, String activityId) {
    Job job = engine().getManagementService().createJobQuery()
        .processInstanceId(processInstanceId).activityId(activityId).singleResult();
    if (job == null) {
      throw new AssertionError("no job of " + activityId);
    }
    engine().getManagementService().executeJob(job.getId());
  }

  /** Rounds of the dispatcher until one finds nothing due; their sum. */
  DispatchRound drain() {
    DispatchRound total = DispatchRound.NONE;
    DispatchRound round;
    do {
      round = dispatcher().dispatchOnce();
      total = total.plus(round);
    } while (round.due() > 0 && round.sent() + round.failed() > 0);
    return total;
  }

  @Override
  public void close() {
    context.close();
  }
}
