package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.PARTICIPATION_ID;

import no.placetrain.domain.agreement.CapacityReachedException;
import no.placetrain.engine.PlaceTrainWorker;
import no.placetrain.service.ParticipationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${takePlaceWorker}} on {@code Task_TakePlace}, right after the employer selected the
 * candidate ({@code interviewResult == 'SELECTED'} in {@code Task_Interview} or
 * {@code Task_SpeedInterview}): the participation takes one of the agreement's places per round
 * ({@code capacityPerRound}) and holds it until it ends ({@code PT_PARTICIPATION.SELECTED_AT}, in
 * the engine's transaction; see {@link ParticipationService#takePlace}).
 *
 * <p>Reads {@code participationId} (else the business key); writes no variable. When every place
 * of the agreement is held it refuses with a {@link BadUserRequestException}
 * ({@link CapacityReachedException}: {@code interviewResult: cannot be SELECTED: all 6 places of
 * the agreement are held (a place frees when a participation holding one ends)}). The model runs
 * the task synchronously in the employer's completion, so the refusal rolls that completion back:
 * the interview task stays open and Tasklist / REST answer 400. Idempotent: a participation that
 * holds its place already keeps it. An instance started before participations were stored has no
 * row and takes no place (a warning naming the participation id only).
 */
public class TakePlaceWorker extends PlaceTrainWorker {

  private static final Logger LOG = LoggerFactory.getLogger(TakePlaceWorker.class);

  private final ParticipationService participations;

  /** @param participations counts the agreement's places held and records the selection */
  public TakePlaceWorker(ParticipationService participations) {
    this.participations = participations;
  }

  @Override
  protected void work(DelegateExecution execution) {
    String participationId = PARTICIPATION_ID.find(execution)
        .orElseGet(execution::getProcessBusinessKey);
    if (participations.find(participationId).isEmpty()) {
      LOG.warn("Participation {} has no stored row (started before the ledger); it takes no "
          + "place of the agreement's capacity", participationId);
      return;
    }
    participations.takePlace(participationId);
    LOG.info("Place taken: participation {}", participationId);
  }
}
