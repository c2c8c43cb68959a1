package no.placetrain.domain.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.Outcome;

/**
 * How an agreement's parties keep their commitments and how its participations end.
 *
 * <p>The offer rate is the report's "offered a job after the practice": job offers from the
 * employer ÷ participations that <em>completed the practice</em> (ended at the end-of-practice
 * decision: a job offer, no offer, or no offer followed by the broker's job guarantee, met or not).
 * Candidates who were found not suitable, declined or not selected never started a practice and
 * a dropout left it early: they are counted by end reason, not in the rate. A guarantee offer is
 * the broker's, not the employer's, and is not counted as an offer.
 *
 * @param agreementId the agreement
 * @param commitmentsByRole ledger counts per obligor role (roles with at least one commitment)
 * @param commitmentsByParty ledger counts per party (a role and a party id: the referring NAV
 *     office's id, {@code kam}, the employer's or the broker's name), by role then party id
 * @param commitments ledger counts of all roles together
 * @param endedByOutcome ended participations per outcome (every outcome, 0 when none)
 * @param endedByReason ended participations per end reason (every reason, 0 when none; a job
 *     offer has none)
 * @param referralsByOffice participations per referring NAV office (active and ended), by id
 * @param activeParticipations participations still running (counted apart)
 * @param endedParticipations participations that have ended
 * @param completedPractices ended participations that completed the practice (see above)
 * @param offerRatePercent JOB_OFFER ÷ completed practices in percent, one decimal; {@code null}
 *     when none has completed
 * @param offerRateTarget the agreement's target in percent, or {@code null}
 * @param averageDaysToFirstEmployerContact mean days from referral to the employer's first
 *     answer, one decimal; {@code null} when no employer has answered yet
 */
public record Scorecard(
    String agreementId,
    Map<ObligorRole, LedgerCounts> commitmentsByRole,
    List<PartyLedger> commitmentsByParty,
    LedgerCounts commitments,
    Map<Outcome, Integer> endedByOutcome,
    Map<EndReason, Integer> endedByReason,
    Map<String, Integer> referralsByOffice,
    int activeParticipations,
    int endedParticipations,
    int completedPractices,
    Double offerRatePercent,
    Integer offerRateTarget,
    Double averageDaysToFirstEmployerContact) {

  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);
  /** The end reasons of a participation that completed its practice without a job offer. */
  private static final Set<EndReason> AFTER_PRACTICE =
      EnumSet.of(EndReason.NO_OFFER, EndReason.GUARANTEE_MET, EndReason.GUARANTEE_NOT_MET);

  /**
   * The ledger counts of one party.
   *
   * @param role the obligor role
   * @param party the party id (see {@link Parties})
   * @param counts its commitments by status
   */
  public record PartyLedger(ObligorRole role, String party, LedgerCounts counts) {}

  /** Copies the maps and the list (unmodifiable, in enum or id order). */
  public Scorecard {
    commitmentsByRole = copy(commitmentsByRole, ObligorRole.class);
    commitmentsByParty = commitmentsByParty.stream()
        .sorted(Comparator.comparing(PartyLedger::role).thenComparing(PartyLedger::party))
        .toList();
    endedByOutcome = copy(endedByOutcome, Outcome.class);
    endedByReason = copy(endedByReason, EndReason.class);
    referralsByOffice = Collections.unmodifiableMap(new TreeMap<>(referralsByOffice));
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

  /**
   * Whether a participation that ended with {@code outcome} and {@code reason} completed its
   * practice (reached the end-of-practice decision).
   */
  public static boolean completedPractice(Outcome outcome, EndReason reason) {
    return outcome == Outcome.JOB_OFFER || AFTER_PRACTICE.contains(reason);
  }

  /** The scorecard of {@code agreement} from its ledger entries and participations. */
  public static Scorecard of(Agreement agreement, Collection<Commitment> ledger,
      Collection<Participation> participations) {
    Tally tally = tally(agreement.id(), agreement.terms().offerRateTarget());
    ledger.forEach(c -> tally.commitments(c.obligorRole(), c.party(), c.status(), 1));
    for (Participation p : participations) {
      tally.participations(p.status(), p.outcome(), p.endReason(), p.officeId(), 1);
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
    private final Map<ObligorRole, Map<String, LedgerCounts>> byParty =
        new EnumMap<>(ObligorRole.class);
    private final Map<Outcome, Integer> byOutcome = new EnumMap<>(Outcome.class);
    private final Map<EndReason, Integer> byReason = new EnumMap<>(EndReason.class);
    private final Map<String, Integer> byOffice = new TreeMap<>();
    private int active;
    private int ended;
    private int completed;
    private long contactSeconds;
    private int contacts;

    private Tally(String agreementId, Integer target) {
      this.agreementId = agreementId;
      this.target = target;
      for (Outcome outcome : Outcome.values()) {
        byOutcome.put(outcome, 0);
      }
      for (EndReason reason : EndReason.values()) {
        byReason.put(reason, 0);
      }
    }

    /** Adds {@code count} commitments owed by {@code party} in {@code role} in {@code status}. */
    public Tally commitments(ObligorRole role, String party, CommitmentStatus status, int count) {
      LedgerCounts counts = LedgerCounts.NONE.plus(status, count);
      byRole.merge(role, counts, LedgerCounts::plus);
      byParty.computeIfAbsent(role, r -> new TreeMap<>()).merge(party, counts, LedgerCounts::plus);
      return this;
    }

    /**
     * Adds {@code count} participations referred by {@code officeId}; {@code outcome} and
     * {@code reason} are ignored while ACTIVE.
     */
    public Tally participations(ParticipationStatus status, Outcome outcome, EndReason reason,
        String officeId, int count) {
      byOffice.merge(officeId, count, Integer::sum);
      if (status == ParticipationStatus.ACTIVE) {
        active += count;
        return this;
      }
      ended += count;
      byOutcome.merge(outcome, count, Integer::sum);
      if (reason != null) {
        byReason.merge(reason, count, Integer::sum);
      }
      if (completedPractice(outcome, reason)) {
        completed += count;
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
      List<PartyLedger> parties = byParty.entrySet().stream()
          .flatMap(role -> role.getValue().entrySet().stream()
              .map(party -> new PartyLedger(role.getKey(), party.getKey(), party.getValue())))
          .toList();
      Double rate = completed == 0 ? null
          : BigDecimal.valueOf(byOutcome.get(Outcome.JOB_OFFER) * 100L)
              .divide(BigDecimal.valueOf(completed), 1, RoundingMode.HALF_UP).doubleValue();
      Double days = contacts == 0 ? null : BigDecimal.valueOf(contactSeconds)
          .divide(SECONDS_PER_DAY.multiply(BigDecimal.valueOf(contacts)), 1, RoundingMode.HALF_UP)
          .doubleValue();
      return new Scorecard(agreementId, byRole, parties, all, byOutcome, byReason, byOffice,
          active, ended, completed, rate, target, days);
    }
  }
}
