package no.placetrain.process.placeandtrain;

import java.util.Date;
import no.placetrain.domain.JobOffer;
import no.placetrain.domain.StrengthsProfile;
import no.placetrain.engine.ProcessVariable;

/**
 * The {@code place-and-train} process: one instance per participation, business key =
 * participation id. Holds the key, the element ids and the typed variables of docs/models.md.
 */
public final class PlaceAndTrainProcess {

  /** Process definition key. */
  public static final String KEY = "place-and-train";
  /** Name of the message that reports a dropout (correlate by business key). */
  public static final String MESSAGE_DROPOUT = "ParticipationDropout";
  /** Key of the decision that sets the checkpoint interval. */
  public static final String DECISION_CHECKPOINT_CADENCE = "Decision_CheckpointCadence";

  private PlaceAndTrainProcess() {}

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_REFERRAL = "StartEvent_Referral";
    public static final String TASK_REGISTER_REFERRAL = "Task_RegisterReferral";
    public static final String TASK_SCREEN_CANDIDATE = "Task_ScreenCandidate";
    public static final String TASK_RECORD_SCREENING = "Task_RecordScreening";
    public static final String GATEWAY_SUITABLE = "Gateway_Suitable";
    public static final String TASK_CLOSE_NOT_SUITABLE = "Task_CloseNotSuitable";
    public static final String END_NOT_SUITABLE = "EndEvent_NotSuitable";
    public static final String TASK_PRESENT_TO_EMPLOYER = "Task_PresentToEmployer";
    public static final String GATEWAY_EMPLOYER_RESPONSE = "Gateway_EmployerResponse";
    public static final String TASK_CLOSE_EMPLOYER_DECLINED = "Task_CloseEmployerDeclined";
    public static final String END_EMPLOYER_DECLINED = "EndEvent_EmployerDeclined";
    public static final String GATEWAY_SELECTION_MODE = "Gateway_SelectionMode";
    public static final String TASK_SPEED_INTERVIEW = "Task_SpeedInterview";
    public static final String TASK_INTERVIEW = "Task_Interview";
    public static final String GATEWAY_JOIN_SELECTION = "Gateway_JoinSelection";
    public static final String GATEWAY_SELECTED = "Gateway_Selected";
    /**
     * On the SELECTED path, synchronous: takes one of the agreement's places per round; a refusal
     * rolls the employer's completion of the interview task back.
     */
    public static final String TASK_TAKE_PLACE = "Task_TakePlace";
    public static final String TASK_CLOSE_NOT_SELECTED = "Task_CloseNotSelected";
    public static final String END_NOT_SELECTED = "EndEvent_NotSelected";
    public static final String GATEWAY_JOIN_DRAFT = "Gateway_JoinDraft";
    public static final String TASK_DRAFT_PRACTICE_AGREEMENT = "Task_DraftPracticeAgreement";
    public static final String GATEWAY_APPROVALS_FORK = "Gateway_ApprovalsFork";
    public static final String TASK_EMPLOYER_APPROVES = "Task_EmployerApproves";
    public static final String TASK_BROKER_APPROVES = "Task_BrokerApproves";
    public static final String GATEWAY_APPROVALS_JOIN = "Gateway_ApprovalsJoin";
    public static final String GATEWAY_PARTIES_APPROVED = "Gateway_PartiesApproved";
    public static final String TASK_KAM_APPROVES = "Task_KamApproves";
    public static final String GATEWAY_KAM_APPROVED = "Gateway_KamApproved";
    public static final String SUBPROCESS_PRACTICE = "Subprocess_Practice";
    public static final String BOUNDARY_DROPOUT = "Boundary_Dropout";
    public static final String MESSAGE_DROPOUT = "Message_Dropout";
    public static final String START_PRACTICE = "StartEvent_Practice";
    public static final String TASK_SCHEDULE_PRACTICE = "Task_SchedulePractice";
    public static final String GATEWAY_JOIN_FOLLOW_UP = "Gateway_JoinFollowUp";
    public static final String SUBPROCESS_FOLLOW_UP = "Subprocess_FollowUp";
    /** The follow-up ends when the employer's decision window opens ({@code decisionWindowOpens}). */
    public static final String TIMER_DECISION_WINDOW_OPENS = "Timer_DecisionWindowOpens";
    public static final String START_FOLLOW_UP = "StartEvent_FollowUp";
    public static final String GATEWAY_JOIN_CHECKPOINT = "Gateway_JoinCheckpoint";
    public static final String TASK_CHECKPOINT_CADENCE = "Task_CheckpointCadence";
    public static final String TASK_SCHEDULE_CHECKPOINT = "Task_ScheduleCheckpoint";
    public static final String TIMER_CHECKPOINT_DUE = "Timer_CheckpointDue";
    public static final String TASK_HOLD_CHECKPOINT = "Task_HoldCheckpoint";
    public static final String TASK_RECORD_CHECKPOINT = "Task_RecordCheckpoint";
    public static final String TASK_DECIDE_END_OF_PRACTICE = "Task_DecideEndOfPractice";
    public static final String GATEWAY_PRACTICE_DECISION = "Gateway_PracticeDecision";
    public static final String TASK_EXTEND_PRACTICE = "Task_ExtendPractice";
    public static final String END_PRACTICE_ENDED = "EndEvent_PracticeEnded";
    public static final String TASK_CLOSE_DROPOUT = "Task_CloseDropout";
    public static final String END_DROPOUT = "EndEvent_Dropout";
    public static final String GATEWAY_OFFER = "Gateway_Offer";
    public static final String TASK_RECORD_JOB_OFFER = "Task_RecordJobOffer";
    public static final String END_JOB_OFFER = "EndEvent_JobOffer";
    public static final String GATEWAY_HAS_GUARANTEE = "Gateway_HasGuarantee";
    public static final String CALL_JOB_GUARANTEE = "CallActivity_JobGuarantee";
    public static final String GATEWAY_GUARANTEE_MET = "Gateway_GuaranteeMet";
    public static final String TASK_CLOSE_GUARANTEE_OFFER = "Task_CloseGuaranteeOffer";
    public static final String END_GUARANTEE_OFFER = "EndEvent_GuaranteeOffer";
    public static final String TASK_CLOSE_GUARANTEE_NOT_MET = "Task_CloseGuaranteeNotMet";
    public static final String END_GUARANTEE_NOT_MET = "EndEvent_GuaranteeNotMet";
    public static final String TASK_CLOSE_NO_OFFER = "Task_CloseNoOffer";
    public static final String END_NO_OFFER = "EndEvent_NoOffer";

