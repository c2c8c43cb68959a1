package no.placetrain.notify;

/** What a {@link Notice} tells its group. */
public enum NoticeKind {
  /** The group's party owes a commitment that is overdue ({@code remindObligorWorker}). */
  REMINDER,
  /**
   * An overdue commitment climbed a level of its escalation ladder; the level's follow-up task
   * waits for the group ({@code climbLadderWorker}).
   */
  ESCALATED,
  /**
   * A checkpoint of the practice fell due (timer {@code Timer_CheckpointDue}): the KAM and the
   * mentors are to hold it ({@code openCommitmentWorker} on {@code Task_OpenCheckpointCommitment}).
   */
  CHECKPOINT_DUE
}
