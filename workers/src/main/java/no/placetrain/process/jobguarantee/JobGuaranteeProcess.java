package no.placetrain.process.jobguarantee;

import java.util.Date;
import no.placetrain.engine.ProcessVariable;

/**
 * The {@code job-guarantee} process, called by {@code place-and-train} when the practice ended
 * without an offer and the agreement has a job guarantee. Holds the key, element ids and typed
 * variables of docs/models.md.
 */
public final class JobGuaranteeProcess {

  /** Process definition key. */
  public static final String KEY = "job-guarantee";

  private JobGuaranteeProcess() {}

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_GUARANTEE = "StartEvent_Guarantee";
    public static final String TASK_START_GUARANTEE = "Task_StartGuarantee";
    public static final String SUBPROCESS_GUARANTEE_PERIOD = "Subprocess_GuaranteePeriod";
    public static final String TIMER_GUARANTEE_EXPIRES = "Timer_GuaranteeExpires";
    public static final String START_GUARANTEE_OFFERS = "StartEvent_GuaranteeOffers";
    public static final String GATEWAY_JOIN_OFFER = "Gateway_JoinOffer";
    public static final String TASK_RECORD_GUARANTEE_OFFER = "Task_RecordGuaranteeOffer";
    public static final String TASK_REGISTER_GUARANTEE_OFFER = "Task_RegisterGuaranteeOffer";
    public static final String GATEWAY_OFFER_RELEVANT = "Gateway_OfferRelevant";
    public static final String END_OFFER_RELEVANT = "EndEvent_OfferRelevant";
    public static final String END_GUARANTEE_MET = "EndEvent_GuaranteeMet";
    public static final String TASK_FLAG_ESCALATION = "Task_FlagEscalation";
    public static final String END_GUARANTEE_NOT_MET = "EndEvent_GuaranteeNotMet";

    private Elements() {}
  }

  // --- in (from place-and-train)
  public static final ProcessVariable<String> PARTICIPATION_ID =
      ProcessVariable.string("participationId");
  public static final ProcessVariable<String> CANDIDATE_DISPLAY_NAME =
      ProcessVariable.string("candidateDisplayName");
  public static final ProcessVariable<String> AGREEMENT_NAME =
      ProcessVariable.string("agreementName");
  public static final ProcessVariable<String> GUARANTEE_PERIOD =
      ProcessVariable.string("guaranteePeriod");
  /** The broker's group ({@code broker-<broker>}): the candidate group of the offer task. */
  public static final ProcessVariable<String> BROKER_GROUP = ProcessVariable.string("brokerGroup");

  // --- own
  public static final ProcessVariable<Date> GUARANTEE_DEADLINE =
      ProcessVariable.date("guaranteeDeadline");
  public static final ProcessVariable<String> OFFER_EMPLOYER =
      ProcessVariable.string("offerEmployer");
  public static final ProcessVariable<String> OFFER_RELEVANCE =
      ProcessVariable.string("offerRelevance");
  public static final ProcessVariable<String> OFFER_CONTRACT_TYPE =
      ProcessVariable.string("offerContractType");
  public static final ProcessVariable<Integer> OFFERS_RECORDED =
      ProcessVariable.integer("offersRecorded");

  // --- out (to place-and-train)
  public static final ProcessVariable<Boolean> GUARANTEE_MET = ProcessVariable.bool("guaranteeMet");
  public static final ProcessVariable<Boolean> ESCALATION_FLAGGED =
      ProcessVariable.bool("escalationFlagged");
}
