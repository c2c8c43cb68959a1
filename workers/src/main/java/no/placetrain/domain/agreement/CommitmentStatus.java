package no.placetrain.domain.agreement;

/** State of a commitment in the ledger: {@code OPEN → MET | MET_LATE | BREACHED | WAIVED}. */
public enum CommitmentStatus {
  OPEN,
  /** Met at or before its due instant. */
  MET,
  /** Met after its due instant. */
  MET_LATE,
  /** Not met after escalation up the ladder. */
  BREACHED,
  /** Let go by a named user with a reason. */
  WAIVED;

  /** Whether the commitment is settled (no further change). */
  public boolean isFinal() {
    return this != OPEN;
  }
}
