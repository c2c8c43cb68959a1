package no.placetrain.domain.agreement;

/**
 * A commitment cannot change as asked: it is no longer OPEN, or the change does not fit its
 * state (e.g. a breach before any escalation). The message names the commitment id and the rule,
 * e.g. {@code commitment C-…: is MET; only an OPEN commitment changes}.
 */
public class CommitmentStateException extends IllegalStateException {

  private final String commitmentId;

  /**
   * @param commitmentId the commitment's id (carries no personal data)
   * @param rule the broken rule
   */
  public CommitmentStateException(String commitmentId, String rule) {
    super("commitment " + commitmentId + ": " + rule);
    this.commitmentId = commitmentId;
  }

  /** The commitment's id. */
  public String commitmentId() {
    return commitmentId;
  }
}
