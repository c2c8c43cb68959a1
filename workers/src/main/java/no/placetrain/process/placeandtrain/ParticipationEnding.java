package no.placetrain.process.placeandtrain;

import no.placetrain.domain.EndReason;
import no.placetrain.domain.Outcome;
import no.placetrain.domain.agreement.ParticipationEnd;
import no.placetrain.process.commitment.EscalationService;
import no.placetrain.service.ParticipationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the participation row of a process instance (id: {@code participationId}, else the business
 * key) and, in the same transaction, settles what the ending leaves behind: its commitments still
 * OPEN are cancelled and their running escalations deleted (see
 * {@link EscalationService#endParticipation}). Every way a participation ends goes through here:
 * each {@code Task_Close…} and {@code Task_RecordJobOffer}. Idempotent: a retried job, or a second
 * closing path, finds the row ended and nothing OPEN, and changes nothing.
 *
 * <p>An instance started before participations were stored has no row: its outcome stays in the
 * process variables, with a warning naming the participation id only (it has no ledger either).
 */
final class ParticipationEnding {

  private static final Logger LOG = LoggerFactory.getLogger(ParticipationEnding.class);

  private ParticipationEnding() {}

  static void end(ParticipationService participations, EscalationService escalations,
      DelegateExecution execution, Outcome outcome, EndReason reason) {
    String id = PlaceAndTrainProcess.PARTICIPATION_ID.find(execution)
        .orElseGet(execution::getProcessBusinessKey);
    if (participations.find(id).isPresent()) {
      participations.end(id, outcome, reason);
      escalations.endParticipation(
          execution.getProcessEngineServices(), id, new ParticipationEnd(outcome, reason));
    } else {
      LOG.warn("Participation {} has no stored row (started before the ledger); "
          + "its outcome is kept in the process only", id);
    }
  }
}
