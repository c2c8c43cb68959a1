package no.placetrain.notify;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The default {@link Notifier}: writes each notice to the outbox ({@code PT_OUTBOX}) in the
 * caller's transaction — a worker's: the engine's — so the notice exists exactly when the job
 * that wrote it committed. The {@link OutboxDispatcher} sends it afterwards.
 *
 * <p>Idempotent by the notice's key: a key already stored (a retried job, a job replayed after a
 * crash that committed) writes nothing. Two transactions writing the same key at once: the
 * database's unique constraint lets one insert; the other's insert fails once the first has
 * committed and is undone alone, in a savepoint of its transaction (propagation NESTED), so that
 * transaction goes on and commits the rest of its work. A transaction manager without savepoints
 * (JTA) writes without one: the losing transaction then rolls back and its job is retried, which
 * finds the key stored.
 */
public class OutboxNotifier implements Notifier {

  /** What {@link #write} did. */
  public enum Outcome {
    /** The notice was inserted. */
    WRITTEN,
    /** Its key was stored already (by a committed transaction): nothing written. */
    ALREADY_STORED,
    /** Another transaction inserted the key at once and committed first: nothing written. */
    STORED_CONCURRENTLY
  }

  private static final Logger LOG = LoggerFactory.getLogger(OutboxNotifier.class);

  private final OutboxStore store;
  private final TransactionTemplate insertion;
  private final Clock clock;

  /**
   * @param store the outbox
   * @param transactionManager the engine's: the insert joins its transaction (in a savepoint
   *     when the manager allows nested transactions)
   * @param clock stamps {@code CREATED_AT}
   */
  public OutboxNotifier(OutboxStore store, PlatformTransactionManager transactionManager,
      Clock clock) {
    this.store = store;
    this.insertion = new TransactionTemplate(transactionManager);
    insertion.setPropagationBehavior(savepoints(transactionManager)
        ? TransactionDefinition.PROPAGATION_NESTED : TransactionDefinition.PROPAGATION_REQUIRED);
    this.clock = clock;
  }

  private static boolean savepoints(PlatformTransactionManager transactionManager) {
    return transactionManager instanceof AbstractPlatformTransactionManager manager
        && manager.isNestedTransactionAllowed();
  }

  @Override
  public void send(Notice notice) {
    write(notice);
  }

  /** Writes {@code notice} unless its key is stored (see the class comment). */
  public Outcome write(Notice notice) {
    if (store.exists(notice.idempotencyKey())) {
      LOG.info("Notice {} is in the outbox already: not written again", notice.idempotencyKey());
      return Outcome.ALREADY_STORED;
    }
    try {
      insertion.executeWithoutResult(status -> store.insert(notice, clock.instant()));
    } catch (DuplicateKeyException e) {
      LOG.info("Notice {} was written by another transaction meanwhile: not written again",
          notice.idempotencyKey());
      return Outcome.STORED_CONCURRENTLY;
    }
    LOG.info("Notice {} to group {} written to the outbox in the transaction (participation {})",
        notice.idempotencyKey(), notice.recipientGroup(), notice.participationId());
    return Outcome.WRITTEN;
  }
}
