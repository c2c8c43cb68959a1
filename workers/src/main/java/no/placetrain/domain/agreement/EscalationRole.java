package no.placetrain.domain.agreement;

/**
 * Who an overdue commitment is escalated to at a level of the escalation ladder (the output
 * {@code escalationRole} of {@code Decision_EscalationLadder}), from the obligor itself up to the
 * owner of the framework agreement.
 */
public enum EscalationRole {
  /** The obligor's own group is reminded with a task. */
  OBLIGOR,
  /** The other side: the employer for a NAV obligor, NAV for everyone else. */
  COUNTERPART,
  /** NAV's key account manager for the employer. */
  KAM,
  /** The NAV office's lead. */
  OFFICE_LEAD,
  /** The owner of the framework agreement (regional coordinator). */
  FRAMEWORK_OWNER;

  /**
   * Whether the obligor role is on NAV's side (the NAV office or its key account manager): its
   * counterpart is the employer.
   */
  public static boolean navSide(ObligorRole obligor) {
    return obligor == ObligorRole.NAV_OFFICE || obligor == ObligorRole.KAM;
  }
}
