package no.placetrain.domain.agreement;

/** Whether an agreement stands alone (or under a framework) or is a regional framework. */
public enum AgreementKind {
  /** One employer × one or a few NAV offices; may sit under a {@link #FRAMEWORK}. */
  LOCAL,
  /** A regional agreement across many NAV offices; its locals inherit its commitments. */
  FRAMEWORK
}
