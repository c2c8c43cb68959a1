package no.placetrain.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import no.placetrain.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database that has our first change sets (the tables as the first release made them) and rows
 * in them is migrated by the later change sets without losing a row: what a host's restart after
 * an upgrade does. On H2 or PostgreSQL, as the run's {@link TestDatabase} is.
 */
class ChangelogMigrationTest {

  private static final String CHANGELOG = "placetrain/db/changelog/placetrain-changelog.xml";
  /** Change sets 1–5: agreements, participations, commitments, checkpoints, cancelled reason. */
  private static final int FIRST_RELEASE = 5;

  @Test
  void participationsStoredBeforeTheOfficeColumnGetTheirAgreementsFirstOffice() throws Exception {
    DataSource database = TestDatabase.empty();
    migrate(database, FIRST_RELEASE);
    JdbcClient jdbc = JdbcClient.create(database);
    jdbc.sql("INSERT INTO PT_AGREEMENT (ID, KIND, NAME, STATUS, DOCUMENT, SOURCE, CREATED_AT, "
        + "UPDATED_AT, VERSION) VALUES ('thon', 'LOCAL', 'Olav Thon', 'ACTIVE', '{}', 'thon.yaml', "
        + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)").update();
    jdbc.sql("INSERT INTO PT_AGREEMENT_OFFICE (AGREEMENT_ID, OFFICE_ID, OFFICE_NAME) VALUES "
        + "('thon', 'nav-bjerke', 'NAV Bjerke'), ('thon', 'nav-alna', 'NAV Alna')").update();
    jdbc.sql("INSERT INTO PT_PARTICIPATION (ID, AGREEMENT_ID, CANDIDATE_REF, DISPLAY_NAME, STATUS, "
        + "REFERRED_AT, ACTIVE_KEY) VALUES ('P-old', 'thon', 'OT-0001', 'Amina', 'ACTIVE', "
        + "CURRENT_TIMESTAMP, 'thon|OT-0001')").update();

    migrate(database, null);

    assertThat(jdbc.sql("SELECT OFFICE_ID FROM PT_PARTICIPATION WHERE ID = 'P-old'")
        .query(String.class).single()).isEqualTo("nav-alna");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM PT_PARTICIPATION WHERE SELECTED_AT IS NULL")
        .query(Integer.class).single()).isEqualTo(1);
    assertThat(new ParticipationStore(jdbc).find("P-old")).hasValueSatisfying(p -> {
      assertThat(p.officeId()).isEqualTo("nav-alna");
      assertThat(p.holdsPlace()).isFalse();
    });
  }

  /** Applies the first {@code count} change sets, or all that are left when {@code null}. */
  private static void migrate(DataSource dataSource, Integer count) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      Database database = DatabaseFactory.getInstance()
          .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database);
      if (count == null) {
        liquibase.update(new Contexts(), new LabelExpression());
      } else {
        liquibase.update(count, new Contexts(), new LabelExpression());
      }
    }
  }
}
