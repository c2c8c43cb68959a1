package no.placetrain.testing;

import static org.assertj.core.api.Assertions.assertThat;

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
}
