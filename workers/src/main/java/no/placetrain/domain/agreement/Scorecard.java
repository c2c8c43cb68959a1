package no.placetrain.domain.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import no.placetrain.domain.Outcome;

/**
 * How an agreement's parties keep their commitments and how its participations end.
 *
 * @param agreementId the agreement
 * @param commitmentsByRole ledger counts per obligor role (roles with at least one commitment)
 * @param commitments ledger counts of all roles together
 * @param endedByOutcome ended participations per outcome (every outcome, 0 when none)
 * @param activeParticipations participations still running (counted apart)
 * @param endedParticipations participations that have ended
 * @param offerRatePercent JOB_OFFER ÷ ended participations in percent, one decimal; {@code null}
 *     when none has ended
 * @param offerRateTarget the agreement's target in percent, or {@code null}
 * @param averageDaysToFirstEmployerContact mean days from referral to the employer's first
 *     answer, one decimal; {@code null} when no employer has answered yet
 */
public record Scorecard(
    String agreementId,
    Map<ObligorRole, LedgerCounts> commitmentsByRole,
    LedgerCounts commitments,
    Map<Outcome, Integer> endedByOutcome,
    int activeParticipations,
    int endedParticipations,
    Double offerRatePercent,
    Integer offerRateTarget,
    Double averageDaysToFirstEmployerContact) {

  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  /** Copies the maps (unmodifiable, in enum order). */
  public Scorecard {
    commitmentsByRole = copy(commitmentsByRole, ObligorRole.class);
    endedByOutcome = copy(endedByOutcome, Outcome.class);
  }

  private static <K extends Enum<K>, V> Map<K, V> copy(Map<K, V> map, Class<K> type) {
    Map<K, V> copy = new EnumMap<>(type);
    copy.putAll(map);
    return Collections.unmodifiableMap(copy);
  }

  /** Whether the offer rate reaches the target; {@code null} without a rate or a target. */
  public Boolean offerTargetMet() {
    return offerRatePercent == null || offerRateTarget == null
        ? null : offerRatePercent >= offerRateTarget;
  }

  /** The scorecard of {@code agreement} from its ledger entries and participations. */
  public static Scorecard of(Agreement agreement, Collection<Commitment> ledger,
      Collection<Participation> participations) {
    Tally tally = tally(agreement.id(), agreement.terms().offerRateTarget());
    ledger.forEach(c -> tally.commitments(c.obligorRole(), c.status(), 1));
    for (Participation p : participations) {
      tally.participations(p.status(), p.outcome(), 1);
      if (p.firstEmployerContactAt() != null) {
        tally.contactDelay(Duration.between(p.referredAt(), p.firstEmployerContactAt()));
      }
    }
    return tally.build();
  }

  /** Collects counts (e.g. from aggregate queries) into a scorecard. */
  public static Tally tally(String agreementId, Integer offerRateTarget) {
    return new Tally(agreementId, offerRateTarget);
  }

  /** Counts that make a scorecard; not thread-safe. */
  public static final class Tally {

    private final String agreementId;
    private final Integer target;
    private final Map<ObligorRole, LedgerCounts> byRole = new EnumMap<>(ObligorRole.class);
    private final Map<Outcome, Integer> byOutcome = new EnumMap<>(Outcome.class);
    private int active;
    private int ended;
    private long contactSeconds;
    private int contacts;

    private Tally(String agreementId, Integer target) {
      this.agreementId = agreementId;
      this.target = target;
      for (Outcome outcome : Outcome.values()) {
        byOutcome.put(outcome, 0);
      }
    }

    /** Adds {@code count} commitments of {@code role} in {@code status}. */
    public Tally commitments(ObligorRole role, CommitmentStatus status, int count) {
      byRole.merge(role, LedgerCounts.NONE.plus(status, count), LedgerCounts::plus);
      return this;
    }

    /** Adds {@code count} participations; {@code outcome} is ignored while ACTIVE. */
    public Tally participations(ParticipationStatus status, Outcome outcome, int count) {
      if (status == ParticipationStatus.ACTIVE) {
        active += count;
      } else {
        ended += count;
        byOutcome.merge(outcome, count, Integer::sum);
      }
      return this;
    }

    /** Adds one participation's time from referral to the employer's first answer. */
    public Tally contactDelay(Duration delay) {
      contactSeconds += delay.getSeconds();
      contacts++;
      return this;
    }

    /** The scorecard. */
    public Scorecard build() {
      LedgerCounts all = byRole.values().stream().reduce(LedgerCounts.NONE, LedgerCounts::plus);
      Double rate = ended == 0 ? null : BigDecimal.valueOf(byOutcome.get(Outcome.JOB_OFFER) * 100L)
          .divide(BigDecimal.valueOf(ended), 1, RoundingMode.HALF_UP).doubleValue();
      Double days = contacts == 0 ? null : BigDecimal.valueOf(contactSeconds)
          .divide(SECONDS_PER_DAY.multiply(BigDecimal.valueOf(contacts)), 1, RoundingMode.HALF_UP)
          .doubleValue();
      return new Scorecard(agreementId, byRole, all, byOutcome, active, ended, rate, target, days);
    }
  }
}
