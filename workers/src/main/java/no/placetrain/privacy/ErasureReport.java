package no.placetrain.privacy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link CandidateErasure#erase} removed or anonymised: how many participations the
 * candidate had, and a count per kind of row (every kind of {@link #KINDS}, 0 when none). Holds
 * no reference, name or id: it may be logged and shown.
 *
 * <p>Kinds and their tables: {@value #PARTICIPATIONS_ANONYMISED} ({@code PT_PARTICIPATION}),
 * {@value #PARTICIPATIONS_ENDED} (of those, the ones still ACTIVE, now ENDED with the end reason
 * {@code ERASED}), {@value #COMMITMENTS_CANCELLED} ({@code PT_COMMITMENT} rows still OPEN, now
 * CANCELLED), {@value #WAIVER_REASONS_ERASED} ({@code PT_COMMITMENT.WAIVED_REASON} free texts
 * replaced), {@value #OUTBOX_NOTICES} ({@code PT_OUTBOX} rows of its participations, sent or
 * not: deleted, so none goes out any more), {@value #PROCESS_INSTANCES} (running instances
 * deleted: their {@code ACT_RU_*} rows), {@value #HISTORIC_PROCESS_INSTANCES}
 * ({@code ACT_HI_PROCINST}),
 * {@value #HISTORIC_ACTIVITY_INSTANCES} ({@code ACT_HI_ACTINST}),
 * {@value #HISTORIC_TASK_INSTANCES} ({@code ACT_HI_TASKINST}),
 * {@value #HISTORIC_VARIABLE_INSTANCES} ({@code ACT_HI_VARINST}), {@value #HISTORIC_DETAILS}
 * ({@code ACT_HI_DETAIL}), {@value #HISTORIC_IDENTITY_LINKS} ({@code ACT_HI_IDENTITYLINK}),
 * {@value #HISTORIC_INCIDENTS} ({@code ACT_HI_INCIDENT}), {@value #HISTORIC_JOB_LOGS}
 * ({@code ACT_HI_JOB_LOG}), {@value #HISTORIC_EXTERNAL_TASK_LOGS} ({@code ACT_HI_EXT_TASK_LOG}),
 * {@value #HISTORIC_DECISION_INSTANCES} ({@code ACT_HI_DECINST} with their inputs and outputs),
 * {@value #COMMENTS} ({@code ACT_HI_COMMENT}), {@value #ATTACHMENTS} ({@code ACT_HI_ATTACHMENT}),
 * {@value #USER_OPERATION_LOG_ENTRIES} ({@code ACT_HI_OP_LOG}), {@value #AUTHORIZATIONS}
 * ({@code ACT_RU_AUTHORIZATION} rows on the deleted instances and tasks the engine left).
 * Byte arrays ({@code ACT_GE_BYTEARRAY}) of variables, details, job logs and decisions go with
 * their rows.
 *
 * @param participations how many participations had the candidate's reference (0: nothing found)
 * @param counts rows per kind, in the order of {@link #KINDS}
 */
public record ErasureReport(int participations, Map<String, Long> counts) {

  public static final String PARTICIPATIONS_ANONYMISED = "participationsAnonymised";
  public static final String PARTICIPATIONS_ENDED = "participationsEnded";
  public static final String COMMITMENTS_CANCELLED = "commitmentsCancelled";
  public static final String WAIVER_REASONS_ERASED = "waiverReasonsErased";
  public static final String OUTBOX_NOTICES = "outboxNotices";
  public static final String PROCESS_INSTANCES = "processInstances";
  public static final String HISTORIC_PROCESS_INSTANCES = "historicProcessInstances";
  public static final String HISTORIC_ACTIVITY_INSTANCES = "historicActivityInstances";
  public static final String HISTORIC_TASK_INSTANCES = "historicTaskInstances";
  public static final String HISTORIC_VARIABLE_INSTANCES = "historicVariableInstances";
  public static final String HISTORIC_DETAILS = "historicDetails";
  public static final String HISTORIC_IDENTITY_LINKS = "historicIdentityLinks";
  public static final String HISTORIC_INCIDENTS = "historicIncidents";
  public static final String HISTORIC_JOB_LOGS = "historicJobLogs";
  public static final String HISTORIC_EXTERNAL_TASK_LOGS = "historicExternalTaskLogs";
  public static final String HISTORIC_DECISION_INSTANCES = "historicDecisionInstances";
  public static final String COMMENTS = "comments";
  public static final String ATTACHMENTS = "attachments";
  public static final String USER_OPERATION_LOG_ENTRIES = "userOperationLogEntries";
  public static final String AUTHORIZATIONS = "authorizations";

  /** Every kind, in report order. */
  public static final List<String> KINDS = List.of(PARTICIPATIONS_ANONYMISED,
      PARTICIPATIONS_ENDED, COMMITMENTS_CANCELLED, WAIVER_REASONS_ERASED, OUTBOX_NOTICES,
      PROCESS_INSTANCES,
      HISTORIC_PROCESS_INSTANCES, HISTORIC_ACTIVITY_INSTANCES, HISTORIC_TASK_INSTANCES,
      HISTORIC_VARIABLE_INSTANCES, HISTORIC_DETAILS, HISTORIC_IDENTITY_LINKS, HISTORIC_INCIDENTS,
      HISTORIC_JOB_LOGS, HISTORIC_EXTERNAL_TASK_LOGS, HISTORIC_DECISION_INSTANCES, COMMENTS,
      ATTACHMENTS, USER_OPERATION_LOG_ENTRIES, AUTHORIZATIONS);

  /** Copies the counts into {@link #KINDS} order, every kind present. */
  public ErasureReport {
    if (participations < 0) {
      throw new IllegalArgumentException("participations must not be negative");
    }
    Map<String, Long> ordered = new LinkedHashMap<>();
    for (String kind : KINDS) {
      ordered.put(kind, counts == null ? 0L : counts.getOrDefault(kind, 0L));
    }
    if (counts != null && !KINDS.containsAll(counts.keySet())) {
      throw new IllegalArgumentException("unknown kind of erased rows");
    }
    counts = Collections.unmodifiableMap(ordered);
  }

  /** Nothing found: no participation has the reference. */
  public static ErasureReport none() {
    return new ErasureReport(0, Map.of());
  }

  /** Whether nothing was found (not a bean property: the JSON answer holds the two fields only). */
  public boolean nothingFound() {
    return participations == 0;
  }

  /** The count of {@code kind} (one of {@link #KINDS}). */
  public long count(String kind) {
    Long count = counts.get(kind);
    if (count == null) {
      throw new IllegalArgumentException("unknown kind of erased rows: " + kind);
    }
    return count;
  }
}
