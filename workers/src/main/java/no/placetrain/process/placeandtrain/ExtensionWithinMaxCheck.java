package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.EXTENSION_MONTHS;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.PRACTICE_DECISION;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.PRACTICE_MAX_MONTHS;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.PRACTICE_TOTAL_MONTHS;

import no.placetrain.process.partydesk.PartyDeskProcess;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * {@code Task_DecideEndOfPractice} (the user task of {@code party-desk}): when the decision is {@code EXTEND}, {@code extensionMonths}
 * is at least 1 and {@code practiceTotalMonths + extensionMonths ≤ practiceMaxMonths}.
 */
public class ExtensionWithinMaxCheck extends PlaceAndTrainCheck {

  /** Sees the submissions of {@code Task_DecideEndOfPractice}. */
  public ExtensionWithinMaxCheck() {
    super(PartyDeskProcess.KEY, PlaceAndTrainProcess.Elements.TASK_DECIDE_END_OF_PRACTICE);
  }

  @Override
  public void check(VariableScope variables, Violations violations) {
    boolean extend = PRACTICE_DECISION.find(variables)
        .filter(PlaceAndTrainProcess.Decisions.EXTEND::equals).isPresent();
    if (!extend) {
      return;
    }
    CheckValues.wholeNumber(variables, EXTENSION_MONTHS, violations).ifPresent(extra -> {
      int total = PRACTICE_TOTAL_MONTHS.get(variables);
      int max = PRACTICE_MAX_MONTHS.get(variables);
      if (extra < 1) {
        violations.add(EXTENSION_MONTHS.name(), "must be at least 1");
      } else if (total >= max) {
        violations.add(EXTENSION_MONTHS.name(), "no extension is possible: the practice already "
            + "lasts the agreement's maximum of " + max + " months");
      } else if (total + extra > max) {
        violations.add(EXTENSION_MONTHS.name(), "must not exceed " + (max - total)
            + " (the practice may last at most " + max + " months in total)");
      }
    });
  }
}
