package no.placetrain.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.Outcome;
import no.placetrain.domain.agreement.LedgerCounts;
import no.placetrain.domain.agreement.ObligorRole;
import no.placetrain.domain.agreement.Scorecard;

/**
 * The scorecard of an agreement ({@code GET /api/agreements/{id}/scorecard}).
 *
 * @param agreementId the agreement
 * @param commitmentsByRole ledger counts per obligor role (roles with at least one commitment)
 * @param commitmentsByParty ledger counts per party (the referring NAV office, the KAM, the
 *     employer, the broker), by role then party id
 * @param commitments ledger counts of all roles together
 * @param participations active and ended participations, the ended ones by outcome and reason,
 *     and all of them per referring office
 * @param offerRate job offers among participations that completed the practice, against the
 *     agreement's target
 * @param averageDaysToFirstEmployerContact mean days from referral to the employer's first
 *     answer, one decimal; {@code null} when no employer has answered yet
 */
public record ScorecardResource(
    String agreementId,
    Map<ObligorRole, Counts> commitmentsByRole,
    List<PartyCounts> commitmentsByParty,
    Counts commitments,
    Participations participations,
    OfferRate offerRate,
    Double averageDaysToFirstEmployerContact) {

  /**
   * Commitments by status.
   *
   * @param met met on time
   * @param metLate met after the due instant
   * @param breached not met after escalation
   * @param waived let go with a reason
   * @param cancelled fell away because the participation ended before they were due
   * @param open not yet settled
   * @param total all of them
   */
  public record Counts(int met, int metLate, int breached, int waived, int cancelled, int open,
      int total) {

    static Counts of(LedgerCounts c) {
      return new Counts(c.met(), c.metLate(), c.breached(), c.waived(), c.cancelled(), c.open(),
          c.total());
    }
  }

  /**
   * The commitments of one party.
   *
   * @param role the obligor role
   * @param party the party id: the NAV office's id, {@code kam}, the employer's or the broker's
   *     name
   * @param counts its commitments by status
   */
  public record PartyCounts(ObligorRole role, String party, Counts counts) {}

  /**
   * Participations.
   *
   * @param active still running
   * @param ended ended
   * @param endedByOutcome ended ones per outcome (every outcome, 0 when none)
   * @param endedByReason ended ones per end reason (every reason, 0 when none; a job offer has
   *     none)
   * @param byOffice all of them per referring NAV office
   */
  public record Participations(int active, int ended, Map<Outcome, Integer> endedByOutcome,
      Map<EndReason, Integer> endedByReason, Map<String, Integer> byOffice) {}

  /**
   * The offer rate: the employer's job offers among the participations that completed the
   * practice (ended at the end-of-practice decision: an offer, no offer, or no offer followed by
   * the job guarantee). Not suitable, declined, not selected and dropouts are not counted; a
   * guarantee offer is the broker's and is not an offer here.
   *
   * @param percent JOB_OFFER ÷ completed practices in percent, {@code null} when none completed
   * @param completedPractices the participations that completed the practice
   * @param target the agreement's target in percent, or {@code null}
   * @param targetMet whether the rate reaches the target; {@code null} without rate or target
   */
  public record OfferRate(Double percent, int completedPractices, Integer target,
      Boolean targetMet) {}

  static ScorecardResource of(Scorecard s) {
    Map<ObligorRole, Counts> byRole = new EnumMap<>(ObligorRole.class);
    s.commitmentsByRole().forEach((role, counts) -> byRole.put(role, Counts.of(counts)));
    List<PartyCounts> byParty = s.commitmentsByParty().stream()
        .map(p -> new PartyCounts(p.role(), p.party(), Counts.of(p.counts()))).toList();
    return new ScorecardResource(s.agreementId(), byRole, byParty, Counts.of(s.commitments()),
        new Participations(s.activeParticipations(), s.endedParticipations(),
            s.endedByOutcome(), s.endedByReason(), s.referralsByOffice()),
        new OfferRate(s.offerRatePercent(), s.completedPractices(), s.offerRateTarget(),
            s.offerTargetMet()),
        s.averageDaysToFirstEmployerContact());
  }
}
