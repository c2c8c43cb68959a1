package no.placetrain.process.placeandtrain;

import no.placetrain.domain.EndReason;
import no.placetrain.domain.Outcome;
import no.placetrain.service.ParticipationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the participation row of a process instance (id: {@code participationId}, else the business
 * key). An instance started before participations were stored has no row: its outcome stays in
 * the process variables, with a warning naming the participation id only.
 */
final class ParticipationEnding {

  private static final Logger LOG = LoggerFactory.getLogger(ParticipationEnding.class);

  private ParticipationEnding() {}

  static void end(ParticipationService participations, DelegateExecution execution,
      Outcome outcome, EndReason reason) {
    String id = PlaceAndTrainProcess.PARTICIPATION_ID.find(execution)
        .orElseGet(execution::getProcessBusinessKey);
    if (participations.find(id).isPresent()) {
      participations.end(id, outcome, reason);
    } else {
      LOG.warn("Participation {} has no stored row (started before the ledger); "
          + "its outcome is kept in the process only", id);
    }
  }
}
