package no.placetrain.domain.agreement;

/**
 * What a party commits to, with the default obligor and the anchor event of its deadline (see
 * docs/agreements.md for what "met" means for each).
 */
public enum CommitmentKind {
  /** NAV screens a referred candidate (met: the screening task is completed). */
  SCREEN_REFERRAL(ObligorRole.NAV_OFFICE, AnchorEvent.REFERRED),
  /** The employer answers a presentation (met: invite or decline). */
  ANSWER_PRESENTATION(ObligorRole.EMPLOYER, AnchorEvent.PRESENTED),
  /** A mentor is assigned before the practice starts (met: approval with a mentor). */
  ASSIGN_MENTOR(ObligorRole.EMPLOYER, AnchorEvent.PRACTICE_STARTS),
  /** Each follow-up checkpoint is held within its window (one per checkpoint). */
  HOLD_CHECKPOINT(ObligorRole.KAM, AnchorEvent.CHECKPOINT_DUE),
  /** NAV resolves flagged personal matters (met: NAV marks them done). */
  RESOLVE_PERSONAL_MATTERS(ObligorRole.NAV_OFFICE, AnchorEvent.PERSONAL_MATTERS_FLAGGED),
  /** The employer decides offer / extend / no offer before the practice ends. */
  DECIDE_END_OF_PRACTICE(ObligorRole.EMPLOYER, AnchorEvent.PRACTICE_ENDS),
  /** The broker delivers at least one relevant offer within the guarantee period. */
  DELIVER_GUARANTEE_OFFER(ObligorRole.BROKER, AnchorEvent.GUARANTEE_STARTS);

  private final ObligorRole obligor;
  private final AnchorEvent anchor;

  CommitmentKind(ObligorRole obligor, AnchorEvent anchor) {
    this.obligor = obligor;
    this.anchor = anchor;
  }

  /** Who owes this commitment unless the agreement names another role. */
  public ObligorRole obligor() {
    return obligor;
  }

  /** The event the deadline counts from. */
  public AnchorEvent anchor() {
    return anchor;
  }
}
