package no.placetrain.autoconfigure;

import java.time.Clock;
import no.placetrain.notify.Notifier;
import no.placetrain.notify.OutboxNotifier;
import no.placetrain.notify.OutboxStore;
import no.placetrain.process.commitment.ClimbLadderWorker;
import no.placetrain.process.commitment.EscalateCommitmentWorker;
import no.placetrain.process.commitment.EscalationService;
import no.placetrain.process.commitment.MeetCommitmentWorker;
import no.placetrain.process.commitment.OpenCommitmentWorker;
import no.placetrain.process.commitment.RecordCommitmentWorker;
import no.placetrain.process.commitment.RemindObligorWorker;
import no.placetrain.service.AgreementService;
import no.placetrain.service.CheckpointService;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import no.placetrain.store.CheckpointStore;
import no.placetrain.store.Transactions;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Commitments in the models and their escalation: the escalation and checkpoint services, the
 * {@link Notifier} (an {@link OutboxNotifier} unless the host defines one: the notices go to
 * {@code PT_OUTBOX}, and {@link PlaceTrainNotifyConfiguration} sends them) and the workers of
 * docs/agreements.md ("Commitments in the models", "Escalation"), named as the models' delegate
 * expressions. Services and the notifier back off when the host defines a bean of their type,
 * workers when it defines a bean of their name. Imported by {@link PlaceTrainAutoConfiguration}
 * only.
 */
@Configuration(proxyBeanMethods = false)
public class PlaceTrainCommitmentConfiguration {

  /** {@code PT_OUTBOX}, the notices to the parties, on the engine's data source. */
  @Bean
  @ConditionalOnMissingBean
  public OutboxStore placeTrainOutboxStore(ListableBeanFactory beans) {
    return new OutboxStore(JdbcClient.create(EngineDatabase.dataSource(beans)));
  }

  /**
   * Writes the workers' notices to the outbox in the engine's transaction; replace it to notify
   * otherwise. {@link PlaceTrainNotifyConfiguration} sends them.
   */
  @Bean
  @ConditionalOnMissingBean
  public Notifier placeTrainNotifier(OutboxStore store, ListableBeanFactory beans, Clock clock) {
    return new OutboxNotifier(store, EngineDatabase.transactionManager(beans), clock);
  }

  /** {@code PT_CHECKPOINT}: checkpoints held. */
  @Bean
  @ConditionalOnMissingBean
  public CheckpointService checkpointService(
      CheckpointStore store, Transactions transactions, Clock clock) {
    return new CheckpointService(store, transactions, clock);
  }

  /** Starts, climbs and ends escalations of overdue commitments. */
  @Bean
  @ConditionalOnMissingBean
  public EscalationService escalationService(CommitmentService commitments,
      ParticipationService participations, AgreementService agreements, Notifier notifier,
      Clock clock) {
    return new EscalationService(commitments, participations, agreements, notifier, clock);
  }

  /** {@code ${openCommitmentWorker}} (notifies the KAM and the mentors of a checkpoint due). */
  @Bean
  @ConditionalOnMissingBean(name = "openCommitmentWorker")
  public OpenCommitmentWorker openCommitmentWorker(CommitmentService commitments,
      Notifier notifier, Clock clock) {
    return new OpenCommitmentWorker(commitments, notifier, clock);
  }

  /** {@code ${meetCommitmentWorker}}. */
  @Bean
  @ConditionalOnMissingBean(name = "meetCommitmentWorker")
  public MeetCommitmentWorker meetCommitmentWorker(
      EscalationService escalations, ParticipationService participations) {
    return new MeetCommitmentWorker(escalations, participations);
  }

  /** {@code ${escalateCommitmentWorker}}. */
  @Bean
  @ConditionalOnMissingBean(name = "escalateCommitmentWorker")
  public EscalateCommitmentWorker escalateCommitmentWorker(EscalationService escalations) {
    return new EscalateCommitmentWorker(escalations);
  }

  /** {@code ${remindObligorWorker}}: {@code placetrain.escalation.reminder-grace}. */
  @Bean
  @ConditionalOnMissingBean(name = "remindObligorWorker")
  public RemindObligorWorker remindObligorWorker(
      EscalationService escalations, PlaceTrainProperties properties) {
    return new RemindObligorWorker(
        escalations, properties.getEscalation().getReminderGrace());
  }

  /** {@code ${climbLadderWorker}}. */
  @Bean
  @ConditionalOnMissingBean(name = "climbLadderWorker")
  public ClimbLadderWorker climbLadderWorker(EscalationService escalations) {
    return new ClimbLadderWorker(escalations);
  }

  /** {@code ${recordCommitmentWorker}}. */
  @Bean
  @ConditionalOnMissingBean(name = "recordCommitmentWorker")
  public RecordCommitmentWorker recordCommitmentWorker(CommitmentService commitments) {
    return new RecordCommitmentWorker(commitments);
  }
}
