package no.placetrain.server.cluster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.placetrain.server.cluster.PracticeJourneys.Participation;
import no.placetrain.testing.TestPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the cluster's database holds, read with plain SQL beside the nodes: what their starts
 * made, what the checkpoint timers did per participation, the jobs left and the nodes' job
 * metrics ({@code ACT_RU_METER_LOG}, one reporter per node: its host name).
 */
final class ClusterDatabase {

  /** Joins a job ({@code J}) to its definition: the checkpoint timers. */
  private static final String TIMER_JOBS = " JOIN ACT_RU_JOBDEF D ON J.JOB_DEF_ID_ = D.ID_ "
      + "WHERE D.ACT_ID_ = '" + PracticeJourneys.TIMER + "'";

  private final JdbcClient jdbc;

  ClusterDatabase(TestPostgres.Database database) {
    this.jdbc = JdbcClient.create(database.dataSource());
  }

  long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  /** {@code key → count} of a query {@code SELECT key, COUNT(*) … GROUP BY key}. */
  Map<String, Long> countsBy(String sql) {
    Map<String, Long> counts = new TreeMap<>();
    jdbc.sql(sql).query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
    return counts;
  }

  // ---- what the starts made ---------------------------------------------------------------

  /** Versions per process definition key. */
  Map<String, Long> processDefinitionVersions() {
    return countsBy("SELECT KEY_, COUNT(*) FROM ACT_RE_PROCDEF GROUP BY KEY_");
  }

  /** Names of the Tasklist filters that exist more than once, with their count. */
  Map<String, Long> duplicateFilters() {
    return countsBy("SELECT NAME_, COUNT(*) FROM ACT_RU_FILTER GROUP BY NAME_ HAVING COUNT(*) > 1");
  }

  /** The groups that get a Tasklist filter: all but camunda-admin and the SYSTEM ones. */
  long groupsWithFilters() {
    return count("SELECT COUNT(*) FROM ACT_ID_GROUP WHERE ID_ <> 'camunda-admin' "
        + "AND (TYPE_ IS NULL OR UPPER(TYPE_) <> 'SYSTEM')");
  }

  /** Grants that exist twice for one group, resource type and resource id. */
  long duplicateGrants() {
    return count("SELECT COUNT(*) FROM (SELECT GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_ "
        + "FROM ACT_RU_AUTHORIZATION WHERE TYPE_ = 1 AND GROUP_ID_ IS NOT NULL "
        + "GROUP BY GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_ HAVING COUNT(*) > 1) D");
  }

  // ---- what the checkpoint timers did -----------------------------------------------------

  /**
   * Per participation, how often each effect of its first checkpoint timer happened: the timer
   * ended ({@code Timer_CheckpointDue} in the history), the checkpoint's party-desk was called
   * ({@code Task_HoldCheckpoint}), its task was created, and the ledger opened
   * {@code HOLD_CHECKPOINT#1}.
   */
  Map<String, Effects> effects(List<Participation> participations) {
    Map<String, Long> timers = countsBy("SELECT PROC_INST_ID_, COUNT(*) FROM ACT_HI_ACTINST "
        + "WHERE ACT_ID_ = 'Timer_CheckpointDue' AND END_TIME_ IS NOT NULL GROUP BY PROC_INST_ID_");
    Map<String, Long> desks = countsBy("SELECT PROC_INST_ID_, COUNT(*) FROM ACT_HI_ACTINST "
        + "WHERE ACT_ID_ = 'Task_HoldCheckpoint' AND ACT_TYPE_ = 'callActivity' "
        + "GROUP BY PROC_INST_ID_");
    Map<String, Long> tasks = countsBy("SELECT ROOT_PROC_INST_ID_, COUNT(*) FROM ACT_HI_TASKINST "
        + "WHERE TASK_DEF_KEY_ = 'Task_HoldCheckpoint' GROUP BY ROOT_PROC_INST_ID_");
    Map<String, Long> commitments = countsBy("SELECT PARTICIPATION_ID, COUNT(*) FROM PT_COMMITMENT "
        + "WHERE KIND = 'HOLD_CHECKPOINT' AND SEQUENCE = 1 GROUP BY PARTICIPATION_ID");
    Map<String, Effects> effects = new LinkedHashMap<>();
    for (Participation p : participations) {
      String pi = p.processInstanceId();
      effects.put(p.id(), new Effects(timers.getOrDefault(pi, 0L), desks.getOrDefault(pi, 0L),
          tasks.getOrDefault(pi, 0L), commitments.getOrDefault(p.id(), 0L)));
    }
    return effects;
  }

