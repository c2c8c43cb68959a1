package no.placetrain.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

class TestPostgresTest {

  @Test
  void startsARealPostgresqlAndHandsOutSeparateDatabases() {
    TestPostgres server = TestPostgres.server();
    TestPostgres.Database first = server.createDatabase();
    TestPostgres.Database second = server.createDatabase();
    System.out.println("[TestPostgresTest] " + server.description() + "; databases " + first.name()
        + ", " + second.name());

    assertThat(server.version()).startsWith("PostgreSQL ");
    assertThat(first.name()).isNotEqualTo(second.name());
    JdbcClient.create(first.dataSource()).sql("CREATE TABLE PT_PROBE (ID INT)").update();
    JdbcClient.create(first.dataSource()).sql("INSERT INTO PT_PROBE VALUES (1)").update();
    assertThat(JdbcClient.create(first.dataSource()).sql("SELECT COUNT(*) FROM PT_PROBE")
        .query(Integer.class).single()).isEqualTo(1);
    assertThat(JdbcClient.create(second.dataSource())
        .sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'pt_probe'")
        .query(Integer.class).single()).isZero();
    assertThat(JdbcClient.create(first.dataSource()).sql("SELECT current_database()")
        .query(String.class).single()).isEqualTo(first.name());
  }

  @Test
  void theServerWaitsForItsLeasesBeforeItStops() {
    TestPostgres server = TestPostgres.server();
    TestPostgres.Lease first = server.lease();
    TestPostgres.Lease second = server.lease();
    boolean withTwo = server.awaitLeasesClosed(Duration.ofMillis(50));
    first.close();
    first.close(); // again: still one open
    boolean withOne = server.awaitLeasesClosed(Duration.ofMillis(50));
    second.close();
    boolean withNone = server.awaitLeasesClosed(Duration.ofMillis(50));
    System.out.println("[TestPostgresTest] all leases closed: with two open " + withTwo
        + ", with one " + withOne + ", with none " + withNone + "; client connections "
        + server.connections());

    assertThat(withTwo).isFalse();
    assertThat(withOne).isFalse();
    assertThat(withNone).isTrue();
    assertThat(server.connections()).isPositive();
  }

  @Test
  void aDatabaseMadeFromATemplateIsACopyOfIt() {
    TestPostgres server = TestPostgres.server();
    TestPostgres.Database template = server.createDatabase();
    JdbcClient.create(template.dataSource()).sql("CREATE TABLE PT_PROBE (ID INT)").update();
    JdbcClient.create(template.dataSource()).sql("INSERT INTO PT_PROBE VALUES (7)").update();

    TestPostgres.Database copy = server.createDatabase(template);
    JdbcClient.create(copy.dataSource()).sql("INSERT INTO PT_PROBE VALUES (8)").update();
    int inCopy = JdbcClient.create(copy.dataSource()).sql("SELECT SUM(ID) FROM PT_PROBE")
        .query(Integer.class).single();
    int inTemplate = JdbcClient.create(template.dataSource()).sql("SELECT SUM(ID) FROM PT_PROBE")
        .query(Integer.class).single();
    System.out.println("[TestPostgresTest] " + copy.name() + " from " + template.name()
        + ": sum of ids in the copy " + inCopy + ", in the template " + inTemplate);

    assertThat(copy.name()).isNotEqualTo(template.name());
    assertThat(inCopy).isEqualTo(15);
    assertThat(inTemplate).isEqualTo(7);
  }
}
