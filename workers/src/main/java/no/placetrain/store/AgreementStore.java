package no.placetrain.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.placetrain.catalogue.DocumentCodec;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.AgreementConflictException;
import no.placetrain.domain.agreement.NavOffice;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code PT_AGREEMENT} (the agreement as a JSON document plus the columns queries need) and
 * {@code PT_AGREEMENT_OFFICE}. Writes join the caller's transaction; a caller writing an agreement
 * and its offices together holds one (see {@link Transactions}).
 */
public class AgreementStore {

  /** {@code SOURCE} of agreements created through the API. */
  public static final String SOURCE_API = "api";

  /** What {@link #save} did. */
  public enum SaveResult {
    INSERTED,
    UPDATED,
    UNCHANGED
  }

  private static final String COLUMNS = "ID, SOURCE, VERSION, CREATED_AT, UPDATED_AT, DOCUMENT";

  private final JdbcClient jdbc;
  private final DocumentCodec codec = new DocumentCodec();

  /** @param jdbc on the engine's data source */
  public AgreementStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The agreement with {@code id}, if stored. */
  public Optional<StoredAgreement> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM PT_AGREEMENT WHERE ID = :id")
        .param("id", id).query(this::row).optional();
  }

  /** Every stored agreement, by id. */
  public List<StoredAgreement> findAll() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM PT_AGREEMENT ORDER BY ID").query(this::row).list();
  }

  /** Whether an agreement with {@code id} is stored. */
  public boolean exists(String id) {
    return jdbc.sql("SELECT COUNT(*) FROM PT_AGREEMENT WHERE ID = :id").param("id", id)
        .query(Integer.class).single() > 0;
  }

  /**
   * Inserts a new agreement (version 1).
   *
   * @throws AgreementConflictException when the id is taken
   */
  public void insert(Agreement agreement, String source, Instant at) {
    try {
      jdbc.sql("INSERT INTO PT_AGREEMENT (ID, KIND, PARENT_ID, NAME, STATUS, STATUS_REASON, "
              + "DOCUMENT, SOURCE, CREATED_AT, UPDATED_AT, VERSION) VALUES (:id, :kind, :parent, "
              + ":name, :status, :reason, :document, :source, :at, :at, 1)")
          .param("id", agreement.id())
          .param("kind", agreement.kind().name())
          .param("parent", agreement.parentId())
          .param("name", agreement.name())
          .param("status", agreement.status().name())
          .param("reason", agreement.statusReason())
          .param("document", codec.toJson(agreement))
          .param("source", source)
          .param("at", Columns.timestamp(at))
          .update();
    } catch (DuplicateKeyException e) {
      throw new AgreementConflictException();
    }
    insertOffices(agreement);
  }

  /**
   * Inserts the agreement, or updates its row when its document or source differ (version + 1);
   * writes nothing when both are unchanged.
   */
  public SaveResult save(Agreement agreement, String source, Instant at) {
    String document = codec.toJson(agreement);
    Optional<Stored> stored = jdbc.sql(
            "SELECT DOCUMENT, SOURCE, VERSION FROM PT_AGREEMENT WHERE ID = :id")
        .param("id", agreement.id())
        .query((rs, n) -> new Stored(rs.getString("DOCUMENT"), rs.getString("SOURCE"),
            rs.getInt("VERSION")))
        .optional();
    if (stored.isEmpty()) {
      insert(agreement, source, at);
      return SaveResult.INSERTED;
    }
    if (stored.get().document().equals(document) && stored.get().source().equals(source)) {
      return SaveResult.UNCHANGED;
    }
    int updated = jdbc.sql("UPDATE PT_AGREEMENT SET KIND = :kind, PARENT_ID = :parent, "
            + "NAME = :name, STATUS = :status, STATUS_REASON = :reason, DOCUMENT = :document, "
            + "SOURCE = :source, UPDATED_AT = :at, VERSION = VERSION + 1 "
            + "WHERE ID = :id AND VERSION = :version")
        .param("id", agreement.id())
        .param("kind", agreement.kind().name())
        .param("parent", agreement.parentId())
        .param("name", agreement.name())
        .param("status", agreement.status().name())
        .param("reason", agreement.statusReason())
        .param("document", document)
        .param("source", source)
        .param("at", Columns.timestamp(at))
        .param("version", stored.get().version())
        .update();
    if (updated == 0) {
      throw new IllegalStateException("agreement " + agreement.id() + " changed concurrently");
    }
    jdbc.sql("DELETE FROM PT_AGREEMENT_OFFICE WHERE AGREEMENT_ID = :id")
        .param("id", agreement.id()).update();
    insertOffices(agreement);
    return SaveResult.UPDATED;
  }

  private void insertOffices(Agreement agreement) {
    for (NavOffice office : agreement.offices()) {
      jdbc.sql("INSERT INTO PT_AGREEMENT_OFFICE (AGREEMENT_ID, OFFICE_ID, OFFICE_NAME) "
              + "VALUES (:agreement, :office, :name)")
          .param("agreement", agreement.id())
          .param("office", office.id())
          .param("name", office.name())
          .update();
    }
  }

  private StoredAgreement row(ResultSet rs, int rowNum) throws SQLException {
    return new StoredAgreement(codec.fromJson(rs.getString("DOCUMENT")), rs.getString("SOURCE"),
        rs.getInt("VERSION"), Columns.instant(rs, "CREATED_AT"), Columns.instant(rs, "UPDATED_AT"));
  }

  private record Stored(String document, String source, int version) {}
}