  /** How often each effect of one participation's timer happened. */
  record Effects(long timerFired, long deskCalled, long taskCreated, long commitmentOpened) {

    boolean none() {
      return timerFired == 0 && deskCalled == 0 && taskCreated == 0 && commitmentOpened == 0;
    }

    boolean exactlyOnce() {
      return timerFired == 1 && deskCalled == 1 && taskCreated == 1 && commitmentOpened == 1;
    }

    boolean more() {
      return timerFired > 1 || deskCalled > 1 || taskCreated > 1 || commitmentOpened > 1;
    }
  }

  /** Checkpoints opened in the ledger ({@code HOLD_CHECKPOINT#1}): a timer's effect, committed. */
  long checkpointsOpened() {
    return count("SELECT COUNT(*) FROM PT_COMMITMENT WHERE KIND = 'HOLD_CHECKPOINT' "
        + "AND SEQUENCE = 1");
  }

  /** Checkpoint timers still waiting (due or not). */
  long timersLeft() {
    return count("SELECT COUNT(*) FROM ACT_RU_JOB J" + TIMER_JOBS);
  }

  /** Checkpoint timers locked by a node's job executor (acquired, not yet done). */
  long timersLocked() {
    return count("SELECT COUNT(*) FROM ACT_RU_JOB J" + TIMER_JOBS
        + " AND J.LOCK_OWNER_ IS NOT NULL");
  }

  /**
   * One consistent reading (one statement): checkpoints opened, checkpoint timers left, and of
   * them locked. A timer's job goes in the transaction that opens its checkpoint, so opened + left
   * is the number of participations whatever happened.
   */
  Progress progress() {
    return jdbc.sql("SELECT (SELECT COUNT(*) FROM PT_COMMITMENT WHERE KIND = 'HOLD_CHECKPOINT' "
            + "AND SEQUENCE = 1), (SELECT COUNT(*) FROM ACT_RU_JOB J" + TIMER_JOBS + "), "
            + "(SELECT COUNT(*) FROM ACT_RU_JOB J" + TIMER_JOBS + " AND J.LOCK_OWNER_ IS NOT NULL)")
        .query((rs, row) -> new Progress(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
  }

  /** Checkpoints opened, timers left, of them locked. */
  record Progress(long opened, long left, long locked) {}

  /** Jobs that failed (an exception recorded) and incidents. */
  long failedJobs() {
    return count("SELECT COUNT(*) FROM ACT_RU_JOB WHERE EXCEPTION_MSG_ IS NOT NULL "
        + "OR EXCEPTION_STACK_ID_ IS NOT NULL");
  }

  long incidents() {
    return count("SELECT COUNT(*) FROM ACT_RU_INCIDENT");
  }

  /**
   * The job executors' metrics per node (reporter = the node's host name) and name
   * ({@code job-successful}, {@code job-failed}, {@code job-acquired-success},
   * {@code job-acquired-failure}: acquisitions lost to another node's optimistic lock, …), as
   * the engines reported them (every 15 minutes and when they close).
   */
  Map<String, Map<String, Long>> jobMetrics() {
    Map<String, Map<String, Long>> metrics = new TreeMap<>();
    jdbc.sql("SELECT REPORTER_, NAME_, SUM(VALUE_) FROM ACT_RU_METER_LOG "
            + "WHERE NAME_ LIKE 'job-%' GROUP BY REPORTER_, NAME_")
        .query((rs, row) -> metrics.computeIfAbsent(rs.getString(1), r -> new TreeMap<>())
            .put(rs.getString(2), rs.getLong(3)))
        .list();
    return metrics;
  }
}
