package no.placetrain.store;

import java.time.Duration;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.Outcome;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.CommitmentStatus;
import no.placetrain.domain.agreement.ObligorRole;
import no.placetrain.domain.agreement.ParticipationStatus;
import no.placetrain.domain.agreement.Scorecard;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An agreement's {@link Scorecard} from aggregate queries over the ledger and the participations
 * (no rows of single participations are loaded, except the referral and first-contact instants of
 * those with a contact: timestamp arithmetic differs between H2 and PostgreSQL).
 */
public class ScorecardQuery {

  private final JdbcClient jdbc;

  /** @param jdbc on the engine's data source */
  public ScorecardQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The scorecard of {@code agreement}. */
  public Scorecard scorecard(Agreement agreement) {
    Scorecard.Tally tally = Scorecard.tally(agreement.id(), agreement.terms().offerRateTarget());
    jdbc.sql("SELECT OBLIGOR_ROLE, PARTY, STATUS, COUNT(*) AS N FROM PT_COMMITMENT "
            + "WHERE AGREEMENT_ID = :a GROUP BY OBLIGOR_ROLE, PARTY, STATUS")
        .param("a", agreement.id())
        .query(rs -> {
          tally.commitments(Columns.code(rs, "OBLIGOR_ROLE", ObligorRole.class),
              rs.getString("PARTY"), Columns.code(rs, "STATUS", CommitmentStatus.class),
              rs.getInt("N"));
        });
    jdbc.sql("SELECT STATUS, OUTCOME, END_REASON, OFFICE_ID, COUNT(*) AS N FROM PT_PARTICIPATION "
            + "WHERE AGREEMENT_ID = :a GROUP BY STATUS, OUTCOME, END_REASON, OFFICE_ID")
        .param("a", agreement.id())
        .query(rs -> {
          tally.participations(Columns.code(rs, "STATUS", ParticipationStatus.class),
              Columns.code(rs, "OUTCOME", Outcome.class),
              Columns.code(rs, "END_REASON", EndReason.class), rs.getString("OFFICE_ID"),
              rs.getInt("N"));
        });
    jdbc.sql("SELECT REFERRED_AT, FIRST_EMPLOYER_CONTACT_AT FROM PT_PARTICIPATION "
            + "WHERE AGREEMENT_ID = :a AND FIRST_EMPLOYER_CONTACT_AT IS NOT NULL")
        .param("a", agreement.id())
        .query(rs -> {
          tally.contactDelay(Duration.between(Columns.instant(rs, "REFERRED_AT"),
              Columns.instant(rs, "FIRST_EMPLOYER_CONTACT_AT")));
        });
    return tally.build();
  }
}
