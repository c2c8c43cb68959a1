package no.placetrain.forms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code docs/models.md} ("The models' contract") and {@code docs/agreements.md} (sections
 * "Escalation" and "Commitments in the models") say about forms, written down once for the tests.
 * Change it together with those pages.
 */
final class Contract {

  private Contract() {}

  static final String FORMS_FOLDER = "placetrain/forms";
  static final String PROCESSES_FOLDER = "placetrain/processes";

  /** Form id → the input field keys it writes (the "written by" column of the variables tables). */
  static final Map<String, Set<String>> FORM_FIELDS = orderedMap(
      "form-referral",
      Set.of("agreementId", "navOfficeId", "candidateRef", "candidateDisplayName"),
      "form-screen-candidate", Set.of("candidateSkills", "candidateInterests", "candidateLanguages",
          "candidateMotivation", "screeningOutcome", "notSuitableReason"),
      "form-present-to-employer", Set.of("employerResponse", "declineReason"),
      "form-speed-interview", Set.of("interviewResult"),
      "form-interview", Set.of("interviewResult"),
      "form-draft-practice-agreement", Set.of("practiceStartDate", "practiceMonths", "workSite"),
      "form-employer-approval", Set.of("employerApproval", "mentorId"),
      "form-broker-approval", Set.of("brokerApproval"),
      "form-kam-approval", Set.of("kamApproval"),
      "form-hold-checkpoint", Set.of("checkpointResult", "checkpointRisk", "personalMattersOpen"),
      "form-end-of-practice", Set.of("practiceDecision", "contractType", "weeklyHours",
          "extensionMonths"),
      "form-guarantee-offer", Set.of("offerEmployer", "offerRelevance", "offerContractType"),
      "form-follow-up-commitment", Set.of("resolution", "waivedReason"),
      "form-follow-up-personal-matters", Set.of("personalMattersResolved"));

  /** BPMN element id → the form it shows ({@code camunda:formRef}), per process id. */
  static final Map<String, Map<String, String>> FORM_REFS = Map.of(
      "place-and-train", orderedMap(
          "StartEvent_Referral", "form-referral",
          "Task_ScreenCandidate", "form-screen-candidate",
          "Task_DraftPracticeAgreement", "form-draft-practice-agreement",
          "Task_KamApproves", "form-kam-approval",
          "Task_FollowUpPersonalMatters", "form-follow-up-personal-matters"),
      "party-desk", orderedMap(
          "Task_PresentToEmployer", "form-present-to-employer",
          "Task_SpeedInterview", "form-speed-interview",
          "Task_Interview", "form-interview",
          "Task_EmployerApproves", "form-employer-approval",
          "Task_DecideEndOfPractice", "form-end-of-practice",
          "Task_BrokerApproves", "form-broker-approval",
          "Task_HoldCheckpoint", "form-hold-checkpoint",
          "Task_RecordGuaranteeOffer", "form-guarantee-offer"),
      "commitment-escalation", Map.of("Task_FollowUpCommitment", "form-follow-up-commitment"));

  /**
   * The desk of the parties outside NAV (docs/access.md): its user tasks are started by the call
   * activity with the same id in the calling process (place-and-train; job-guarantee for the
   * broker's offer task), which maps the form's fields back ({@code camunda:out}) and reads them
   * there.
   */
  static final String PARTY_DESK = "party-desk";
  static final String PARTY_DESK_CALLER = "place-and-train";
  /** The desks called by another process than {@link #PARTY_DESK_CALLER}. */
  static final Map<String, String> PARTY_DESK_OTHER_CALLERS =
      Map.of("Task_RecordGuaranteeOffer", "job-guarantee");

  /** The process whose call activity {@code deskTask} starts the desk. */
  static String partyDeskCaller(String deskTask) {
    return PARTY_DESK_OTHER_CALLERS.getOrDefault(deskTask, PARTY_DESK_CALLER);
  }

  /**
   * The referable agreements of the server's catalogue (LOCAL and ACTIVE; docs/models.md, "The
   * demo catalogue"): the options of form-referral's {@code agreementId}. A FRAMEWORK agreement
   * takes no participants (its locals do), and agreements created later through the API are
   * referred to through the API.
   */
  static final List<String> REFERABLE_AGREEMENTS = List.of("kiwi-nav-drammen", "aleris-stella",
      "nordic-choice-grunerlokka", "olav-thon-alna-bjerke", "telenor-nav-intro", "iss-alna",
      "iss-stovner", "posten-mentoring", "fretex-job-guarantee");

  /**
   * The NAV offices of the referable agreements (docs/models.md): the options of form-referral's
   * {@code navOfficeId}, by name.
   */
  static final List<String> REFERRING_OFFICES = List.of("nav-alna", "nav-bjerke", "nav-drammen",
      "nav-grunerlokka", "nav-intro-oslo", "nav-oslo", "nav-stovner");

