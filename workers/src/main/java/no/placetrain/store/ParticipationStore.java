package no.placetrain.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.Outcome;
import no.placetrain.domain.StrengthsProfile;
import no.placetrain.domain.agreement.DuplicateParticipationException;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.ParticipationStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code PT_PARTICIPATION}. {@code ACTIVE_KEY} ({@code agreementId|candidateRef} while ACTIVE, NULL
 * once ended) is unique: the database itself refuses a second active participation of a candidate
 * in one agreement. The strengths profile is a JSON column.
 */
public class ParticipationStore {

  private static final String ACTIVE_KEY_CONSTRAINT = "UK_PT_PARTICIPATION_ACTIVE_KEY";
  private static final String COLUMNS = "ID, AGREEMENT_ID, OFFICE_ID, CANDIDATE_REF, DISPLAY_NAME, "
      + "STRENGTHS, STATUS, OUTCOME, END_REASON, REFERRED_AT, FIRST_EMPLOYER_CONTACT_AT, "
      + "SELECTED_AT, ENDED_AT, PROCESS_INSTANCE_ID";

  private final JdbcClient jdbc;
  private final ObjectMapper json = JsonMapper.builder().build();

  /** @param jdbc on the engine's data source */
  public ParticipationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Inserts a new participation.
   *
   * @throws DuplicateParticipationException when the candidate is already active in the
   *     agreement (found first, or refused by the unique {@code ACTIVE_KEY}); the database's
   *     message, which holds the key, is not passed on
   */
  public void insert(Participation p) {
    if (p.isActive() && findActive(p.agreementId(), p.candidate().reference()).isPresent()) {
      throw new DuplicateParticipationException();
    }
    try {
      jdbc.sql("INSERT INTO PT_PARTICIPATION (" + COLUMNS + ", ACTIVE_KEY) VALUES (:id, "
              + ":agreement, :office, :ref, :name, :strengths, :status, :outcome, :reason, "
              + ":referred, :contact, :selected, :ended, :process, :activeKey)")
          .param("id", p.id())
          .param("agreement", p.agreementId())
          .param("office", p.officeId())
          .param("ref", p.candidate().reference())
          .param("name", p.candidate().displayName())
          .param("strengths", strengthsJson(p.strengths()))
          .param("status", p.status().name())
          .param("outcome", Columns.code(p.outcome()))
          .param("reason", Columns.code(p.endReason()))
          .param("referred", Columns.timestamp(p.referredAt()))
          .param("contact", Columns.timestamp(p.firstEmployerContactAt()))
          .param("selected", Columns.timestamp(p.selectedAt()))
          .param("ended", Columns.timestamp(p.endedAt()))
          .param("process", p.processInstanceId())
          .param("activeKey", p.activeKey())
          .update();
    } catch (DuplicateKeyException e) {
      if (String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT).contains(ACTIVE_KEY_CONSTRAINT)) {
        throw new DuplicateParticipationException();
      }
      throw new IllegalStateException("participation " + p.id() + " is stored already");
    }
  }

  /**
   * Writes the changeable columns (strengths, first employer contact, selection, status, outcome,
   * end reason, end); ending clears {@code ACTIVE_KEY}.
   *
   * @return whether a row was written
   */
  public boolean update(Participation p) {
    return jdbc.sql("UPDATE PT_PARTICIPATION SET STRENGTHS = :strengths, "
            + "FIRST_EMPLOYER_CONTACT_AT = :contact, SELECTED_AT = :selected, STATUS = :status, "
            + "OUTCOME = :outcome, END_REASON = :reason, ENDED_AT = :ended, "
            + "ACTIVE_KEY = :activeKey WHERE ID = :id")
        .param("id", p.id())
        .param("strengths", strengthsJson(p.strengths()))
        .param("contact", Columns.timestamp(p.firstEmployerContactAt()))
        .param("selected", Columns.timestamp(p.selectedAt()))
        .param("status", p.status().name())
        .param("outcome", Columns.code(p.outcome()))
        .param("reason", Columns.code(p.endReason()))
        .param("ended", Columns.timestamp(p.endedAt()))
        .param("activeKey", p.activeKey())
        .update() == 1;
  }

  /** The participation with {@code id}, if stored. */
  public Optional<Participation> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM PT_PARTICIPATION WHERE ID = :id")
        .param("id", id).query(this::row).optional();
  }

  /** The candidate's ACTIVE participation in the agreement, if any. */
  public Optional<Participation> findActive(String agreementId, String candidateRef) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM PT_PARTICIPATION WHERE ACTIVE_KEY = :key")
        .param("key", Participation.activeKey(agreementId, candidateRef))
        .query(this::row).optional();
  }

  /**
   * How many participations of the agreement hold a place (ACTIVE and selected for practice),
   * after locking the agreement's row until the transaction ends: two transactions that count
   * the places of one agreement and then take one run one after the other.
   */
  public int countPlacesHeldLocking(String agreementId) {
    jdbc.sql("SELECT ID FROM PT_AGREEMENT WHERE ID = :agreement FOR UPDATE")
        .param("agreement", agreementId).query(String.class).list();
    return jdbc.sql("SELECT COUNT(*) FROM PT_PARTICIPATION WHERE AGREEMENT_ID = :agreement "
            + "AND STATUS = 'ACTIVE' AND SELECTED_AT IS NOT NULL")
        .param("agreement", agreementId).query(Integer.class).single();
  }

  /** Every participation of the agreement, oldest referral first. */
  public List<Participation> findByAgreement(String agreementId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM PT_PARTICIPATION WHERE AGREEMENT_ID = :agreement "
            + "ORDER BY REFERRED_AT, ID")
        .param("agreement", agreementId).query(this::row).list();
  }

  /**
   * Every participation of the candidate {@code candidateRef}, in any agreement and state, oldest
   * referral first (for erasing the candidate: {@code no.placetrain.privacy.CandidateErasure}).
   */
  public List<Participation> findByCandidate(String candidateRef) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM PT_PARTICIPATION WHERE CANDIDATE_REF = :ref "
            + "ORDER BY REFERRED_AT, ID")
        .param("ref", candidateRef).query(this::row).list();
  }

  /**
   * Anonymises an ENDED participation for good: {@code CANDIDATE_REF} becomes
   * {@code placeholderRef}, {@code DISPLAY_NAME} {@code placeholderName}; the strengths profile,
   * the process instance and the active key are cleared. Agreement, office, status, outcome, end
   * reason and instants stay (the scorecard counts them).
   *
   * @return whether a row was written (false for an ACTIVE or unknown participation)
   */
  public boolean anonymise(String id, String placeholderRef, String placeholderName) {
    return jdbc.sql("UPDATE PT_PARTICIPATION SET CANDIDATE_REF = :ref, DISPLAY_NAME = :name, "
            + "STRENGTHS = NULL, PROCESS_INSTANCE_ID = NULL, ACTIVE_KEY = NULL "
            + "WHERE ID = :id AND STATUS = :ended")
        .param("id", id)
        .param("ref", placeholderRef)
        .param("name", placeholderName)
        .param("ended", ParticipationStatus.ENDED.name())
        .update() == 1;
  }

  private Participation row(ResultSet rs, int rowNum) throws SQLException {
    return new Participation(rs.getString("ID"), rs.getString("AGREEMENT_ID"),
        rs.getString("OFFICE_ID"), new Candidate(rs.getString("CANDIDATE_REF"), rs.getString("DISPLAY_NAME")),
        strengths(rs.getString("STRENGTHS")),
        Columns.code(rs, "STATUS", ParticipationStatus.class),
        Columns.code(rs, "OUTCOME", Outcome.class),
        Columns.code(rs, "END_REASON", EndReason.class),
        Columns.instant(rs, "REFERRED_AT"),
        Columns.instant(rs, "FIRST_EMPLOYER_CONTACT_AT"),
        Columns.instant(rs, "SELECTED_AT"),
        Columns.instant(rs, "ENDED_AT"),
        rs.getString("PROCESS_INSTANCE_ID"));
  }

  private String strengthsJson(StrengthsProfile profile) {
    try {
      return profile == null ? null : json.writeValueAsString(profile);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a strengths profile", e);
    }
  }

  private StrengthsProfile strengths(String value) {
    try {
      return value == null ? null : json.readValue(value, StrengthsProfile.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored strengths profile cannot be read");
    }
  }
}