    // --- commitments (docs/agreements.md, "Commitments in the models")
    public static final String TASK_OPEN_SCREENING_COMMITMENT = "Task_OpenScreeningCommitment";
    public static final String BOUNDARY_SCREENING_OVERDUE = "Boundary_ScreeningOverdue";
    public static final String TASK_ESCALATE_SCREENING = "Task_EscalateScreening";
    public static final String END_SCREENING_ESCALATED = "EndEvent_ScreeningEscalated";
    public static final String TASK_MEET_SCREENING_COMMITMENT = "Task_MeetScreeningCommitment";
    public static final String TASK_OPEN_PRESENTATION_COMMITMENT =
        "Task_OpenPresentationCommitment";
    public static final String BOUNDARY_PRESENTATION_OVERDUE = "Boundary_PresentationOverdue";
    public static final String TASK_ESCALATE_PRESENTATION = "Task_EscalatePresentation";
    public static final String END_PRESENTATION_ESCALATED = "EndEvent_PresentationEscalated";
    public static final String TASK_MEET_PRESENTATION_COMMITMENT =
        "Task_MeetPresentationCommitment";
    public static final String TASK_OPEN_MENTOR_COMMITMENT = "Task_OpenMentorCommitment";
    public static final String BOUNDARY_MENTOR_OVERDUE = "Boundary_MentorOverdue";
    public static final String TASK_ESCALATE_MENTOR = "Task_EscalateMentor";
    public static final String END_MENTOR_ESCALATED = "EndEvent_MentorEscalated";
    public static final String TASK_MEET_MENTOR_COMMITMENT = "Task_MeetMentorCommitment";
    public static final String TASK_OPEN_CHECKPOINT_COMMITMENT = "Task_OpenCheckpointCommitment";
    public static final String BOUNDARY_CHECKPOINT_OVERDUE = "Boundary_CheckpointOverdue";
    public static final String TASK_ESCALATE_CHECKPOINT = "Task_EscalateCheckpoint";
    public static final String END_CHECKPOINT_ESCALATED = "EndEvent_CheckpointEscalated";
    public static final String TASK_MEET_CHECKPOINT_COMMITMENT = "Task_MeetCheckpointCommitment";
    public static final String TASK_OPEN_DECISION_COMMITMENT = "Task_OpenDecisionCommitment";
    public static final String BOUNDARY_DECISION_OVERDUE = "Boundary_DecisionOverdue";
    public static final String TASK_ESCALATE_DECISION = "Task_EscalateDecision";
    public static final String END_DECISION_ESCALATED = "EndEvent_DecisionEscalated";
    public static final String TASK_MEET_DECISION_COMMITMENT = "Task_MeetDecisionCommitment";
    public static final String EVENT_SUBPROCESS_PERSONAL_MATTERS =
        "EventSubprocess_PersonalMatters";
    public static final String TASK_OPEN_PERSONAL_MATTERS_COMMITMENT =
        "Task_OpenPersonalMattersCommitment";
    public static final String TASK_FOLLOW_UP_PERSONAL_MATTERS = "Task_FollowUpPersonalMatters";
    public static final String BOUNDARY_PERSONAL_MATTERS_OVERDUE =
        "Boundary_PersonalMattersOverdue";
    public static final String TASK_ESCALATE_PERSONAL_MATTERS = "Task_EscalatePersonalMatters";
    public static final String END_PERSONAL_MATTERS_ESCALATED =
        "EndEvent_PersonalMattersEscalated";
    public static final String TASK_MEET_PERSONAL_MATTERS_COMMITMENT =
        "Task_MeetPersonalMattersCommitment";

