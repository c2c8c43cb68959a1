package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.*;

import java.time.Clock;
import java.time.Period;
import java.util.Date;
import no.placetrain.domain.PracticePeriod;
import no.placetrain.engine.EngineDates;
import no.placetrain.service.AgreementLookup;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Writes a practice period into the process, the same way when it is scheduled and when it is
 * extended: {@code practiceEndDate} (start of the end day in the clock's zone),
 * {@code decisionWindowOpens} ({@code decisionWindow} before the decision is due — the end minus
 * the agreement's effective {@code DECIDE_END_OF_PRACTICE} deadline, or the end itself without one;
 * never before now) and {@code practiceTotalMonths}.
 */
final class PracticeCalendar {

  private final Clock clock;
  private final Period decisionWindow;
  private final AgreementLookup agreements;

  /**
   * @param clock "now", and its zone turns days into instants
   * @param decisionWindow how long before the end-of-practice decision is due the employer's
   *     decision window opens
   * @param agreements gives the agreement's effective {@code DECIDE_END_OF_PRACTICE} deadline
   */
  PracticeCalendar(Clock clock, Period decisionWindow, AgreementLookup agreements) {
    this.clock = clock;
    this.decisionWindow = decisionWindow;
    this.agreements = agreements;
  }

  /** Writes the end, the decision window and the total months of {@code period}. */
  void write(DelegateExecution execution, PracticePeriod period) {
    PRACTICE_END_DATE.setOnProcessInstance(
        execution, EngineDates.startOfDay(period.endDate(), clock.getZone()));
    DECISION_WINDOW_OPENS.setOnProcessInstance(execution, Date.from(
        period.decisionWindowOpens(decisionWindow,
            DecisionDeadlineOf.process(execution, agreements), clock.getZone(),
            clock.instant())));
    PRACTICE_TOTAL_MONTHS.setOnProcessInstance(execution, period.months());
  }
}
