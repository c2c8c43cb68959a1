package no.placetrain.domain.agreement;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import no.placetrain.domain.PracticeTerms;
import no.placetrain.domain.SelectionMode;

/**
 * The programme terms of an agreement.
 *
 * @param selectionMode how the employer selects candidates
 * @param practiceMinMonths shortest practice, 1..{@value PracticeTerms#LONGEST_PRACTICE_MONTHS}
 * @param practiceMaxMonths longest practice, extensions included, min..{@value PracticeTerms#LONGEST_PRACTICE_MONTHS}
 * @param offerRateTarget share of participants the employer aims to offer a job, in percent
 *     (1..100), or {@code null}
 * @param jobGuaranteePeriod how long the broker guarantees at least one relevant job offer after
 *     a practice without one, or {@code null} (no guarantee); the agreement needs a broker for it
 * @param capacityPerRound participants per round (positive), or {@code null}
 * @param requirements short texts the candidates must meet, e.g. "Norsk nivå B2"
 */
public record ProgrammeTerms(
    SelectionMode selectionMode,
    int practiceMinMonths,
    int practiceMaxMonths,
    Integer offerRateTarget,
    Period jobGuaranteePeriod,
    Integer capacityPerRound,
    List<String> requirements) {

  /** Longest requirement text. */
  public static final int MAX_REQUIREMENT = 200;

  private static final int LONGEST = PracticeTerms.LONGEST_PRACTICE_MONTHS;

  /** @throws InvalidAgreementException naming the field, e.g. {@code practice-months.max} */
  public ProgrammeTerms {
    Rules.require(selectionMode != null, "selection", "is required (INTERVIEW or SPEED_INTERVIEW)");
    Rules.require(practiceMinMonths >= 1 && practiceMinMonths <= LONGEST, "practice-months.min",
        "must be a whole number from 1 to " + LONGEST);
    Rules.require(practiceMaxMonths >= practiceMinMonths, "practice-months.max",
        "must be at least min (" + practiceMinMonths + ")");
    Rules.require(practiceMaxMonths <= LONGEST, "practice-months.max",
        "must be at most " + LONGEST);
    Rules.require(offerRateTarget == null || (offerRateTarget >= 1 && offerRateTarget <= 100),
        "offer-rate-target", "must be a percentage from 1 to 100");
    Rules.require(jobGuaranteePeriod == null
            || (!jobGuaranteePeriod.isNegative() && !jobGuaranteePeriod.isZero()),
        "job-guarantee.period", "must be a positive ISO-8601 period such as P6M");
    Rules.require(capacityPerRound == null || capacityPerRound >= 1, "capacity-per-round",
        "must be a positive whole number");
    requirements = Rules.texts(requirements, "requirements", MAX_REQUIREMENT);
  }

  /** The practice length the terms allow. */
  public PracticeTerms practiceTerms() {
    return new PracticeTerms(practiceMinMonths, practiceMaxMonths);
  }

  /** Whether the broker guarantees a job offer when the practice ends without one. */
  public boolean jobGuarantee() {
    return jobGuaranteePeriod != null;
  }

  /** The offer-rate target in percent, if the agreement sets one. */
  public Optional<Integer> offerRateTargetPercent() {
    return Optional.ofNullable(offerRateTarget);
  }
}
