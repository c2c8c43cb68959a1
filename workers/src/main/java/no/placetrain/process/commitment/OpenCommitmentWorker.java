package no.placetrain.process.commitment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.PracticePeriod;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.engine.EngineDates;
import no.placetrain.engine.PlaceTrainWorker;
import no.placetrain.engine.ProcessVariable;
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
  private final Clock clock;

  /**
   * @param commitments the ledger
   * @param clock "now" and the zone of anchor days
   */
  public OpenCommitmentWorker(CommitmentService commitments, Clock clock) {
    this.commitments = commitments;
    this.clock = clock;
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
