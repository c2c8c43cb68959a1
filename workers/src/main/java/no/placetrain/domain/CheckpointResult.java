package no.placetrain.domain;

/** How a follow-up checkpoint went. */
public enum CheckpointResult {
  COMPLETED,
  PARTIAL,
  NO_SHOW
}
