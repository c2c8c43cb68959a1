package no.placetrain.service;

import java.time.Clock;
import java.util.List;
import no.placetrain.domain.Checkpoint;
import no.placetrain.domain.agreement.CheckpointRecord;
import no.placetrain.store.CheckpointStore;
import no.placetrain.store.Transactions;

/**
 * The follow-up checkpoints of participations ({@code PT_CHECKPOINT}): when each was held, how it
 * went and whether it showed a risk of dropout. Never the personal matters behind it.
 */
public class CheckpointService {

  private final CheckpointStore store;
  private final Transactions transactions;
  private final Clock clock;

  /**
   * @param store the checkpoints' table
   * @param transactions joins or starts a transaction per write
   * @param clock stamps when a checkpoint was held
   */
  public CheckpointService(CheckpointStore store, Transactions transactions, Clock clock) {
    this.store = store;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Records {@code checkpoint} of the participation as held now, with its result and risk flag.
   * Recording the same number again overwrites it (a retry).
   */
  public void recordHeld(String participationId, Checkpoint checkpoint) {
    transactions.run(() -> store.recordHeld(participationId, checkpoint.number(), clock.instant(),
        checkpoint.result(), checkpoint.riskFlagged()));
  }

  /** The participation's checkpoints by number. */
  public List<CheckpointRecord> ofParticipation(String participationId) {
    return store.findByParticipation(participationId);
  }
}
