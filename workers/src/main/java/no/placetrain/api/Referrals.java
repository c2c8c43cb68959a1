package no.placetrain.api;

import no.placetrain.access.AccessDeniedException;
import no.placetrain.access.PartyRules;
import no.placetrain.domain.agreement.PartyGroups;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.ParticipationIds;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.DuplicateParticipationException;
import no.placetrain.domain.agreement.FrameworkReferralException;
import no.placetrain.domain.agreement.InactiveAgreementException;
import no.placetrain.domain.agreement.NavOffice;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.UnknownAgreementException;
import no.placetrain.process.placeandtrain.PlaceAndTrainProcess;
import no.placetrain.service.AgreementLookup;
import no.placetrain.service.ParticipationService;
import no.placetrain.store.ParticipationStore;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Refers a candidate to any referable agreement of the database — also a LOCAL created later
 * through {@code POST /api/agreements}, which the referral form's static option list does not
 * know. It therefore starts {@code place-and-train} <em>before {@code Task_RegisterReferral}</em>
 * (a start instruction): the start event and its checks (the referral form's rules and the
 * {@code AgreementExistsCheck}) are skipped. Nothing else in the model needs the start event; the
 * history shows the instance started (start activity {@code Task_RegisterReferral}, start user the
 * caller). A start through the form (Tasklist, {@code /engine-rest}) is unchanged.
 *
 * <p>What the start event would have checked is checked here first, to answer clearly: the
 * candidate's shape (the domain's {@link Candidate}, with the form's display-name shape), that the
 * agreement exists, that it is a LOCAL agreement and ACTIVE, that the referring office is one of
 * the agreement's (required when it has several), that the candidate is not active in it. {@code registerReferralWorker} checks the agreement and the candidate again in the engine's
 * transaction (which registers the participation; a refusal rolls everything back), and the
 * database refuses a concurrent second referral ({@link DuplicateParticipationException}).
 * {@code referredBy} is set to the authenticated user here. (Camunda 7 keeps the start event's
 * {@code camunda:initiator} on the process definition and sets it on a start before an activity
 * too; setting it here keeps the API's answer to "who referred" independent of that attribute.)
 */
public class Referrals {

  private final AgreementLookup agreements;
  private final ParticipationStore store;
  private final ParticipationService participations;
  private final RuntimeService runtime;
  private final IdentityService identity;

  /**
   * @param agreements finds the agreement
   * @param store finds an active participation of the candidate in the agreement
   * @param participations reads the registered participation
   * @param runtime starts the process
   * @param identity the engine's current authentication: who refers
   */
  public Referrals(AgreementLookup agreements, ParticipationStore store,
      ParticipationService participations, RuntimeService runtime, IdentityService identity) {
    this.agreements = agreements;
    this.store = store;
    this.participations = participations;
    this.runtime = runtime;
    this.identity = identity;
  }

  /**
   * Starts a participation; its id is the process instance's business key.
   *
   * @return the registered participation
   * @throws InvalidValueException naming the field when a value is missing or malformed
   * @throws UnknownAgreementException naming {@code agreementId}
   * @throws FrameworkReferralException naming {@code agreementId}: a FRAMEWORK agreement
   * @throws InactiveAgreementException naming {@code agreementId}: an agreement not ACTIVE
   * @throws InvalidValueException naming {@code navOfficeId}: missing for an agreement of several
   *     offices, or not one of the agreement's
   * @throws AccessDeniedException naming {@code navOfficeId}: the authenticated user is not a
   *     caseworker of the referring office (nor an administrator); checked before the duplicate
   *     check, so a refused caller learns nothing about the candidate
   * @throws DuplicateParticipationException when the candidate is active in the agreement
   * @throws org.camunda.bpm.engine.ProcessEngineException when the engine refuses the start (a
   *     worker's refusal: {@code BadUserRequestException} with the domain's exception as cause)
   */
  public Participation refer(ReferralRequest request) {
    String field = PlaceAndTrainProcess.AGREEMENT_ID.name();
    if (request == null || request.agreementId() == null || request.agreementId().isBlank()) {
      throw new InvalidValueException(field, "is required");
    }
    Candidate candidate = Candidate.referred(
        request.candidateRef(), request.candidateDisplayName());
    Agreement agreement = agreements.find(request.agreementId().strip())
        .orElseThrow(() -> new UnknownAgreementException(field));
    agreement.requireReferable(field);
    NavOffice office = agreement.referringOffice(
        request.navOfficeId(), PlaceAndTrainProcess.NAV_OFFICE_ID.name());
    if (!PartyRules.mayRefer(identity.getCurrentAuthentication(), office.id())) {
      throw new AccessDeniedException(PlaceAndTrainProcess.NAV_OFFICE_ID.name(),
          "only members of " + PartyGroups.caseworkersOf(office.id())
              + " (the office's caseworkers) or administrators may refer a candidate for it");
    }
    if (store.findActive(agreement.id(), candidate.reference()).isPresent()) {
      throw new DuplicateParticipationException();
    }
    String participationId = ParticipationIds.newId();
    VariableMap variables = Variables.createVariables()
        .putValue(field, agreement.id())
        .putValue(PlaceAndTrainProcess.NAV_OFFICE_ID.name(), office.id())
        .putValue(PlaceAndTrainProcess.CANDIDATE_REF.name(), candidate.reference())
        .putValue(PlaceAndTrainProcess.CANDIDATE_DISPLAY_NAME.name(), candidate.displayName());
    String referredBy = authenticatedUserId();
    if (referredBy != null) {
      variables.putValue(PlaceAndTrainProcess.REFERRED_BY.name(), referredBy);
    }
    runtime.createProcessInstanceByKey(PlaceAndTrainProcess.KEY)
        .businessKey(participationId)
        .setVariables(variables)
        .startBeforeActivity(PlaceAndTrainProcess.Elements.TASK_REGISTER_REFERRAL)
        .execute();
    return participations.get(participationId);
  }

  private String authenticatedUserId() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
