package no.placetrain.domain.agreement;

/** Whether a participation is running or over. */
public enum ParticipationStatus {
  ACTIVE,
  ENDED
}
