package no.placetrain.testsupport;

import java.util.UUID;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import no.placetrain.store.Transactions;
import no.placetrain.testing.TestDatabaseKind;
import no.placetrain.testing.TestPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh database with the real {@code placetrain-changelog.xml} applied by Liquibase (as a
 * host's Liquibase applies it), and Spring transactions on it: in-memory H2, or — in a PostgreSQL
 * run ({@link TestDatabaseKind#POSTGRESQL}, the build's surefire execution {@code postgresql}) —
 * a new database of the tests' real PostgreSQL ({@link TestPostgres}), so the same tests prove
 * the tables behave alike on both. On PostgreSQL, Liquibase applies the changelog once per test
 * JVM to a template database, and each new database is PostgreSQL's copy of it ({@code CREATE
 * DATABASE … TEMPLATE}: the same tables, indexes and change log rows) — Liquibase's many metadata
 * round trips per database cost more than the tests on it.
 */
public final class TestDatabase {

  /** The changelog under test. */
  public static final String CHANGELOG = "classpath:placetrain/db/changelog/placetrain-changelog.xml";

  private final DataSource dataSource;
  private final DataSourceTransactionManager transactionManager;

  private TestDatabase(DataSource dataSource) {
    this.dataSource = dataSource;
    this.transactionManager = new DataSourceTransactionManager(dataSource);
  }

  /** The PostgreSQL database the changelog was applied to, copied for each new one. */
  private static TestPostgres.Database postgresTemplate;

  /** A new database with our tables. */
  public static TestDatabase create() {
    if (TestDatabaseKind.current() == TestDatabaseKind.POSTGRESQL) {
      return new TestDatabase(
          TestPostgres.server().createDatabase(postgresTemplate()).dataSource());
    }
    DataSource dataSource = h2();
    applyChangelog(dataSource);
    return new TestDatabase(dataSource);
  }

  private static synchronized TestPostgres.Database postgresTemplate() {
    if (postgresTemplate == null) {
      TestPostgres.Database template = TestPostgres.server().createDatabase();
      applyChangelog(template.dataSource()); // its connections are closed when it returns
      postgresTemplate = template;
    }
    return postgresTemplate;
  }

  private static void applyChangelog(DataSource dataSource) {
    SpringLiquibase liquibase = new SpringLiquibase();
    liquibase.setDataSource(dataSource);
    liquibase.setChangeLog(CHANGELOG);
    liquibase.setResourceLoader(new DefaultResourceLoader());
    try {
      liquibase.afterPropertiesSet();
    } catch (Exception e) {
      throw new IllegalStateException("Liquibase failed", e);
    }
  }

  /**
   * A new, empty database of this run's kind (no tables), e.g. for a test that applies the
   * changelog step by step.
   */
  public static DataSource empty() {
    return TestDatabaseKind.current() == TestDatabaseKind.POSTGRESQL
        ? TestPostgres.server().createDatabase().dataSource()
        : h2();
  }

  private static DataSource h2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:pt-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return h2;
  }

  /** The database's data source (a new connection per call on PostgreSQL). */
  public DataSource dataSource() {
    return dataSource;
  }

  /** A client on the database (outside a transaction: auto-commit). */
  public JdbcClient jdbc() {
    return JdbcClient.create(dataSource);
  }

  /** Spring transactions (REQUIRED) on the database. */
  public Transactions transactions() {
    TransactionTemplate template = new TransactionTemplate(transactionManager);
    return new Transactions() {
      @Override
      public <T> T required(java.util.function.Supplier<T> work) {
        return template.execute(status -> work.get());
      }
    };
  }

  /** Runs {@code work} in a transaction that is rolled back afterwards. */
  public void rolledBack(Runnable work) {
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      work.run();
      status.setRollbackOnly();
    });
  }

  /** Rows in {@code table}. */
  public int count(String table) {
    return jdbc().sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
  }
}
