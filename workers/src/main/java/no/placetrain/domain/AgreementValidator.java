package no.placetrain.domain;

import java.time.Period;
import java.util.regex.Pattern;

/** Checks one catalogue entry; see {@link AgreementCatalogue} for the rules. */
final class AgreementValidator {

  private static final Pattern ID = Pattern.compile(AgreementCatalogue.ID_PATTERN);
  private static final int MAX = PracticeTerms.LONGEST_PRACTICE_MONTHS;

  private AgreementValidator() {}

  static void validate(int index, Agreement agreement) {
    if (agreement == null) {
      throw new InvalidAgreementException(index, null, AgreementField.ID, "is required");
    }
    new Check(index, agreement).run();
  }

  private record Check(int index, Agreement a) {

    void run() {
      require(a.id() != null && ID.matcher(a.id()).matches(), AgreementField.ID,
          "must match " + AgreementCatalogue.ID_PATTERN);
      require(notBlank(a.name()), AgreementField.NAME, "must not be blank");
      require(notBlank(a.employer()), AgreementField.EMPLOYER, "must not be blank");
      require(!a.navOffices().isEmpty(), AgreementField.NAV_OFFICES,
          "must list at least one NAV office");
      require(a.navOffices().stream().allMatch(Check::notBlank), AgreementField.NAV_OFFICES,
          "must not contain blank entries");
      require(a.selectionMode() != null, AgreementField.SELECTION,
          "is required (INTERVIEW or SPEED_INTERVIEW)");
      require(a.practiceMinMonths() >= 1 && a.practiceMinMonths() <= MAX,
          AgreementField.PRACTICE_MIN_MONTHS, "must be a whole number from 1 to " + MAX);
      require(a.practiceMaxMonths() >= 1 && a.practiceMaxMonths() <= MAX,
          AgreementField.PRACTICE_MAX_MONTHS, "must be a whole number from 1 to " + MAX);
      require(a.practiceMaxMonths() >= a.practiceMinMonths(), AgreementField.PRACTICE_MAX_MONTHS,
          "must not be less than practice-min-months");
      checkGuarantee(a.jobGuaranteePeriod());
    }

    private void checkGuarantee(Period period) {
      if (period == null) {
        return;
      }
      require(!period.isNegative() && !period.isZero(), AgreementField.JOB_GUARANTEE_PERIOD,
          "must be a positive ISO-8601 period such as P6M");
      require(a.brokerInvolved(), AgreementField.JOB_GUARANTEE_PERIOD,
          "requires a broker (the broker gives the job guarantee)");
    }

    private void require(boolean condition, AgreementField field, String reason) {
      if (!condition) {
        throw new InvalidAgreementException(index, a.id(), field, reason);
      }
    }

    private static boolean notBlank(String value) {
      return value != null && !value.isBlank();
    }
  }
}
