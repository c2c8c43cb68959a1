package no.placetrain.api;

import java.util.EnumMap;
import java.util.Map;
import no.placetrain.domain.Outcome;
import no.placetrain.domain.agreement.LedgerCounts;
import no.placetrain.domain.agreement.ObligorRole;
import no.placetrain.domain.agreement.Scorecard;

/**
 * The scorecard of an agreement ({@code GET /api/agreements/{id}/scorecard}).
 *
 * @param agreementId the agreement
 * @param commitmentsByRole ledger counts per obligor role (roles with at least one commitment)
 * @param commitments ledger counts of all roles together
 * @param participations active and ended participations, the ended ones by outcome
 * @param offerRate job offers among ended participations against the agreement's target
 * @param averageDaysToFirstEmployerContact mean days from referral to the employer's first
 *     answer, one decimal; {@code null} when no employer has answered yet
 */
public record ScorecardResource(
    String agreementId,
    Map<ObligorRole, Counts> commitmentsByRole,
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
   * Participations.
   *
   * @param active still running
   * @param ended ended
   * @param endedByOutcome ended ones per outcome (every outcome, 0 when none)
   */
  public record Participations(int active, int ended, Map<Outcome, Integer> endedByOutcome) {}

  /**
   * The offer rate.
   *
   * @param percent JOB_OFFER ÷ ended participations in percent, {@code null} when none ended
   * @param target the agreement's target in percent, or {@code null}
   * @param targetMet whether the rate reaches the target; {@code null} without rate or target
   */
  public record OfferRate(Double percent, Integer target, Boolean targetMet) {}

  static ScorecardResource of(Scorecard s) {
    Map<ObligorRole, Counts> byRole = new EnumMap<>(ObligorRole.class);
    s.commitmentsByRole().forEach((role, counts) -> byRole.put(role, Counts.of(counts)));
    return new ScorecardResource(s.agreementId(), byRole, Counts.of(s.commitments()),
        new Participations(s.activeParticipations(), s.endedParticipations(),
            s.endedByOutcome()),
        new OfferRate(s.offerRatePercent(), s.offerRateTarget(), s.offerTargetMet()),
        s.averageDaysToFirstEmployerContact());
  }
}
