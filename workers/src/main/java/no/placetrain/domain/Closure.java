package no.placetrain.domain;

import java.util.Optional;

/**
 * How and why a participation is closed.
 *
 * @param outcome {@link Outcome#ENDED} or {@link Outcome#GUARANTEE_OFFER}
 * @param reason why
 * @param detail a detail code of the reason (a form's or message's sub-reason), or {@code null}
 */
public record Closure(Outcome outcome, EndReason reason, String detail) {

  /** @throws InvalidValueException when the outcome, reason and detail do not fit together */
  public Closure {
    if (outcome == null || reason == null) {
      throw new InvalidValueException(outcome == null ? "closingOutcome" : "closingReason",
          "is required");
    }
    if (outcome == Outcome.JOB_OFFER) {
      throw new InvalidValueException("closingOutcome",
          "JOB_OFFER is recorded with the job offer, not by closing");
    }
    if (reason.outcome() != outcome) {
      throw new InvalidValueException("closingReason",
          "does not belong to the outcome " + outcome);
    }
    if (detail == null && reason.requiresDetail()) {
      throw new InvalidValueException("closingDetail", "is required for the reason " + reason);
    }
    if (detail != null && !reason.acceptsDetail(detail)) {
      throw new InvalidValueException("closingDetail",
          "is not a detail code of the reason " + reason);
    }
  }

  /**
   * Parses the codes a model passes to the closing task.
   *
   * @param detail may be {@code null} or blank (no detail)
   * @throws InvalidValueException for unknown codes or codes that do not fit together
   */
  public static Closure of(String outcome, String reason, String detail) {
    return new Closure(
        Codes.parse(Outcome.class, outcome, "closingOutcome"),
        Codes.parse(EndReason.class, reason, "closingReason"),
        detail == null || detail.isBlank() ? null : detail.strip());
  }

  /** The detail code, if any. */
  public Optional<String> detailCode() {
    return Optional.ofNullable(detail);
  }
}
