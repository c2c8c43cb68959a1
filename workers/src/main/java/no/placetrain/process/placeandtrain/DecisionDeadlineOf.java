package no.placetrain.process.placeandtrain;

import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentTemplate;
import no.placetrain.service.AgreementLookup;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads the effective {@code DECIDE_END_OF_PRACTICE} template of the agreement the process
 * names ({@code agreementId}): the one the ledger opens the decision commitment with.
 */
final class DecisionDeadlineOf {

  private DecisionDeadlineOf() {}

  /**
   * @return the template, or {@code null} when the process names no agreement, the agreement is
   *     not found or it has no such commitment
   */
  static CommitmentTemplate process(VariableScope scope, AgreementLookup agreements) {
    return PlaceAndTrainProcess.AGREEMENT_ID.find(scope)
        .flatMap(agreements::find)
        .flatMap(a -> agreements.effectiveCommitment(a, CommitmentKind.DECIDE_END_OF_PRACTICE))
        .orElse(null);
  }
}
