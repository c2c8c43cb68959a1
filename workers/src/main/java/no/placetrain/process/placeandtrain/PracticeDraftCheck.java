package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.PRACTICE_MONTHS;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.PRACTICE_START_DATE;

import java.time.Clock;
import java.time.LocalDate;
import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.PracticePeriod;
import no.placetrain.domain.PracticeTerms;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * {@code Task_DraftPracticeAgreement}: {@code practiceMonths} lies within the agreement's
 * {@code practiceMinMonths}..{@code practiceMaxMonths}, and {@code practiceStartDate} is a date
 * ({@code yyyy-MM-dd}) at most {@value #MAX_DAYS_IN_PAST} days before today (in the clock's
 * zone). Dates in the future are not limited.
 */
public class PracticeDraftCheck extends PlaceAndTrainCheck {

  /** How many days in the past a start date may lie (a late registration). */
  public static final int MAX_DAYS_IN_PAST = 31;

  private final Clock clock;

  /** @param clock today's date */
  public PracticeDraftCheck(Clock clock) {
    super(PlaceAndTrainProcess.Elements.TASK_DRAFT_PRACTICE_AGREEMENT);
    this.clock = clock;
  }

  @Override
  public void check(VariableScope variables, Violations violations) {
    CheckValues.wholeNumber(variables, PRACTICE_MONTHS, violations).ifPresent(months -> {
      PracticeTerms terms = PracticeTermsOf.process(variables);
      if (!terms.allows(months)) {
        violations.add(PRACTICE_MONTHS.name(), "must be between " + terms.minMonths() + " and "
            + terms.maxMonths() + " months (the agreement's practice length)");
      }
    });
    CheckValues.string(variables, PRACTICE_START_DATE, violations)
        .ifPresent(date -> checkStartDate(date, violations));
  }

  private void checkStartDate(String value, Violations violations) {
    LocalDate start;
    try {
      start = PracticePeriod.parseDate(value, PRACTICE_START_DATE.name());
    } catch (InvalidValueException e) {
      violations.add(PRACTICE_START_DATE.name(), "must be a date in the form yyyy-MM-dd");
      return;
    }
    if (start.isBefore(LocalDate.now(clock).minusDays(MAX_DAYS_IN_PAST))) {
      violations.add(PRACTICE_START_DATE.name(),
          "must not lie more than " + MAX_DAYS_IN_PAST + " days in the past");
    }
  }
}
