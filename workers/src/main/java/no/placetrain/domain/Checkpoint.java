package no.placetrain.domain;

/**
 * A follow-up checkpoint that was held. Records no personal matters, only whether NAV still
 * follows some up.
 *
 * @param number 1 for the first checkpoint of the participation
 * @param result how it went
 * @param riskFlagged whether the attendees see a risk of dropout
 * @param personalMattersOpen whether NAV still follows up personal matters
 */
public record Checkpoint(
    int number, CheckpointResult result, boolean riskFlagged, boolean personalMattersOpen) {

  /** @throws InvalidValueException when the number is below 1 or the result missing */
  public Checkpoint {
    if (number < 1) {
      throw new InvalidValueException("checkpointNumber", "must be at least 1");
    }
    if (result == null) {
      throw new InvalidValueException("result", "is required");
    }
  }

  /**
   * The checkpoint held after {@code heldSoFar} earlier ones.
   *
   * @param result code submitted by the checkpoint form
   * @param riskFlag {@code null} counts as no risk
   * @param personalMattersOpen {@code null} counts as none open
   */
  public static Checkpoint held(
      int heldSoFar, String result, Boolean riskFlag, Boolean personalMattersOpen) {
    if (heldSoFar < 0) {
      throw new InvalidValueException("checkpointNumber", "must not be negative");
    }
    return new Checkpoint(heldSoFar + 1, Codes.parse(CheckpointResult.class, result, "result"),
        Boolean.TRUE.equals(riskFlag), Boolean.TRUE.equals(personalMattersOpen));
  }
}
