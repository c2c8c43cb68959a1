package no.placetrain.process.placeandtrain;

import no.placetrain.domain.Closure;
import no.placetrain.engine.PlaceTrainWorker;
import no.placetrain.engine.ProcessVariable;
import no.placetrain.process.commitment.EscalationService;
import no.placetrain.service.ParticipationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${closeParticipationWorker}} on every {@code Task_Close…}: records how and why the
 * participation ended, in the process and on its stored row (which frees the candidate for a new
 * referral to the agreement); its commitments still OPEN are cancelled and their escalations
 * ended (see {@link ParticipationEnding}).
 *
 * <p>Inputs: {@code closingOutcome} ({@code ENDED} / {@code GUARANTEE_OFFER}),
 * {@code closingReason} (an end reason of that outcome) and optionally {@code closingDetail} (a
 * detail code of that reason). Writes {@code outcome}, {@code endReason} and, when given,
 * {@code endDetail}. Codes that do not fit together: {@code BadUserRequestException}.
 */
public class CloseParticipationWorker extends PlaceTrainWorker {

  /** Input parameter: outcome code. */
  public static final ProcessVariable<String> CLOSING_OUTCOME =
      ProcessVariable.string("closingOutcome");
  /** Input parameter: end reason code. */
  public static final ProcessVariable<String> CLOSING_REASON =
      ProcessVariable.string("closingReason");
  /** Input parameter: detail code, optional. */
  public static final ProcessVariable<String> CLOSING_DETAIL =
      ProcessVariable.string("closingDetail");

  private static final Logger LOG = LoggerFactory.getLogger(CloseParticipationWorker.class);

  private final ParticipationService participations;
  private final EscalationService escalations;

  /**
   * @param participations ends the stored participation
   * @param escalations cancels its commitments still OPEN and ends their escalations
   */
  public CloseParticipationWorker(
      ParticipationService participations, EscalationService escalations) {
    this.participations = participations;
    this.escalations = escalations;
  }

  @Override
  protected void work(DelegateExecution execution) {
    Closure closure = Closure.of(
        CLOSING_OUTCOME.findLocal(execution).orElse(null),
        CLOSING_REASON.findLocal(execution).orElse(null),
        CLOSING_DETAIL.findLocal(execution).orElse(null));
    PlaceAndTrainProcess.OUTCOME.setOnProcessInstance(execution, closure.outcome().name());
    PlaceAndTrainProcess.END_REASON.setOnProcessInstance(execution, closure.reason().name());
    closure.detailCode().ifPresent(
        detail -> PlaceAndTrainProcess.END_DETAIL.setOnProcessInstance(execution, detail));
    ParticipationEnding.end(
        participations, escalations, execution, closure.outcome(), closure.reason());
    LOG.info("Participation closed: participation {}", participationIdOf(execution));
  }
}
