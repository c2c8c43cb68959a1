package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.DECISION_ROUND;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.PRACTICE_START_DATE;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.PRACTICE_TOTAL_MONTHS;

import java.time.Clock;
import java.time.Period;
import no.placetrain.domain.PracticePeriod;
import no.placetrain.engine.PlaceTrainWorker;
import no.placetrain.engine.ProcessVariable;
import no.placetrain.service.AgreementLookup;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${extendPracticeWorker}} on {@code Task_ExtendPractice}: moves the end of the practice
 * by {@code months}, and with it when the employer's decision window opens again
 * ({@code decisionWindowOpens}: {@code placetrain.decision-window} before the decision is due,
 * the new end minus the agreement's effective {@code DECIDE_END_OF_PRACTICE} deadline, never
 * before now), and adds them to {@code practiceTotalMonths}; refuses a total beyond
 * {@code practiceMaxMonths} ({@code BadUserRequestException} naming {@code months}). Counts the
 * decision round ({@code decisionRound} + 1, 0 when absent), so the next decision opens its own
 * {@code DECIDE_END_OF_PRACTICE} commitment (sequence = round).
 *
 * <p>The new end is computed from {@code practiceStartDate} and the new total (so month ends do
 * not drift: 31 Jan + 1 + 1 month = 31 Mar). Retry safety: the total is read and written in the
 * engine transaction of the decision's completion; a failure rolls both back.
 */
public class ExtendPracticeWorker extends PlaceTrainWorker {

  /** Input parameter: months to extend. */
  public static final ProcessVariable<Integer> MONTHS = ProcessVariable.integer("months");

  private static final Logger LOG = LoggerFactory.getLogger(ExtendPracticeWorker.class);

  private final PracticeCalendar calendar;

  /**
   * @param clock "now", and its zone turns days into instants
   * @param decisionWindow how long before the end-of-practice decision is due the employer's
   *     decision window opens
   * @param agreements gives the agreement's effective {@code DECIDE_END_OF_PRACTICE} deadline
   */
  public ExtendPracticeWorker(Clock clock, Period decisionWindow, AgreementLookup agreements) {
    this.calendar = new PracticeCalendar(clock, decisionWindow, agreements);
  }

  @Override
  protected void work(DelegateExecution execution) {
    PracticePeriod current = new PracticePeriod(
        PracticePeriod.parseDate(PRACTICE_START_DATE.get(execution), PRACTICE_START_DATE.name()),
        PRACTICE_TOTAL_MONTHS.get(execution));
    PracticePeriod extended =
        current.extend(MONTHS.getLocal(execution), PracticeTermsOf.process(execution));
    calendar.write(execution, extended);
    DECISION_ROUND.setOnProcessInstance(execution, DECISION_ROUND.find(execution).orElse(0) + 1);
    LOG.info("Practice extended: participation {}", participationIdOf(execution));
  }
}
