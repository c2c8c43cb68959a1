package no.placetrain.process.commitment;

import no.placetrain.engine.ProcessVariable;

/**
 * The {@code commitment-escalation} process: one instance per overdue commitment, business key =
 * commitment id. Holds the key, the message, the decision, the element ids and the typed variables
 * of docs/agreements.md ("Escalation").
 */
public final class CommitmentEscalationProcess {

  /** Process definition key. */
  public static final String KEY = "commitment-escalation";
  /** Name of the message that reports the commitment met (correlate by business key). */
  public static final String MESSAGE_COMMITMENT_MET = "CommitmentMet";
  /** Key of the decision that gives each level's role, wait and whether it is the last. */
  public static final String DECISION_ESCALATION_LADDER = "Decision_EscalationLadder";

  private CommitmentEscalationProcess() {}

  /** BPMN element ids. */
  public static final class Elements {
    public static final String START_COMMITMENT_OVERDUE = "StartEvent_CommitmentOverdue";
    public static final String TASK_REMIND_OBLIGOR = "Task_RemindObligor";
    public static final String TIMER_REMINDER_GRACE = "Timer_ReminderGrace";
    public static final String GATEWAY_JOIN_LEVEL = "Gateway_JoinLevel";
    public static final String TASK_CLIMB_LADDER = "Task_ClimbLadder";
    public static final String TASK_FOLLOW_UP_COMMITMENT = "Task_FollowUpCommitment";
    public static final String TIMER_LEVEL_EXPIRES = "Timer_LevelExpires";
    public static final String GATEWAY_RESOLUTION = "Gateway_Resolution";
    public static final String TASK_RECORD_MET_LATE = "Task_RecordMetLate";
    public static final String END_MET_LATE = "EndEvent_MetLate";
    public static final String TASK_RECORD_WAIVED = "Task_RecordWaived";
    public static final String END_WAIVED = "EndEvent_Waived";
    public static final String GATEWAY_JOIN_ESCALATION = "Gateway_JoinEscalation";
    public static final String GATEWAY_LAST_LEVEL = "Gateway_LastLevel";
    public static final String TASK_RECORD_BREACHED = "Task_RecordBreached";
    public static final String END_BREACHED = "EndEvent_Breached";
    public static final String EVENT_SUBPROCESS_MET_BY_OBLIGOR = "EventSubprocess_MetByObligor";
    public static final String START_COMMITMENT_MET = "StartEvent_CommitmentMet";
    public static final String TASK_RECORD_MET_LATE_BY_OBLIGOR = "Task_RecordMetLateByObligor";
    public static final String END_MET_BY_OBLIGOR = "EndEvent_MetByObligor";
    public static final String MESSAGE_COMMITMENT_MET = "Message_CommitmentMet";

    private Elements() {}
  }

  // --- in (set by escalateCommitmentWorker when the instance starts)
  public static final ProcessVariable<String> COMMITMENT_ID =
      ProcessVariable.string("commitmentId");
  public static final ProcessVariable<String> COMMITMENT_KIND =
      ProcessVariable.string("commitmentKind");
  public static final ProcessVariable<String> OBLIGOR_ROLE = ProcessVariable.string("obligorRole");
  public static final ProcessVariable<String> PARTICIPATION_ID =
      ProcessVariable.string("participationId");
  public static final ProcessVariable<String> AGREEMENT_ID = ProcessVariable.string("agreementId");
  public static final ProcessVariable<String> CANDIDATE_DISPLAY_NAME =
      ProcessVariable.string("candidateDisplayName");
  public static final ProcessVariable<String> AGREEMENT_NAME =
      ProcessVariable.string("agreementName");

  // --- the ladder
  /** The ladder level reached: 0 at the start, 1 after the first climb. */
  public static final ProcessVariable<Integer> ESCALATION_LEVEL =
      ProcessVariable.integer("escalationLevel");
  /** ISO-8601 duration of the reminder's grace (timer {@code Timer_ReminderGrace}). */
  public static final ProcessVariable<String> REMINDER_GRACE =
      ProcessVariable.string("reminderGrace");
  /** The level's role: {@code OBLIGOR}, {@code COUNTERPART}, {@code KAM}, … */
  public static final ProcessVariable<String> ESCALATION_ROLE =
      ProcessVariable.string("escalationRole");
  /** The candidate group of the level's follow-up task. */
  public static final ProcessVariable<String> ESCALATION_GROUP =
      ProcessVariable.string("escalationGroup");
  /** ISO-8601 duration of the level (timer {@code Timer_LevelExpires}). */
  public static final ProcessVariable<String> ESCALATION_WAIT =
      ProcessVariable.string("escalationWait");
  /** Whether the level is the ladder's last: escalating further records BREACHED. */
  public static final ProcessVariable<Boolean> LAST_LEVEL = ProcessVariable.bool("lastLevel");

  // --- form-follow-up-commitment
  /** The person's answer: {@code MET}, {@code WAIVE} or {@code ESCALATE}. */
  public static final ProcessVariable<String> RESOLUTION = ProcessVariable.string("resolution");
  /** Why the commitment is waived (required with WAIVE, at most 500 characters). */
  public static final ProcessVariable<String> WAIVED_REASON =
      ProcessVariable.string("waivedReason");

  /** Values of {@link #RESOLUTION}. */
  public static final class Resolutions {
    public static final String MET = "MET";
    public static final String WAIVE = "WAIVE";
    public static final String ESCALATE = "ESCALATE";

    private Resolutions() {}
  }
}