    private Elements() {}
  }

  // --- referral (form-referral) and registerReferralWorker
  public static final ProcessVariable<String> AGREEMENT_ID = ProcessVariable.string("agreementId");
  public static final ProcessVariable<String> CANDIDATE_REF =
      ProcessVariable.string("candidateRef");
  public static final ProcessVariable<String> CANDIDATE_DISPLAY_NAME =
      ProcessVariable.string("candidateDisplayName");
  /**
   * The referring NAV office: chosen in the referral form (or given to the API), optional when the
   * agreement has one office; registerReferralWorker writes the resolved office id back.
   */
  public static final ProcessVariable<String> NAV_OFFICE_ID = ProcessVariable.string("navOfficeId");
  public static final ProcessVariable<String> NAV_OFFICE_NAME =
      ProcessVariable.string("navOfficeName");
  /**
   * The user who referred: set by the engine from the start event's {@code camunda:initiator} (on
   * every instantiation, also a start before Task_RegisterReferral), and by the API itself.
   */
  public static final ProcessVariable<String> REFERRED_BY = ProcessVariable.string("referredBy");
  public static final ProcessVariable<String> PARTICIPATION_ID =
      ProcessVariable.string("participationId");
  public static final ProcessVariable<String> AGREEMENT_NAME =
      ProcessVariable.string("agreementName");
  public static final ProcessVariable<String> EMPLOYER_NAME =
      ProcessVariable.string("employerName");
  public static final ProcessVariable<String> SELECTION_MODE =
      ProcessVariable.string("selectionMode");
  public static final ProcessVariable<Boolean> BROKER_INVOLVED =
      ProcessVariable.bool("brokerInvolved");
  public static final ProcessVariable<Boolean> JOB_GUARANTEE = ProcessVariable.bool("jobGuarantee");
  public static final ProcessVariable<String> BROKER_NAME = ProcessVariable.string("brokerName");
  public static final ProcessVariable<String> GUARANTEE_PERIOD =
      ProcessVariable.string("guaranteePeriod");
  public static final ProcessVariable<Integer> PRACTICE_MIN_MONTHS =
      ProcessVariable.integer("practiceMinMonths");
  public static final ProcessVariable<Integer> PRACTICE_MAX_MONTHS =
      ProcessVariable.integer("practiceMaxMonths");
  /** The agreement's requirements of a candidate, joined by "; "; empty when it has none. */
  public static final ProcessVariable<String> AGREEMENT_REQUIREMENTS =
      ProcessVariable.string("agreementRequirements");

  // --- candidate groups of the participation's parties (registerReferralWorker, from the
  // agreement and the referring office; docs/access.md "Candidate groups come from the agreement")
  /** {@code <office>-caseworker}: screening, draft, personal matters. */
  public static final ProcessVariable<String> CASEWORKER_GROUP =
      ProcessVariable.string("caseworkerGroup");
  /** {@code <office>-kam}: KAM approval, checkpoints. */
  public static final ProcessVariable<String> KAM_GROUP = ProcessVariable.string("kamGroup");
  /** {@code <office>-lead}: escalation level OFFICE_LEAD. */
  public static final ProcessVariable<String> OFFICE_LEAD_GROUP =
      ProcessVariable.string("officeLeadGroup");
  /** {@code employer-<employer>}: presentation, interviews, employer approval, decision. */
  public static final ProcessVariable<String> EMPLOYER_GROUP =
      ProcessVariable.string("employerGroup");
  /** {@code employer-<employer>-mentor}: the mentor named at the employer's approval is one. */
  public static final ProcessVariable<String> MENTOR_GROUP = ProcessVariable.string("mentorGroup");
  /** {@code broker-<broker>}, empty without a broker: broker approval, guarantee offers. */
  public static final ProcessVariable<String> BROKER_GROUP = ProcessVariable.string("brokerGroup");

  // --- screening
  public static final ProcessVariable<String> CANDIDATE_SKILLS =
      ProcessVariable.string("candidateSkills");
  public static final ProcessVariable<String> CANDIDATE_INTERESTS =
      ProcessVariable.string("candidateInterests");
  public static final ProcessVariable<String> CANDIDATE_LANGUAGES =
      ProcessVariable.string("candidateLanguages");
  public static final ProcessVariable<String> CANDIDATE_MOTIVATION =
      ProcessVariable.string("candidateMotivation");
  public static final ProcessVariable<StrengthsProfile> STRENGTHS_PROFILE =
      ProcessVariable.json("strengthsProfile", StrengthsProfile.class);
  public static final ProcessVariable<String> SCREENING_OUTCOME =
      ProcessVariable.string("screeningOutcome");
  public static final ProcessVariable<String> NOT_SUITABLE_REASON =
      ProcessVariable.string("notSuitableReason");

  // --- presentation and selection
  public static final ProcessVariable<String> EMPLOYER_RESPONSE =
      ProcessVariable.string("employerResponse");
  public static final ProcessVariable<String> DECLINE_REASON =
      ProcessVariable.string("declineReason");
  public static final ProcessVariable<String> INTERVIEW_RESULT =
      ProcessVariable.string("interviewResult");

  // --- practice agreement and approvals
  public static final ProcessVariable<String> PRACTICE_START_DATE =
      ProcessVariable.string("practiceStartDate");
  public static final ProcessVariable<Integer> PRACTICE_MONTHS =
      ProcessVariable.integer("practiceMonths");
  public static final ProcessVariable<String> WORK_SITE = ProcessVariable.string("workSite");
  public static final ProcessVariable<String> EMPLOYER_APPROVAL =
      ProcessVariable.string("employerApproval");
  public static final ProcessVariable<String> BROKER_APPROVAL =
      ProcessVariable.string("brokerApproval");
  public static final ProcessVariable<String> KAM_APPROVAL = ProcessVariable.string("kamApproval");
  public static final ProcessVariable<String> MENTOR_ID = ProcessVariable.string("mentorId");

  // --- practice period and follow-up
  public static final ProcessVariable<Date> PRACTICE_END_DATE =
      ProcessVariable.date("practiceEndDate");
  public static final ProcessVariable<Integer> PRACTICE_TOTAL_MONTHS =
      ProcessVariable.integer("practiceTotalMonths");
  public static final ProcessVariable<Integer> CHECKPOINT_NUMBER =
      ProcessVariable.integer("checkpointNumber");
  public static final ProcessVariable<String> CHECKPOINT_INTERVAL =
      ProcessVariable.string("checkpointInterval");
  /**
   * Written by scheduleCheckpointWorker: when the next checkpoint falls due (the first one interval
   * after the practice starts, later ones one interval from now; never before now).
   */
  public static final ProcessVariable<Date> CHECKPOINT_DUE_AT =
      ProcessVariable.date("checkpointDueAt");
  public static final ProcessVariable<String> CHECKPOINT_RESULT =
      ProcessVariable.string("checkpointResult");
  public static final ProcessVariable<Boolean> CHECKPOINT_RISK =
      ProcessVariable.bool("checkpointRisk");
  public static final ProcessVariable<Boolean> PERSONAL_MATTERS_OPEN =
      ProcessVariable.bool("personalMattersOpen");
  /**
   * The round of the personal-matters follow-up: the ledger sequence of its
   * {@code RESOLVE_PERSONAL_MATTERS} commitment (1 for the first flagging, 2 for the next, ...).
   * Counted by the end listener of {@code StartEvent_PersonalMattersFlagged}: once per follow-up,
   * before its open task reads it.
   */
  public static final ProcessVariable<Integer> PERSONAL_MATTERS_ROUND =
      ProcessVariable.integer("personalMattersRound");
  /** form-follow-up-personal-matters: NAV has followed up the personal matters. */
  public static final ProcessVariable<Boolean> PERSONAL_MATTERS_RESOLVED =
      ProcessVariable.bool("personalMattersResolved");
  /**
   * Written by schedulePracticeWorker and extendPracticeWorker: when the employer's decision
   * window opens ({@code placetrain.decision-window} before the end, never before now).
   */
  public static final ProcessVariable<Date> DECISION_WINDOW_OPENS =
      ProcessVariable.date("decisionWindowOpens");
  /**
   * The round of the end-of-practice decision: the ledger sequence of its
   * {@code DECIDE_END_OF_PRACTICE} commitment (0 set by schedulePracticeWorker, + 1 per extension by
   * extendPracticeWorker).
   */
  public static final ProcessVariable<Integer> DECISION_ROUND =
      ProcessVariable.integer("decisionRound");
  /** Written by recordCheckpointWorker: the latest checkpoint saw a risk of dropout. */
  public static final ProcessVariable<Boolean> RISK_FLAGGED = ProcessVariable.bool("riskFlagged");

  // --- end of practice and outcome
  public static final ProcessVariable<String> PRACTICE_DECISION =
      ProcessVariable.string("practiceDecision");
  public static final ProcessVariable<String> CONTRACT_TYPE =
      ProcessVariable.string("contractType");
  public static final ProcessVariable<Double> WEEKLY_HOURS = ProcessVariable.decimal("weeklyHours");
  public static final ProcessVariable<Integer> EXTENSION_MONTHS =
      ProcessVariable.integer("extensionMonths");
  public static final ProcessVariable<JobOffer> JOB_OFFER =
      ProcessVariable.json("jobOffer", JobOffer.class);
  public static final ProcessVariable<String> DROPOUT_REASON =
      ProcessVariable.string("dropoutReason");
  public static final ProcessVariable<Boolean> GUARANTEE_MET = ProcessVariable.bool("guaranteeMet");
  public static final ProcessVariable<Boolean> ESCALATION_FLAGGED =
      ProcessVariable.bool("escalationFlagged");
  public static final ProcessVariable<String> OUTCOME = ProcessVariable.string("outcome");
  public static final ProcessVariable<String> END_REASON = ProcessVariable.string("endReason");
  public static final ProcessVariable<String> END_DETAIL = ProcessVariable.string("endDetail");

  // --- commitments: the due Dates openCommitmentWorker sets (the deadline timers read them)
  public static final ProcessVariable<Date> SCREENING_DUE = ProcessVariable.date("screeningDue");
  public static final ProcessVariable<Date> PRESENTATION_DUE =
      ProcessVariable.date("presentationDue");
  public static final ProcessVariable<Date> MENTOR_DUE = ProcessVariable.date("mentorDue");
  public static final ProcessVariable<Date> CHECKPOINT_HELD_DUE =
      ProcessVariable.date("checkpointHeldDue");
  public static final ProcessVariable<Date> DECISION_DUE = ProcessVariable.date("decisionDue");
  public static final ProcessVariable<Date> PERSONAL_MATTERS_DUE =
      ProcessVariable.date("personalMattersDue");

  /** Values of the decision fields the gateways and checks compare. */
  public static final class Decisions {
    public static final String APPROVE = "APPROVE";
    public static final String REJECT = "REJECT";
    public static final String EXTEND = "EXTEND";
    public static final String OFFER = "OFFER";
    public static final String NO_OFFER = "NO_OFFER";

    private Decisions() {}
  }
}
