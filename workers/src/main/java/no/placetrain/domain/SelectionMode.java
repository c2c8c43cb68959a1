package no.placetrain.domain;

/** How the employer selects candidates in an agreement. */
public enum SelectionMode {
  /** One ordinary interview per candidate. */
  INTERVIEW,
  /** Several short interviews on one day (e.g. hotels). */
  SPEED_INTERVIEW
}
