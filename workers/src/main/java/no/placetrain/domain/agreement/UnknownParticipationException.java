package no.placetrain.domain.agreement;

import no.placetrain.domain.InvalidValueException;

/** An id names no participation: {@code participationId: names no participation}. */
public class UnknownParticipationException extends InvalidValueException {

  /** No participation has the id. */
  public UnknownParticipationException() {
    super("participationId", "names no participation");
  }
}
