package no.placetrain.domain;

/** Kind of employment contract in a job offer. */
public enum ContractType {
  PERMANENT,
  TEMPORARY
}
