package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.*;

import java.util.Optional;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.ParticipationIds;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.DuplicateParticipationException;
import no.placetrain.domain.agreement.FrameworkReferralException;
import no.placetrain.domain.agreement.InactiveAgreementException;
import no.placetrain.domain.agreement.NavOffice;
import no.placetrain.domain.agreement.PartyGroups;
import no.placetrain.domain.agreement.UnknownAgreementException;
import no.placetrain.access.EngineAccess;
import no.placetrain.access.PartyRules;
import no.placetrain.engine.PlaceTrainWorker;
import no.placetrain.service.AgreementLookup;
import no.placetrain.service.ParticipationService;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${registerReferralWorker}} on {@code Task_RegisterReferral}: gives the participation its
 * id (also the business key), registers it ({@code PT_PARTICIPATION}, in the engine's
 * transaction) and copies the agreement's terms into the process.
 *
 * <p>Reads {@code agreementId}, {@code candidateRef}, {@code candidateDisplayName} (the
 * candidate's shape is checked, see {@link Candidate}) and {@code navOfficeId} (the referring
 * office; may be absent when the agreement has one office); writes {@code participationId},
 * {@code navOfficeId} and {@code navOfficeName} (the resolved office), {@code agreementName},
 * {@code employerName}, {@code agreementRequirements} (joined by "; ", empty when none),
 * {@code brokerName} (empty without broker),
 * {@code selectionMode}, {@code brokerInvolved}, {@code jobGuarantee}, {@code guaranteePeriod}
 * (only with a guarantee), {@code practiceMinMonths}, {@code practiceMaxMonths}, and the
 * candidate groups of the parties ({@link PartyGroups}): {@code caseworkerGroup},
 * {@code kamGroup}, {@code officeLeadGroup} (of the referring office), {@code employerGroup},
 * {@code mentorGroup} and {@code brokerGroup} (empty without a broker).
 *
 * <p>Idempotent: a participation id already present (a re-run) is kept, and so is a business key
 * the starter gave in the form of a participation id ({@code P-<uuid>}); otherwise a new id is
 * drawn; registering an id again changes nothing. Refusals ({@link BadUserRequestException}):
 * unknown agreement ({@link UnknownAgreementException}), a FRAMEWORK agreement
 * ({@link FrameworkReferralException}: participants belong to its local agreements), an agreement
 * that is not ACTIVE ({@link InactiveAgreementException}), no office for an agreement of several
 * offices or one not party to it ({@code navOfficeId: …}), the candidate already active in the
 * agreement ({@link DuplicateParticipationException}). The agreement is checked here as well as at
 * the start event, because a start before this task (how {@code POST /api/participations} starts)
 * skips the start event and its checks.
 *
 * <p>Access (docs/access.md, "Authorization: who sees what"): an authenticated starter must be a
 * member of the referring office's caseworker group (or an administrator), else the start is
 * refused ({@link AuthorizationException}, 403 over REST) — a caseworker refers for their own
 * office only; without an authenticated user (host code) the start is trusted. The referring
 * office's caseworker, KAM and lead groups are granted the instance (READ, UPDATE) and its history
 * (READ), in this transaction ({@link EngineAccess#grantInstance}).
 */
public class RegisterReferralWorker extends PlaceTrainWorker {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterReferralWorker.class);

  private final AgreementLookup agreements;
  private final ParticipationService participations;

  /**
   * @param agreements the catalogue
   * @param participations registers the participation
   */
  public RegisterReferralWorker(AgreementLookup agreements, ParticipationService participations) {
    this.agreements = agreements;
    this.participations = participations;
  }

  @Override
  protected void work(DelegateExecution execution) {
    // the candidate's shape is checked again here: a start through the Java API has no form
    Candidate candidate = new Candidate(CANDIDATE_REF.find(execution).orElse(null),
        CANDIDATE_DISPLAY_NAME.find(execution).orElse(null));
    Agreement agreement = agreements.find(AGREEMENT_ID.find(execution).orElse(null))
        .orElseThrow(() -> new UnknownAgreementException(AGREEMENT_ID.name()));
    // checked again here: a start before this task (the API's) skips the start event's checks
    agreement.requireReferable(AGREEMENT_ID.name());
    NavOffice office = agreement.referringOffice(
        NAV_OFFICE_ID.find(execution).orElse(null), NAV_OFFICE_ID.name());
    requireCaseworkerOf(office);
    String participationId = participationId(execution);
    participations.register(participationId, agreement.id(), office.id(), candidate,
        execution.getProcessInstanceId());
    execution.setProcessBusinessKey(participationId);
    PARTICIPATION_ID.setOnProcessInstance(execution, participationId);
    NAV_OFFICE_ID.setOnProcessInstance(execution, office.id());
    NAV_OFFICE_NAME.setOnProcessInstance(execution, office.name());
    AGREEMENT_NAME.setOnProcessInstance(execution, agreement.name());
    EMPLOYER_NAME.setOnProcessInstance(execution, agreement.employer().name());
    AGREEMENT_REQUIREMENTS.setOnProcessInstance(
        execution, String.join("; ", agreement.terms().requirements()));
    BROKER_NAME.setOnProcessInstance(execution, agreement.brokerName().orElse(""));
    SELECTION_MODE.setOnProcessInstance(execution, agreement.selectionMode().name());
    BROKER_INVOLVED.setOnProcessInstance(execution, agreement.brokerInvolved());
    JOB_GUARANTEE.setOnProcessInstance(execution, agreement.jobGuarantee());
    if (agreement.jobGuarantee()) {
      GUARANTEE_PERIOD.setOnProcessInstance(
          execution, agreement.terms().jobGuaranteePeriod().toString());
    }
    PRACTICE_MIN_MONTHS.setOnProcessInstance(execution, agreement.terms().practiceMinMonths());
    PRACTICE_MAX_MONTHS.setOnProcessInstance(execution, agreement.terms().practiceMaxMonths());
    PartyGroups groups = PartyGroups.of(agreement, office.id());
    CASEWORKER_GROUP.setOnProcessInstance(execution, groups.caseworkerGroup());
    KAM_GROUP.setOnProcessInstance(execution, groups.kamGroup());
    OFFICE_LEAD_GROUP.setOnProcessInstance(execution, groups.officeLeadGroup());
    EMPLOYER_GROUP.setOnProcessInstance(execution, groups.employerGroup());
    MENTOR_GROUP.setOnProcessInstance(execution, groups.mentorGroup());
    BROKER_GROUP.setOnProcessInstance(execution, groups.brokerGroup());
    EngineAccess.grantInstance(execution.getProcessInstanceId(), groups);
    LOG.info("Referral registered: participation {}", participationId);
  }

  private static void requireCaseworkerOf(NavOffice office) {
    Authentication caller = Context.getCommandContext() == null ? null
        : Context.getCommandContext().getAuthentication();
    if (!PartyRules.mayRefer(caller, office.id())) {
      throw new AuthorizationException("only a caseworker of the referring office ("
          + PartyGroups.caseworkersOf(office.id()) + ") may refer a candidate for it");
    }
  }

  private static String participationId(DelegateExecution execution) {
    return PARTICIPATION_ID.find(execution)
        .or(() -> Optional.ofNullable(execution.getProcessBusinessKey())
            .filter(ParticipationIds::isParticipationId))
        .orElseGet(ParticipationIds::newId);
  }
}
