package no.placetrain.domain.agreement;

/** The event a commitment's deadline counts from (or, for two of them, back from). */
public enum AnchorEvent {
  REFERRED(false),
  PRESENTED(false),
  /** The deadline lies before the practice starts ({@code P0D} = by the start). */
  PRACTICE_STARTS(true),
  CHECKPOINT_DUE(false),
  PERSONAL_MATTERS_FLAGGED(false),
  /** The deadline lies before the practice ends ({@code P0D} = by the end). */
  PRACTICE_ENDS(true),
  GUARANTEE_STARTS(false);

  private final boolean before;

  AnchorEvent(boolean before) {
    this.before = before;
  }

  /** Whether the deadline counts back from the anchor (it lies before it). */
  public boolean deadlineBeforeAnchor() {
    return before;
  }
}
