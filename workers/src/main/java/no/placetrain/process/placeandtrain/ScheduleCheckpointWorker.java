package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.CHECKPOINT_DUE_AT;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.CHECKPOINT_NUMBER;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.PRACTICE_START_DATE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import no.placetrain.domain.CheckpointSchedule;
import no.placetrain.domain.PracticePeriod;
import no.placetrain.engine.PlaceTrainWorker;
import no.placetrain.engine.ProcessVariable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${scheduleCheckpointWorker}} on {@code Task_ScheduleCheckpoint}: sets when the next
 * checkpoint falls due ({@code checkpointDueAt}, a Date on the process instance, read by the timer
 * {@code Timer_CheckpointDue}). The first one ({@code checkpointNumber} 0) is due one interval
 * after the practice starts ({@code practiceStartDate}, start of day in the clock's zone), later
 * ones one interval from now; never before now (see {@link CheckpointSchedule}).
 *
 * <p>Input: {@code interval} (ISO-8601, {@code ${checkpointInterval}} from
 * {@code Decision_CheckpointCadence}). Re-running computes the same date, at most later when "now"
 * has moved.
 */
public class ScheduleCheckpointWorker extends PlaceTrainWorker {

  /** Input parameter: the time until the next checkpoint, e.g. {@code P7D}. */
  public static final ProcessVariable<String> INTERVAL = ProcessVariable.string("interval");

  private static final Logger LOG = LoggerFactory.getLogger(ScheduleCheckpointWorker.class);

  private final Clock clock;

  /** @param clock "now", and its zone turns days into instants */
  public ScheduleCheckpointWorker(Clock clock) {
    this.clock = clock;
  }

  @Override
  protected void work(DelegateExecution execution) {
    int number = CHECKPOINT_NUMBER.find(execution).orElse(0);
    LocalDate start = number == 0
        ? PracticePeriod.parseDate(PRACTICE_START_DATE.find(execution).orElse(null),
            PRACTICE_START_DATE.name())
        : null;
    Date due = Date.from(CheckpointSchedule.dueAt(number, start,
        INTERVAL.findLocal(execution).orElse(null), clock.getZone(), clock.instant()));
    CHECKPOINT_DUE_AT.setOnProcessInstance(execution, due);
    LOG.info("Checkpoint {} scheduled: participation {}", number + 1, participationIdOf(execution));
  }
}
