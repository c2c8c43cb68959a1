package no.placetrain.notify;

/**
 * What one round of the {@link OutboxDispatcher} did (or, summed, all its rounds so far).
 *
 * @param due notices found due
 * @param claimed of those, claimed by this node
 * @param conflicts of those, claimed by another node first (not sent here)
 * @param sent delivered and marked sent
 * @param failed delivery failed (tried again later, unless given up)
 * @param givenUp of the failed, those at their last attempt: they stay unsent and are reported
 * @param released claimed but left unsent for the next round: the claim was running out
 * @param lateMarks delivered, but the claim had run out meanwhile: another node may have taken the
 *     notice over and deliver it again (the claim time is too short for the channel)
 */
public record DispatchRound(int due, int claimed, int conflicts, int sent, int failed,
    int givenUp, int released, int lateMarks) {

  /** Nothing done. */
  public static final DispatchRound NONE = new DispatchRound(0, 0, 0, 0, 0, 0, 0, 0);

  /** The sum of this and {@code other}. */
  public DispatchRound plus(DispatchRound other) {
    return new DispatchRound(due + other.due, claimed + other.claimed,
        conflicts + other.conflicts, sent + other.sent, failed + other.failed,
        givenUp + other.givenUp, released + other.released, lateMarks + other.lateMarks);
  }
}
