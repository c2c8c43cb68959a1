package no.placetrain.domain;

/** How a participation ended. */
public enum Outcome {
  /** The employer offered a job at the end of the practice. */
  JOB_OFFER,
  /** The broker delivered a relevant job offer within the job guarantee. */
  GUARANTEE_OFFER,
  /** Ended without a job offer; {@link EndReason} says why. */
  ENDED
}
