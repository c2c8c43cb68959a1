package no.placetrain.process.placeandtrain;

import no.placetrain.domain.JobOffer;
import no.placetrain.domain.Outcome;
import no.placetrain.engine.PlaceTrainWorker;
import no.placetrain.engine.ProcessVariable;
import no.placetrain.process.commitment.EscalationService;
import no.placetrain.service.ParticipationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${recordJobOfferWorker}} on {@code Task_RecordJobOffer}: stores the offer as the JSON
 * variable {@code jobOffer}, sets {@code outcome} = {@code JOB_OFFER} and ends the stored
 * participation with that outcome; its commitments still OPEN (e.g. a checkpoint the decision
 * window cut short) are cancelled and their escalations ended (see {@link ParticipationEnding}).
 *
 * <p>Inputs: {@code contractType} ({@code PERMANENT} / {@code TEMPORARY}), {@code weeklyHours}
 * (1..40). Re-running writes the same values.
 */
public class RecordJobOfferWorker extends PlaceTrainWorker {

  /** Input parameter: contract type code. */
  public static final ProcessVariable<String> CONTRACT_TYPE = ProcessVariable.string("contractType");
  /** Input parameter: hours per week. */
  public static final ProcessVariable<Double> WEEKLY_HOURS = ProcessVariable.decimal("weeklyHours");

  private static final Logger LOG = LoggerFactory.getLogger(RecordJobOfferWorker.class);

  private final ParticipationService participations;
  private final EscalationService escalations;

  /**
   * @param participations ends the stored participation
   * @param escalations cancels its commitments still OPEN and ends their escalations
   */
  public RecordJobOfferWorker(
      ParticipationService participations, EscalationService escalations) {
    this.participations = participations;
    this.escalations = escalations;
  }

  @Override
  protected void work(DelegateExecution execution) {
    JobOffer offer = JobOffer.of(
        CONTRACT_TYPE.findLocal(execution).orElse(null), WEEKLY_HOURS.getLocal(execution));
    PlaceAndTrainProcess.JOB_OFFER.setOnProcessInstance(execution, offer);
    PlaceAndTrainProcess.OUTCOME.setOnProcessInstance(execution, Outcome.JOB_OFFER.name());
    ParticipationEnding.end(participations, escalations, execution, Outcome.JOB_OFFER, null);
    LOG.info("Job offer recorded: participation {}", participationIdOf(execution));
  }
}
