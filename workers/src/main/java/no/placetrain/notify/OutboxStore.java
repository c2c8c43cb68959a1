package no.placetrain.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.placetrain.domain.agreement.CommitmentKind;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code PT_OUTBOX}: the notices written in the engine's transactions and their delivery. Portable
 * SQL only (H2 and PostgreSQL): a notice's {@code IDEMPOTENCY_KEY} is unique; a claim is a
 * conditional {@code UPDATE} that succeeds for one node only; every change of a claimed row
 * requires the claim ({@code CLAIMED_BY}) to be the caller's.
 */
public class OutboxStore {

  private static final String COLUMNS = "ID, IDEMPOTENCY_KEY, KIND, RECIPIENT_GROUP, "
      + "PARTICIPATION_ID, COMMITMENT_ID, COMMITMENT_KIND, NUMBER, DUE_AT, CREATED_AT, SENT_AT, "
      + "ATTEMPTS, NEXT_ATTEMPT_AT, CLAIMED_BY, CLAIMED_UNTIL, LAST_ERROR";
  /** Longest {@code LAST_ERROR}. */
  public static final int MAX_ERROR_LENGTH = 200;
  /** Longest node id ({@code CLAIMED_BY}). */
  public static final int MAX_NODE_LENGTH = 100;

  private final JdbcClient jdbc;

  /** @param jdbc on the engine's data source (joins the engine's transaction) */
  public OutboxStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether a notice with {@code idempotencyKey} is stored (sent or not). */
  public boolean exists(String idempotencyKey) {
    return jdbc.sql("SELECT COUNT(*) FROM PT_OUTBOX WHERE IDEMPOTENCY_KEY = :key")
        .param("key", idempotencyKey).query(Integer.class).single() > 0;
  }

  /**
   * Inserts {@code notice}, due at once.
   *
   * @return the new row's id
   * @throws org.springframework.dao.DuplicateKeyException when its key is stored (by a
   *     transaction that committed meanwhile)
   */
  public String insert(Notice notice, Instant now) {
    String id = UUID.randomUUID().toString();
    jdbc.sql("INSERT INTO PT_OUTBOX (ID, IDEMPOTENCY_KEY, KIND, RECIPIENT_GROUP, PARTICIPATION_ID, "
            + "COMMITMENT_ID, COMMITMENT_KIND, NUMBER, DUE_AT, CREATED_AT, ATTEMPTS, "
            + "NEXT_ATTEMPT_AT) VALUES (:id, :key, :kind, :group, :participation, :commitment, "
            + ":commitmentKind, :number, :due, :now, 0, :now)")
        .param("id", id)
        .param("key", notice.idempotencyKey())
        .param("kind", notice.kind().name())
        .param("group", notice.recipientGroup())
        .param("participation", notice.participationId())
        .param("commitment", notice.commitmentId())
        .param("commitmentKind", notice.commitmentKind() == null ? null
            : notice.commitmentKind().name())
        .param("number", notice.number())
        .param("due", timestamp(notice.dueAt()))
        .param("now", timestamp(now))
        .update();
    return id;
  }

  /**
   * Up to {@code limit} rows to send now, oldest due first: not sent, fewer than
   * {@code maxAttempts} attempts, due ({@code NEXT_ATTEMPT_AT <= now}) and not claimed (or the
   * claim ran out before {@code now}). Nothing is claimed here: see {@link #claim}.
   */
  public List<OutboxEntry> due(Instant now, int maxAttempts, int limit) {
    // FETCH FIRST: SQL:2008, on H2 and PostgreSQL; the limit is an int of the configuration
    return jdbc.sql("SELECT " + COLUMNS + " FROM PT_OUTBOX WHERE SENT_AT IS NULL "
            + "AND ATTEMPTS < :max AND NEXT_ATTEMPT_AT <= :now "
            + "AND (CLAIMED_UNTIL IS NULL OR CLAIMED_UNTIL < :now) "
            + "ORDER BY NEXT_ATTEMPT_AT, ID FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")
        .param("max", maxAttempts)
        .param("now", timestamp(now))
        .query(OutboxStore::row).list();
  }

  /**
   * Claims {@code entry} for {@code node} until {@code until}, if it is still as {@code due}
   * read it: not sent, the same attempts, and not claimed by anyone (or the claim ran out before
   * {@code now}). Of nodes racing for a row, one gets it (the database re-checks the condition
   * on the row the winner committed).
   *
   * @return whether {@code node} holds the claim
   */
  public boolean claim(OutboxEntry entry, String node, Instant now, Instant until) {
    return jdbc.sql("UPDATE PT_OUTBOX SET CLAIMED_BY = :node, CLAIMED_UNTIL = :until "
            + "WHERE ID = :id AND SENT_AT IS NULL AND ATTEMPTS = :attempts "
            + "AND (CLAIMED_UNTIL IS NULL OR CLAIMED_UNTIL < :now)")
        .param("node", node)
        .param("until", timestamp(until))
        .param("id", entry.id())
        .param("attempts", entry.attempts())
        .param("now", timestamp(now))
        .update() == 1;
  }

