package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.CHECKPOINT_NUMBER;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.DECISION_ROUND;

import java.time.Clock;
import java.time.Period;
import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.PracticePeriod;
import no.placetrain.engine.PlaceTrainWorker;
import no.placetrain.engine.ProcessVariable;
import no.placetrain.service.AgreementLookup;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${schedulePracticeWorker}} on {@code Task_SchedulePractice}: sets the end of the practice,
 * when the employer's decision window opens (the timer {@code Timer_DecisionWindowOpens} reads
 * it) and starts the checkpoint count.
 *
 * <p>Inputs: {@code startDate} ({@code yyyy-MM-dd}), {@code months} (within the agreement's
 * {@code practiceMinMonths}..{@code practiceMaxMonths}), {@code site} (required). Writes
 * {@code practiceEndDate} (start of the day {@code start + months} in the clock's zone, Europe/Oslo
 * by default), {@code decisionWindowOpens} ({@code placetrain.decision-window}, default
 * {@code P14D}, before the decision is due: the end minus the agreement's effective
 * {@code DECIDE_END_OF_PRACTICE} deadline, as the ledger computes it, or the end itself without
 * one; never before now), {@code practiceTotalMonths} and
 * {@code checkpointNumber} = 0 and {@code decisionRound} = 0 (the sequence of the
 * {@code DECIDE_END_OF_PRACTICE} commitment) unless already set. Re-running computes the same values (the window
 * at most later, when "now" has passed it) and keeps the count.
 */
public class SchedulePracticeWorker extends PlaceTrainWorker {

  /** Input parameter: first day of the practice, {@code yyyy-MM-dd}. */
  public static final ProcessVariable<String> START_DATE = ProcessVariable.string("startDate");
  /** Input parameter: agreed months. */
  public static final ProcessVariable<Integer> MONTHS = ProcessVariable.integer("months");
  /** Input parameter: the work site (store, hotel, department). */
  public static final ProcessVariable<String> SITE = ProcessVariable.string("site");

  private static final Logger LOG = LoggerFactory.getLogger(SchedulePracticeWorker.class);

  private final PracticeCalendar calendar;

  /**
   * @param clock "now", and its zone turns days into instants
   * @param decisionWindow how long before the end-of-practice decision is due the employer's
   *     decision window opens
   * @param agreements gives the agreement's effective {@code DECIDE_END_OF_PRACTICE} deadline
   */
  public SchedulePracticeWorker(Clock clock, Period decisionWindow, AgreementLookup agreements) {
    this.calendar = new PracticeCalendar(clock, decisionWindow, agreements);
  }

  @Override
  protected void work(DelegateExecution execution) {
    if (SITE.findLocal(execution).filter(s -> !s.isBlank()).isEmpty()) {
      throw new InvalidValueException(SITE.name(), "is required");
    }
    PracticePeriod period = PracticePeriod.schedule(
        START_DATE.findLocal(execution).orElse(null),
        MONTHS.getLocal(execution),
        PracticeTermsOf.process(execution));
    calendar.write(execution, period);
    if (CHECKPOINT_NUMBER.find(execution).isEmpty()) {
      CHECKPOINT_NUMBER.setOnProcessInstance(execution, 0);
    }
    if (DECISION_ROUND.find(execution).isEmpty()) {
      DECISION_ROUND.setOnProcessInstance(execution, 0);
    }
    LOG.info("Practice scheduled: participation {}", participationIdOf(execution));
  }
}
