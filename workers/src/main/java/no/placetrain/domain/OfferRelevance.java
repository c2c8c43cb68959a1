package no.placetrain.domain;

/** Whether a job offer made under the job guarantee meets it. */
public enum OfferRelevance {
  RELEVANT,
  NOT_RELEVANT
}
