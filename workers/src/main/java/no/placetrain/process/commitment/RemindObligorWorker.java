package no.placetrain.process.commitment;

import java.time.Duration;
import no.placetrain.engine.PlaceTrainWorker;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${remindObligorWorker}} on {@code Task_RemindObligor}: reminds the obligor's group of
 * the overdue commitment through the {@link no.placetrain.notify.Notifier} (nothing when it was
 * settled meanwhile) and sets {@code reminderGrace}, the time {@code Timer_ReminderGrace} waits
 * before the ladder is climbed ({@code placetrain.escalation.reminder-grace}, default
 * {@code P2D}), unless the instance was started with one.
 *
 * <p>Runs in a job of its own ({@code asyncBefore}). The default notifier writes the reminder to
 * the outbox in the job's transaction and it is sent afterwards: a rolled-back job sends nothing,
 * a retried or replayed one writes it once (key {@code reminder:<commitmentId>}).
 */
public class RemindObligorWorker extends PlaceTrainWorker {

  private static final Logger LOG = LoggerFactory.getLogger(RemindObligorWorker.class);

  private final EscalationService escalations;
  private final String reminderGrace;

  /**
   * @param escalations sends the reminder
   * @param reminderGrace how long the obligor has after the reminder; positive
   */
  public RemindObligorWorker(EscalationService escalations, Duration reminderGrace) {
    if (reminderGrace == null || reminderGrace.isNegative() || reminderGrace.isZero()) {
      throw new IllegalArgumentException("placetrain.escalation.reminder-grace must be positive");
    }
    this.escalations = escalations;
    this.reminderGrace = iso(reminderGrace);
  }

  @Override
  protected void work(DelegateExecution execution) {
    String commitmentId = CommitmentInputs.commitmentId(execution);
    escalations.remind(commitmentId);
    if (CommitmentEscalationProcess.REMINDER_GRACE.find(execution).isEmpty()) {
      CommitmentEscalationProcess.REMINDER_GRACE.setOnProcessInstance(execution, reminderGrace);
    }
    LOG.info("Obligor reminded: commitment {}", commitmentId);
  }

  /** {@code P2D} for whole days, else the duration as ISO-8601 ({@code PT36H}). */
  static String iso(Duration duration) {
    return duration.toNanosPart() == 0 && duration.toSeconds() % Duration.ofDays(1).toSeconds() == 0
        ? "P" + duration.toDays() + "D"
        : duration.toString();
  }
}
