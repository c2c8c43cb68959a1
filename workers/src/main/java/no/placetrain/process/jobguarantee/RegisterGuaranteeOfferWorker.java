package no.placetrain.process.jobguarantee;

import static no.placetrain.process.jobguarantee.JobGuaranteeProcess.GUARANTEE_MET;
import static no.placetrain.process.jobguarantee.JobGuaranteeProcess.OFFERS_RECORDED;

import no.placetrain.domain.GuaranteeOffer;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.engine.PlaceTrainWorker;
import no.placetrain.engine.ProcessVariable;
import no.placetrain.process.commitment.CommitmentInputs;
import no.placetrain.process.commitment.EscalationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${registerGuaranteeOfferWorker}} on {@code Task_RegisterGuaranteeOffer}: counts the offer
 * ({@code offersRecorded} + 1) and, when it is {@code RELEVANT}, sets {@code guaranteeMet} = true
 * and meets the broker's commitment DELIVER_GUARANTEE_OFFER (ending its escalation, if one runs).
 *
 * <p>Inputs: {@code employer} (required), {@code relevance} ({@code RELEVANT} /
 * {@code NOT_RELEVANT}), {@code contractType} ({@code PERMANENT} / {@code TEMPORARY}).
 *
 * <p>Retry safety: the count is derived from the stored count in the engine transaction of the
 * offer form's completion, which the ledger write joins; a failure rolls both back, so a retry
 * counts once (and meeting a met commitment changes nothing).
 */
public class RegisterGuaranteeOfferWorker extends PlaceTrainWorker {

  /** Input parameter: the company that made the offer. */
  public static final ProcessVariable<String> EMPLOYER = ProcessVariable.string("employer");
  /** Input parameter: relevance code. */
  public static final ProcessVariable<String> RELEVANCE = ProcessVariable.string("relevance");
  /** Input parameter: contract type code. */
  public static final ProcessVariable<String> CONTRACT_TYPE = ProcessVariable.string("contractType");

  private static final Logger LOG = LoggerFactory.getLogger(RegisterGuaranteeOfferWorker.class);

  private final EscalationService escalations;

  /** @param escalations meets the broker's commitment */
  public RegisterGuaranteeOfferWorker(EscalationService escalations) {
    this.escalations = escalations;
  }

  @Override
  protected void work(DelegateExecution execution) {
    GuaranteeOffer offer = GuaranteeOffer.of(
        EMPLOYER.findLocal(execution).orElse(null),
        RELEVANCE.findLocal(execution).orElse(null),
        CONTRACT_TYPE.findLocal(execution).orElse(null));
    OFFERS_RECORDED.setOnProcessInstance(execution, OFFERS_RECORDED.find(execution).orElse(0) + 1);
    if (offer.relevant()) {
      GUARANTEE_MET.setOnProcessInstance(execution, true);
      escalations.meet(execution.getProcessEngineServices(),
          CommitmentInputs.participationId(execution), CommitmentKind.DELIVER_GUARANTEE_OFFER, 0);
    }
    LOG.info("Guarantee offer registered: participation {}", participationIdOf(execution));
  }
}
