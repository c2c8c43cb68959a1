package no.placetrain.domain.agreement;

/**
 * How many commitments of a party role stand in each status.
 *
 * @param met met on time
 * @param metLate met after the due instant
 * @param breached not met after escalation
 * @param waived let go by a named user with a reason
 * @param open not yet settled
 * @param cancelled could no longer be kept because the participation ended: neither met nor
 *     breached, counted apart
 */
public record LedgerCounts(
    int met, int metLate, int breached, int waived, int open, int cancelled) {

  /** No commitments. */
  public static final LedgerCounts NONE = new LedgerCounts(0, 0, 0, 0, 0, 0);

  /** These counts plus {@code count} commitments in {@code status}. */
  public LedgerCounts plus(CommitmentStatus status, int count) {
    return switch (status) {
      case MET -> new LedgerCounts(met + count, metLate, breached, waived, open, cancelled);
      case MET_LATE -> new LedgerCounts(met, metLate + count, breached, waived, open, cancelled);
      case BREACHED -> new LedgerCounts(met, metLate, breached + count, waived, open, cancelled);
      case WAIVED -> new LedgerCounts(met, metLate, breached, waived + count, open, cancelled);
      case OPEN -> new LedgerCounts(met, metLate, breached, waived, open + count, cancelled);
      case CANCELLED -> new LedgerCounts(met, metLate, breached, waived, open, cancelled + count);
    };
  }

  /** The sum of two counts. */
  public LedgerCounts plus(LedgerCounts other) {
    return new LedgerCounts(met + other.met, metLate + other.metLate,
        breached + other.breached, waived + other.waived, open + other.open,
        cancelled + other.cancelled);
  }

  /** All commitments counted, the cancelled ones included. */
  public int total() {
    return met + metLate + breached + waived + open + cancelled;
  }
}
