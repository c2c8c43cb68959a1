package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.*;

import java.util.Optional;
import no.placetrain.domain.Agreement;
import no.placetrain.domain.AgreementCatalogue;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.ParticipationIds;
import no.placetrain.engine.PlaceTrainWorker;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${registerReferralWorker}} on {@code Task_RegisterReferral}: gives the participation its
 * id (also the business key) and copies the agreement's terms into the process.
 *
 * <p>Reads {@code agreementId}, {@code candidateRef} and {@code candidateDisplayName} (the
 * candidate's shape is checked, see {@link Candidate}); writes {@code participationId}, {@code agreementName},
 * {@code employerName}, {@code brokerName} (empty without broker), {@code selectionMode},
 * {@code brokerInvolved}, {@code jobGuarantee}, {@code guaranteePeriod} (only with a guarantee),
 * {@code practiceMinMonths}, {@code practiceMaxMonths}.
 *
 * <p>Idempotent: a participation id already present (a re-run) is kept, and so is a business key
 * the starter gave in the form of a participation id ({@code P-<uuid>}); otherwise a new id is
 * drawn. Unknown agreement: {@link BadUserRequestException} naming {@code agreementId}.
 */
public class RegisterReferralWorker extends PlaceTrainWorker {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterReferralWorker.class);

  private final AgreementCatalogue catalogue;

  /** @param catalogue the configured agreements */
  public RegisterReferralWorker(AgreementCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  protected void work(DelegateExecution execution) {
    // the candidate's shape is checked again here: a start through the Java API has no form
    new Candidate(CANDIDATE_REF.find(execution).orElse(null),
        CANDIDATE_DISPLAY_NAME.find(execution).orElse(null));
    String agreementId = AGREEMENT_ID.find(execution).orElse(null);
    Agreement agreement = catalogue.find(agreementId).orElseThrow(() ->
        new BadUserRequestException("agreementId: names no agreement of the catalogue"));
    String participationId = participationId(execution);
    execution.setProcessBusinessKey(participationId);
    PARTICIPATION_ID.setOnProcessInstance(execution, participationId);
    AGREEMENT_NAME.setOnProcessInstance(execution, agreement.name());
    EMPLOYER_NAME.setOnProcessInstance(execution, agreement.employer());
    BROKER_NAME.setOnProcessInstance(execution, agreement.brokerName().orElse(""));
    SELECTION_MODE.setOnProcessInstance(execution, agreement.selectionMode().name());
    BROKER_INVOLVED.setOnProcessInstance(execution, agreement.brokerInvolved());
    JOB_GUARANTEE.setOnProcessInstance(execution, agreement.jobGuarantee());
    if (agreement.jobGuarantee()) {
      GUARANTEE_PERIOD.setOnProcessInstance(execution, agreement.jobGuaranteePeriod().toString());
    }
    PRACTICE_MIN_MONTHS.setOnProcessInstance(execution, agreement.practiceMinMonths());
    PRACTICE_MAX_MONTHS.setOnProcessInstance(execution, agreement.practiceMaxMonths());
    LOG.info("Referral registered: participation {}", participationId);
  }

  private static String participationId(DelegateExecution execution) {
    return PARTICIPATION_ID.find(execution)
        .or(() -> Optional.ofNullable(execution.getProcessBusinessKey())
            .filter(ParticipationIds::isParticipationId))
        .orElseGet(ParticipationIds::newId);
  }
}
