package no.placetrain.domain;

/**
 * The employer's job offer at the end of the practice.
 *
 * @param contractType permanent or temporary
 * @param weeklyHours hours per week, {@value #MIN_HOURS}..{@value #MAX_HOURS}, at most one decimal (37.5)
 */
public record JobOffer(ContractType contractType, double weeklyHours) {

  /** Fewest hours per week of an offer. */
  public static final int MIN_HOURS = 1;
  /** Most hours per week of an offer (a full-time week). */
  public static final int MAX_HOURS = 40;

  /** @throws InvalidValueException when the contract type is missing or hours are out of range */
  public JobOffer {
    if (contractType == null) {
      throw new InvalidValueException("contractType", "is required");
    }
    if (!(weeklyHours >= MIN_HOURS && weeklyHours <= MAX_HOURS)) {
      throw new InvalidValueException("weeklyHours",
          "must be between " + MIN_HOURS + " and " + MAX_HOURS);
    }
    if (Math.abs(weeklyHours * 10 - Math.rint(weeklyHours * 10)) > 1e-9) {
      throw new InvalidValueException("weeklyHours", "must have at most one decimal digit");
    }
  }

  /** Parses the codes a form submits. */
  public static JobOffer of(String contractType, double weeklyHours) {
    return new JobOffer(Codes.parse(ContractType.class, contractType, "contractType"), weeklyHours);
  }
}
