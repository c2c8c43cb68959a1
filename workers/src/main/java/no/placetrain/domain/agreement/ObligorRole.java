package no.placetrain.domain.agreement;

/** The party role that owes a commitment. */
public enum ObligorRole {
  /** The referring NAV office (its caseworkers). */
  NAV_OFFICE,
  /** NAV's key account manager for the employer. */
  KAM,
  /** The employer (its contact person). */
  EMPLOYER,
  /** The mentor at the workplace. */
  MENTOR,
  /** The broker organisation. */
  BROKER
}