  /**
   * Marks the row claimed by {@code node} sent at {@code now} (one more attempt; the claim ends,
   * {@code CLAIMED_BY} names who sent it).
   *
   * @return false when {@code node} no longer held the claim (it ran out and another node took
   *     the row, or the row is gone)
   */
  public boolean markSent(String id, String node, Instant now) {
    return jdbc.sql("UPDATE PT_OUTBOX SET SENT_AT = :now, ATTEMPTS = ATTEMPTS + 1, "
            + "CLAIMED_UNTIL = NULL, LAST_ERROR = NULL "
            + "WHERE ID = :id AND CLAIMED_BY = :node AND SENT_AT IS NULL")
        .param("now", timestamp(now)).param("id", id).param("node", node)
        .update() == 1;
  }

  /**
   * Records a failed attempt of the row claimed by {@code node}: one more attempt, not before
   * {@code nextAttemptAt}, {@code error} (classes and codes only); the claim ends.
   *
   * @return false when {@code node} no longer held the claim
   */
  public boolean markFailed(String id, String node, Instant nextAttemptAt, String error) {
    String truncated = error == null || error.length() <= MAX_ERROR_LENGTH ? error
        : error.substring(0, MAX_ERROR_LENGTH);
    return jdbc.sql("UPDATE PT_OUTBOX SET ATTEMPTS = ATTEMPTS + 1, NEXT_ATTEMPT_AT = :next, "
            + "LAST_ERROR = :error, CLAIMED_BY = NULL, CLAIMED_UNTIL = NULL "
            + "WHERE ID = :id AND CLAIMED_BY = :node AND SENT_AT IS NULL")
        .param("next", timestamp(nextAttemptAt)).param("error", truncated)
        .param("id", id).param("node", node)
        .update() == 1;
  }

  /** Gives up the claim of {@code node} on the row, unchanged otherwise (sent by nobody). */
  public boolean release(String id, String node) {
    return jdbc.sql("UPDATE PT_OUTBOX SET CLAIMED_BY = NULL, CLAIMED_UNTIL = NULL "
            + "WHERE ID = :id AND CLAIMED_BY = :node AND SENT_AT IS NULL")
        .param("id", id).param("node", node)
        .update() == 1;
  }

  /** The row with {@code idempotencyKey}, if stored. */
  public Optional<OutboxEntry> find(String idempotencyKey) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM PT_OUTBOX WHERE IDEMPOTENCY_KEY = :key")
        .param("key", idempotencyKey).query(OutboxStore::row).optional();
  }

  /** The rows of a participation, oldest first. */
  public List<OutboxEntry> ofParticipation(String participationId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM PT_OUTBOX WHERE PARTICIPATION_ID = :p "
            + "ORDER BY CREATED_AT, ID")
        .param("p", participationId).query(OutboxStore::row).list();
  }

  /** Rows not sent yet (given-up ones included). */
  public int unsent() {
    return jdbc.sql("SELECT COUNT(*) FROM PT_OUTBOX WHERE SENT_AT IS NULL")
        .query(Integer.class).single();
  }

  /**
   * Rows given up: not sent after {@code maxAttempts} attempts. They stay as they are; setting
   * their {@code ATTEMPTS} to 0 sends them again.
   */
  public List<OutboxEntry> givenUp(int maxAttempts) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM PT_OUTBOX WHERE SENT_AT IS NULL "
            + "AND ATTEMPTS >= :max ORDER BY CREATED_AT, ID")
        .param("max", maxAttempts).query(OutboxStore::row).list();
  }

  private static OutboxEntry row(ResultSet rs, int rowNum) throws SQLException {
    String commitmentKind = rs.getString("COMMITMENT_KIND");
    Integer number = rs.getObject("NUMBER", Integer.class);
    Notice notice = new Notice(rs.getString("IDEMPOTENCY_KEY"),
        NoticeKind.valueOf(rs.getString("KIND")), rs.getString("RECIPIENT_GROUP"),
        rs.getString("PARTICIPATION_ID"), rs.getString("COMMITMENT_ID"),
        commitmentKind == null ? null : CommitmentKind.valueOf(commitmentKind),
        number, instant(rs, "DUE_AT"));
    return new OutboxEntry(rs.getString("ID"), notice, instant(rs, "CREATED_AT"),
        instant(rs, "SENT_AT"), rs.getInt("ATTEMPTS"), instant(rs, "NEXT_ATTEMPT_AT"),
        rs.getString("CLAIMED_BY"), instant(rs, "CLAIMED_UNTIL"), rs.getString("LAST_ERROR"));
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
