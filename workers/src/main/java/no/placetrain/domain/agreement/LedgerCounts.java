package no.placetrain.domain.agreement;

/**
 * How many commitments of a party role stand in each status.
 *
 * @param met met on time
 * @param metLate met after the due instant
 * @param breached not met after escalation
 * @param waived let go with a reason
 * @param open not yet settled
 */
public record LedgerCounts(int met, int metLate, int breached, int waived, int open) {

  /** No commitments. */
  public static final LedgerCounts NONE = new LedgerCounts(0, 0, 0, 0, 0);

  /** These counts plus {@code count} commitments in {@code status}. */
  public LedgerCounts plus(CommitmentStatus status, int count) {
    return switch (status) {
      case MET -> new LedgerCounts(met + count, metLate, breached, waived, open);
      case MET_LATE -> new LedgerCounts(met, metLate + count, breached, waived, open);
      case BREACHED -> new LedgerCounts(met, metLate, breached + count, waived, open);
      case WAIVED -> new LedgerCounts(met, metLate, breached, waived + count, open);
      case OPEN -> new LedgerCounts(met, metLate, breached, waived, open + count);
    };
  }

  /** The sum of two counts. */
  public LedgerCounts plus(LedgerCounts other) {
    return new LedgerCounts(met + other.met, metLate + other.metLate,
        breached + other.breached, waived + other.waived, open + other.open);
  }

  /** All commitments counted. */
  public int total() {
    return met + metLate + breached + waived + open;
  }
}
