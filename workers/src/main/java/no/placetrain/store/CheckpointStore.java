package no.placetrain.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.placetrain.domain.CheckpointResult;
import no.placetrain.domain.agreement.CheckpointRecord;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code PT_CHECKPOINT}: one row per checkpoint of a participation (key: participation, number).
 * Both writes are safe to repeat.
 */
public class CheckpointStore {

  private static final String COLUMNS =
      "PARTICIPATION_ID, NUMBER, DUE_AT, HELD_AT, RESULT, RISK_FLAG";

  private final JdbcClient jdbc;

  /** @param jdbc on the engine's data source */
  public CheckpointStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records when checkpoint {@code number} falls due; a held checkpoint keeps its row. */
  public void scheduleDue(String participationId, int number, Instant dueAt) {
    Optional<CheckpointRecord> existing = find(participationId, number);
    if (existing.isEmpty()) {
      insert(new CheckpointRecord(participationId, number, dueAt, null, null, false));
    } else if (!existing.get().isHeld()) {
      jdbc.sql("UPDATE PT_CHECKPOINT SET DUE_AT = :due WHERE PARTICIPATION_ID = :p AND NUMBER = :n")
          .param("due", Columns.timestamp(dueAt)).param("p", participationId).param("n", number)
          .update();
    }
  }

  /** Records checkpoint {@code number} as held (creating its row when none was scheduled). */
  public void recordHeld(String participationId, int number, Instant heldAt,
      CheckpointResult result, boolean riskFlag) {
    Optional<CheckpointRecord> existing = find(participationId, number);
    if (existing.isEmpty()) {
      insert(new CheckpointRecord(participationId, number, null, heldAt, result, riskFlag));
      return;
    }
    jdbc.sql("UPDATE PT_CHECKPOINT SET HELD_AT = :held, RESULT = :result, RISK_FLAG = :risk "
            + "WHERE PARTICIPATION_ID = :p AND NUMBER = :n")
        .param("held", Columns.timestamp(heldAt)).param("result", result.name())
        .param("risk", riskFlag).param("p", participationId).param("n", number)
        .update();
  }

  /** Checkpoint {@code number} of the participation, if recorded. */
  public Optional<CheckpointRecord> find(String participationId, int number) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM PT_CHECKPOINT WHERE PARTICIPATION_ID = :p "
            + "AND NUMBER = :n")
        .param("p", participationId).param("n", number).query(this::row).optional();
  }

  /** The participation's checkpoints by number. */
  public List<CheckpointRecord> findByParticipation(String participationId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM PT_CHECKPOINT WHERE PARTICIPATION_ID = :p "
            + "ORDER BY NUMBER")
        .param("p", participationId).query(this::row).list();
  }

  private void insert(CheckpointRecord c) {
    jdbc.sql("INSERT INTO PT_CHECKPOINT (" + COLUMNS + ") VALUES (:p, :n, :due, :held, :result, "
            + ":risk)")
        .param("p", c.participationId()).param("n", c.number())
        .param("due", Columns.timestamp(c.dueAt())).param("held", Columns.timestamp(c.heldAt()))
        .param("result", Columns.code(c.result())).param("risk", c.riskFlag())
        .update();
  }

  private CheckpointRecord row(ResultSet rs, int rowNum) throws SQLException {
    return new CheckpointRecord(rs.getString("PARTICIPATION_ID"), rs.getInt("NUMBER"),
        Columns.instant(rs, "DUE_AT"), Columns.instant(rs, "HELD_AT"),
        Columns.code(rs, "RESULT", CheckpointResult.class), rs.getBoolean("RISK_FLAG"));
  }
}
