package no.placetrain.domain.agreement;

/**
 * State of a commitment in the ledger:
 * {@code OPEN → MET | MET_LATE | BREACHED | WAIVED | CANCELLED}.
 */
public enum CommitmentStatus {
  OPEN,
  /** Met at or before its due instant. */
  MET,
  /** Met after its due instant. */
  MET_LATE,
  /** Not met after escalation up the ladder. */
  BREACHED,
  /** Let go by a named user with a reason. */
  WAIVED,
  /**
   * Could no longer be kept: its participation ended while it was OPEN (see
   * {@link ParticipationEnd}). Neither met nor breached, and no party's decision either: the
   * scorecard counts it apart.
   */
  CANCELLED;

  /** Whether the commitment is settled (no further change). */
  public boolean isFinal() {
    return this != OPEN;
  }
}
