package no.placetrain.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentStateException;
import no.placetrain.domain.agreement.CommitmentStatus;
import no.placetrain.domain.agreement.ObligorRole;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code PT_COMMITMENT}: the ledger. A commitment is unique per (participation, kind, sequence):
 * {@link #open} returns the stored one when it exists (safe for retries). A change is written only
 * while the row is still OPEN ({@code WHERE STATUS = 'OPEN'}): two resolutions racing, one wins and
 * the other gets a {@link CommitmentStateException}.
 */
public class CommitmentStore {

  private static final String COLUMNS = "ID, PARTICIPATION_ID, AGREEMENT_ID, KIND, OBLIGOR_ROLE, "
      + "PARTY, SEQUENCE, ANCHOR_AT, DUE_AT, STATUS, RESOLVED_AT, ESCALATION_LEVEL, WAIVED_BY, "
      + "WAIVED_REASON, CANCELLED_REASON";

  private final JdbcClient jdbc;

  /** @param jdbc on the engine's data source */
  public CommitmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores {@code opened} unless its (participation, kind, sequence) is stored already.
   *
   * @return the stored commitment: {@code opened}, or the one opened before
   */
  public Commitment open(Commitment opened) {
    Optional<Commitment> existing =
        find(opened.participationId(), opened.kind(), opened.sequence());
    if (existing.isPresent()) {
      return existing.get();
    }
    jdbc.sql("INSERT INTO PT_COMMITMENT (" + COLUMNS + ") VALUES (:id, :participation, "
            + ":agreement, :kind, :role, :party, :sequence, :anchor, :due, :status, :resolved, "
            + ":level, :waivedBy, :waivedReason, :cancelledReason)")
        .param("id", opened.id())
        .param("participation", opened.participationId())
        .param("agreement", opened.agreementId())
        .param("kind", opened.kind().name())
        .param("role", opened.obligorRole().name())
        .param("party", opened.party())
        .param("sequence", opened.sequence())
        .param("anchor", Columns.timestamp(opened.anchorAt()))
        .param("due", Columns.timestamp(opened.dueAt()))
        .param("status", opened.status().name())
        .param("resolved", Columns.timestamp(opened.resolvedAt()))
        .param("level", opened.escalationLevel())
        .param("waivedBy", opened.waivedBy())
        .param("waivedReason", opened.waivedReason())
        .param("cancelledReason", opened.cancelledReason())
        .update();
    return opened;
  }

  /**
   * Writes a change of an OPEN commitment (status, resolution, escalation level, waiver,
   * cancellation).
   *
   * @throws CommitmentStateException when the stored row is no longer OPEN (or absent)
   */
  public void update(Commitment changed) {
    int rows = jdbc.sql("UPDATE PT_COMMITMENT SET STATUS = :status, RESOLVED_AT = :resolved, "
            + "ESCALATION_LEVEL = :level, WAIVED_BY = :waivedBy, WAIVED_REASON = :waivedReason, "
            + "CANCELLED_REASON = :cancelledReason WHERE ID = :id AND STATUS = 'OPEN'")
        .param("id", changed.id())
        .param("status", changed.status().name())
        .param("resolved", Columns.timestamp(changed.resolvedAt()))
        .param("level", changed.escalationLevel())
        .param("waivedBy", changed.waivedBy())
        .param("waivedReason", changed.waivedReason())
        .param("cancelledReason", changed.cancelledReason())
        .update();
    if (rows != 1) {
      throw new CommitmentStateException(changed.id(), "is no longer OPEN (changed meanwhile)");
    }
  }

  /**
   * Moves an OPEN commitment to a new anchor and due instant (its anchor event moved); nothing
   * else of the row changes.
   *
   * @throws CommitmentStateException when the stored row is no longer OPEN (or absent): a settled
   *     commitment is never re-anchored
   */
  public void reanchor(Commitment moved) {
    int rows = jdbc.sql("UPDATE PT_COMMITMENT SET ANCHOR_AT = :anchor, DUE_AT = :due "
            + "WHERE ID = :id AND STATUS = 'OPEN'")
        .param("id", moved.id())
        .param("anchor", Columns.timestamp(moved.anchorAt()))
        .param("due", Columns.timestamp(moved.dueAt()))
        .update();
    if (rows != 1) {
      throw new CommitmentStateException(moved.id(), "is no longer OPEN (changed meanwhile)");
    }
  }

  /** The commitment with {@code id}, if stored. */
  public Optional<Commitment> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM PT_COMMITMENT WHERE ID = :id")
        .param("id", id).query(this::row).optional();
  }

  /** The commitment of a participation by kind and sequence, if opened. */
  public Optional<Commitment> find(String participationId, CommitmentKind kind, int sequence) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM PT_COMMITMENT WHERE PARTICIPATION_ID = :p "
            + "AND KIND = :kind AND SEQUENCE = :sequence")
        .param("p", participationId).param("kind", kind.name()).param("sequence", sequence)
        .query(this::row).optional();
  }

  /** The commitments of a participation, by due instant. */
  public List<Commitment> findByParticipation(String participationId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM PT_COMMITMENT WHERE PARTICIPATION_ID = :p "
            + "ORDER BY DUE_AT, KIND, SEQUENCE")
        .param("p", participationId).query(this::row).list();
  }

  /** The commitments of an agreement's participations. */
  public List<Commitment> findByAgreement(String agreementId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM PT_COMMITMENT WHERE AGREEMENT_ID = :a "
            + "ORDER BY DUE_AT, ID")
        .param("a", agreementId).query(this::row).list();
  }

  /** OPEN commitments due before {@code now}, oldest first, at most {@code limit}. */
  public List<Commitment> findOverdue(Instant now, int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM PT_COMMITMENT WHERE STATUS = 'OPEN' "
            + "AND DUE_AT < :now ORDER BY DUE_AT, ID LIMIT :limit")
        .param("now", Columns.timestamp(now)).param("limit", limit).query(this::row).list();
  }

  private Commitment row(ResultSet rs, int rowNum) throws SQLException {
    return new Commitment(rs.getString("ID"), rs.getString("PARTICIPATION_ID"),
        rs.getString("AGREEMENT_ID"),
        Columns.code(rs, "KIND", CommitmentKind.class),
        Columns.code(rs, "OBLIGOR_ROLE", ObligorRole.class),
        rs.getString("PARTY"), rs.getInt("SEQUENCE"),
        Columns.instant(rs, "ANCHOR_AT"), Columns.instant(rs, "DUE_AT"),
        Columns.code(rs, "STATUS", CommitmentStatus.class),
        Columns.instant(rs, "RESOLVED_AT"), rs.getInt("ESCALATION_LEVEL"),
        rs.getString("WAIVED_BY"), rs.getString("WAIVED_REASON"),
        rs.getString("CANCELLED_REASON"));
  }
}
