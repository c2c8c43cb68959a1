package no.placetrain.testsupport;

import java.util.UUID;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import no.placetrain.store.Transactions;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh database with the real {@code placetrain-changelog.xml} applied by Liquibase (as a
 * host's Liquibase applies it), and Spring transactions on it: in-memory H2, or — when the
 * environment variable {@value #POSTGRES_URL} holds a JDBC URL such as
 * {@code jdbc:postgresql://localhost:5432/postgres?user=postgres} — a new schema of that
 * PostgreSQL database, so the same tests prove the tables behave alike on both.
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

  /** Environment variable naming a PostgreSQL database to test on instead of H2. */
  public static final String POSTGRES_URL = "PLACETRAIN_TEST_POSTGRES_URL";

  /** A new database with our tables. */
  public static TestDatabase create() {
    String postgres = System.getenv(POSTGRES_URL);
    DataSource dataSource = postgres == null || postgres.isBlank() ? h2() : postgres(postgres);
    SpringLiquibase liquibase = new SpringLiquibase();
    liquibase.setDataSource(dataSource);
    liquibase.setChangeLog(CHANGELOG);
    liquibase.setResourceLoader(new DefaultResourceLoader());
    try {
      liquibase.afterPropertiesSet();
    } catch (Exception e) {
      throw new IllegalStateException("Liquibase failed", e);
    }
    return new TestDatabase(dataSource);
  }

  private static DataSource h2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:pt-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return h2;
  }

  private static DataSource postgres(String url) {
    String schema = "pt_" + UUID.randomUUID().toString().replace("-", "");
    PGSimpleDataSource admin = new PGSimpleDataSource();
    admin.setURL(url);
    JdbcClient.create(admin).sql("CREATE SCHEMA " + schema).update();
    PGSimpleDataSource inSchema = new PGSimpleDataSource();
    inSchema.setURL(url);
    inSchema.setCurrentSchema(schema);
    return inSchema;
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
