package no.placetrain.process.commitment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.PracticePeriod;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.engine.EngineDates;
import no.placetrain.engine.PlaceTrainWorker;
import no.placetrain.engine.ProcessVariable;
import no.placetrain.notify.Notice;
import no.placetrain.notify.Notifier;
import no.placetrain.process.placeandtrain.PlaceAndTrainProcess;
import no.placetrain.service.CommitmentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${openCommitmentWorker}} on every {@code Task_Open…Commitment}: opens the
 * participation's commitment in the ledger at its anchor event and sets the process variable its
 * deadline timer reads.
 *
 * <p>Inputs: {@code commitmentKind}, {@code dueVariable} (the name of the process variable to
 * set), {@code anchor} (optional: a Date or {@code yyyy-MM-dd}, the start of that day in the
 * clock's zone; default now) and {@code sequence} (optional, default 0; the checkpoint number for
 * HOLD_CHECKPOINT). Sets {@code dueVariable} on the process instance to the commitment's due
 * Date, or to {@value #NEVER} (the timer never fires) when nothing is to be watched: the agreement
 * has no such commitment, it is settled already (a loop came back to it), or the participation
 * is not stored (an instance from before the ledger).
 *
 * <p>Idempotent: opening again with the same anchor finds the stored commitment and sets the same
 * Date. Opening an OPEN commitment again with another anchor (a reworked practice draft with
 * another start date) re-anchors it in the ledger and sets {@code dueVariable} to its new due
 * Date, which the deadline timer created afterwards reads; a settled one never changes.
 *
 * <p>HOLD_CHECKPOINT (on {@code Task_OpenCheckpointCommitment}, right after the timer
 * {@code Timer_CheckpointDue}): the checkpoint fell due, so the groups that hold it — the KAM's
 * ({@code kamGroup}) and the employer's mentors' ({@code mentorGroup}) — get a
 * {@link Notice#checkpointDue} notice each through the {@link Notifier} (the outbox, in this job's
 * transaction; key {@code checkpoint-due:<participationId>:<number>:<group>}, so a retry writes
 * none again), with the commitment's due instant when the agreement has the commitment. None when
 * the commitment is settled already.
 */
public class OpenCommitmentWorker extends PlaceTrainWorker {

  /** Input parameter: the name of the process variable to set to the due Date. */
  public static final ProcessVariable<String> DUE_VARIABLE = ProcessVariable.string("dueVariable");
  /** Input parameter name: the anchor event's instant (Date) or day ({@code yyyy-MM-dd}). */
  public static final String ANCHOR = "anchor";
  /** The day a due variable is set to when nothing is to be watched. */
  public static final String NEVER = "2999-12-31";

  private static final Logger LOG = LoggerFactory.getLogger(OpenCommitmentWorker.class);

  private final CommitmentService commitments;
  private final Notifier notifier;
  private final Clock clock;

  /**
   * @param commitments the ledger
   * @param notifier notifies the KAM and the mentors of a checkpoint due
   * @param clock "now" and the zone of anchor days
   */
  public OpenCommitmentWorker(CommitmentService commitments, Notifier notifier, Clock clock) {
    this.commitments = commitments;
    this.notifier = notifier;
    this.clock = clock;
  }

  /** A worker that notifies nobody of a checkpoint due (a host or test without notices). */
  public OpenCommitmentWorker(CommitmentService commitments, Clock clock) {
    this(commitments, notice -> { }, clock);
  }

  @Override
  protected void work(DelegateExecution execution) {
    CommitmentKind kind = CommitmentInputs.kind(execution);
    int sequence = CommitmentInputs.sequence(execution);
    ProcessVariable<Date> due = ProcessVariable.date(DUE_VARIABLE.findLocal(execution)
        .filter(name -> !name.isBlank())
        .orElseThrow(() -> new InvalidValueException(DUE_VARIABLE.name(), "is required")));
    Instant anchor = anchor(execution.getVariableLocal(ANCHOR), clock);
    String participationId = CommitmentInputs.participationId(execution);
    Optional<Commitment> opened;
    if (commitments.tracks(participationId)) {
      opened = commitments.open(participationId, kind, sequence, anchor);
    } else {
      LOG.warn("Participation {} has no stored row (started before the ledger); its {} "
          + "commitment is not tracked", participationId, kind);
      opened = Optional.empty();
    }
    due.setOnProcessInstance(execution, opened.filter(Commitment::isOpen)
        .map(c -> Date.from(c.dueAt()))
        .orElseGet(() -> never(clock.getZone())));
    opened.ifPresentOrElse(
        c -> LOG.info("Commitment {} ({}) of participation {} opened, {}", c.id(), kind,
            participationId, c.status()),
        () -> LOG.info("No {} commitment for participation {}", kind, participationId));
    if (kind == CommitmentKind.HOLD_CHECKPOINT
        && opened.map(Commitment::isOpen).orElse(true)) {
      notifyCheckpointDue(execution, participationId, sequence, opened);
    }
  }

  /** A checkpoint-due notice to the KAM's and the mentors' group (each once, when set). */
  private void notifyCheckpointDue(DelegateExecution execution, String participationId,
      int number, Optional<Commitment> commitment) {
    Set<String> groups = new LinkedHashSet<>();
    PlaceAndTrainProcess.KAM_GROUP.find(execution).filter(g -> !g.isBlank()).ifPresent(groups::add);
    PlaceAndTrainProcess.MENTOR_GROUP.find(execution).filter(g -> !g.isBlank())
        .ifPresent(groups::add);
    if (groups.isEmpty()) {
      LOG.warn("Checkpoint {} of participation {} is due, but the instance names no KAM or "
          + "mentor group: nobody is notified", number, participationId);
      return;
    }
    for (String group : groups) {
      notifier.send(Notice.checkpointDue(participationId, number,
          commitment.map(Commitment::id).orElse(null),
          commitment.map(Commitment::dueAt).orElse(null), group));
    }
  }

  /**
   * The anchor instant of an {@code anchor} input.
   *
   * @throws InvalidValueException naming {@code anchor} when it is neither a Date nor a day
   */
  static Instant anchor(Object raw, Clock clock) {
    if (raw == null) {
      return clock.instant();
    }
    if (raw instanceof Date date) {
      return date.toInstant();
    }
    if (raw instanceof String day) {
      return PracticePeriod.parseDate(day, ANCHOR).atStartOfDay(clock.getZone()).toInstant();
    }
    throw new InvalidValueException(ANCHOR, "must be a Date or a day in the form yyyy-MM-dd");
  }

  /** {@value #NEVER} at the start of the day in {@code zone}. */
  public static Date never(ZoneId zone) {
    return EngineDates.startOfDay(LocalDate.parse(NEVER), zone);
  }
}