  /**
   * Input fields that may be left empty (every other field that is not a free yes/no checkbox is
   * required): the referring office, which the worker takes from the agreement when it has one
   * office and refuses to guess when it has several.
   */
  static final Set<String> OPTIONAL_FIELDS = Set.of("navOfficeId");

  /** The catalogue's FRAMEWORK agreements: never an option of the referral form. */
  static final Set<String> FRAMEWORK_AGREEMENTS = Set.of("iss-oslo-region");

  /** The codes a radio or select may offer, per variable, in the contract's order. */
  static final Map<String, List<String>> ALLOWED_VALUES = orderedMap(
      "agreementId", REFERABLE_AGREEMENTS,
      "navOfficeId", REFERRING_OFFICES,
      "screeningOutcome", List.of("SUITABLE", "NOT_SUITABLE"),
      "notSuitableReason", List.of("REQUIREMENTS_NOT_MET", "CANDIDATE_DECLINED",
          "OTHER_MEASURE_BETTER"),
      "employerResponse", List.of("INVITE", "DECLINE"),
      "declineReason", List.of("NO_VACANCY", "PROFILE_NOT_MATCHING", "OTHER"),
      "interviewResult", List.of("SELECTED", "NOT_SELECTED"),
      "employerApproval", List.of("APPROVE", "REJECT"),
      "brokerApproval", List.of("APPROVE", "REJECT"),
      "kamApproval", List.of("APPROVE", "REJECT"),
      "checkpointResult", List.of("COMPLETED", "PARTIAL", "NO_SHOW"),
      "practiceDecision", List.of("OFFER", "EXTEND", "NO_OFFER"),
      "contractType", List.of("PERMANENT", "TEMPORARY"),
      "offerRelevance", List.of("RELEVANT", "NOT_RELEVANT"),
      "offerContractType", List.of("PERMANENT", "TEMPORARY"),
      "resolution", List.of("MET", "WAIVE", "ESCALATE"));

  /**
   * Checkboxes that confirm a duty is done ("NAV har fulgt opp …"): {@code validate.required}, i.e.
   * the task can only be completed ticked. Every other checkbox is a free yes/no and never required.
   */
  static final Set<String> CONFIRMATION_CHECKBOXES = Set.of("personalMattersResolved");

  /** Every process variable the contracts name (all three processes). */
  static final Set<String> VARIABLES = Set.of(
      // place-and-train
      "agreementId", "candidateRef", "candidateDisplayName", "participationId", "agreementName",
      "navOfficeId", "navOfficeName", "agreementRequirements",
      "employerName", "selectionMode", "brokerInvolved", "jobGuarantee", "brokerName",
      "guaranteePeriod", "practiceMinMonths", "practiceMaxMonths", "candidateSkills",
      "candidateInterests", "candidateLanguages", "candidateMotivation", "strengthsProfile",
      "screeningOutcome", "notSuitableReason", "employerResponse", "declineReason",
      "interviewResult", "practiceStartDate", "practiceMonths", "workSite", "employerApproval",
      "brokerApproval", "kamApproval", "mentorId", "practiceEndDate", "practiceTotalMonths",
      "checkpointNumber", "checkpointInterval", "checkpointDueAt", "checkpointResult",
      "checkpointRisk", "personalMattersOpen", "practiceDecision", "contractType", "weeklyHours",
      "extensionMonths", "jobOffer", "dropoutReason", "guaranteeMet", "escalationFlagged", "outcome",
      "endReason", "endDetail", "decisionWindowOpens", "personalMattersResolved",
      // place-and-train: the rounds, the sequences of the repeatable commitments
      "decisionRound", "personalMattersRound",
      // place-and-train: the due Dates of the commitments (read by the deadline timers)
      "screeningDue", "presentationDue", "mentorDue", "checkpointHeldDue", "decisionDue",
      "personalMattersDue",
      // job-guarantee
      "guaranteeDeadline", "offerEmployer", "offerRelevance", "offerContractType",
      "offersRecorded",
      // commitment-escalation (started with participationId, agreementId, candidateDisplayName,
      // agreementName as above)
      "commitmentId", "commitmentKind", "obligorRole", "reminderGrace", "escalationLevel",
      "escalationRole", "escalationGroup", "escalationWait", "lastLevel", "resolution",
      "waivedReason");

  /** Component types that the form-js 1.8.7 embedded in Tasklist 7.24 renders, and we use. */
  static final Set<String> ALLOWED_COMPONENT_TYPES = Set.of(
      "text", "textfield", "textarea", "number", "checkbox", "radio", "select", "datetime");

  @SuppressWarnings("unchecked")
  private static <K, V> Map<K, V> orderedMap(Object... keysAndValues) {
    Map<K, V> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (map.put((K) keysAndValues[i], (V) keysAndValues[i + 1]) != null) {
        throw new IllegalArgumentException("duplicate key " + keysAndValues[i]);
      }
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
