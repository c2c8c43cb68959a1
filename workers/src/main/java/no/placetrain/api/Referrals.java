package no.placetrain.api;

import no.placetrain.domain.Candidate;
import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.ParticipationIds;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.DuplicateParticipationException;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.UnknownAgreementException;
import no.placetrain.process.placeandtrain.PlaceAndTrainProcess;
import no.placetrain.service.AgreementLookup;
import no.placetrain.service.ParticipationService;
import no.placetrain.store.ParticipationStore;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Refers a candidate the way the referral form does: starts {@code place-and-train} through the
 * engine with {@code agreementId}, {@code candidateRef} and {@code candidateDisplayName}, so the
 * start form's rules, the business checks and the referral worker apply exactly as in Tasklist
 * (the engine's transaction registers the participation; a refusal rolls everything back).
 *
 * <p>Checked first, to answer clearly: the values' shape (the domain's {@link Candidate}), that the
 * agreement exists, that the candidate is not active in it. The database still refuses a
 * concurrent second referral (the referral worker's {@link DuplicateParticipationException}).
 */
public class Referrals {

  private final AgreementLookup agreements;
  private final ParticipationStore store;
  private final ParticipationService participations;
  private final RuntimeService runtime;

  /**
   * @param agreements finds the agreement
   * @param store finds an active participation of the candidate in the agreement
   * @param participations reads the registered participation
   * @param runtime starts the process
   */
  public Referrals(AgreementLookup agreements, ParticipationStore store,
      ParticipationService participations, RuntimeService runtime) {
    this.agreements = agreements;
    this.store = store;
    this.participations = participations;
    this.runtime = runtime;
  }

  /**
   * Starts a participation; its id is the process instance's business key.
   *
   * @return the registered participation
   * @throws InvalidValueException naming the field when a value is missing or malformed
   * @throws UnknownAgreementException naming {@code agreementId}
   * @throws DuplicateParticipationException when the candidate is active in the agreement
   * @throws org.camunda.bpm.engine.ProcessEngineException when the engine refuses the start (a
   *     rejected form: {@code FormFieldValidationException}; a worker's refusal:
   *     {@code BadUserRequestException} with the domain's exception as cause)
   */
  public Participation refer(ReferralRequest request) {
    if (request == null || request.agreementId() == null || request.agreementId().isBlank()) {
      throw new InvalidValueException(PlaceAndTrainProcess.AGREEMENT_ID.name(), "is required");
    }
    Candidate candidate = new Candidate(request.candidateRef(), request.candidateDisplayName());
    Agreement agreement = agreements.find(request.agreementId().strip())
        .orElseThrow(() -> new UnknownAgreementException(PlaceAndTrainProcess.AGREEMENT_ID.name()));
    if (store.findActive(agreement.id(), candidate.reference()).isPresent()) {
      throw new DuplicateParticipationException();
    }
    String participationId = ParticipationIds.newId();
    runtime.createProcessInstanceByKey(PlaceAndTrainProcess.KEY)
        .businessKey(participationId)
        .setVariable(PlaceAndTrainProcess.AGREEMENT_ID.name(), agreement.id())
        .setVariable(PlaceAndTrainProcess.CANDIDATE_REF.name(), candidate.reference())
        .setVariable(PlaceAndTrainProcess.CANDIDATE_DISPLAY_NAME.name(), candidate.displayName())
        .execute();
    return participations.get(participationId);
  }
}
