package no.placetrain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scan finds markers in text, large text and binary columns, names tables and columns in upper
 * case and skips tables that are neither the engine's nor ours — on H2 and on PostgreSQL (lower
 * case names, {@code text}, {@code bytea}).
 */
class TableScanTest {

  @Test
  void findsMarkersInTextAndBinaryColumnsOnH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:scan-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    scanProbe("H2", h2, "CLOB", "BLOB");
  }

  @Test
  void findsMarkersInTextAndBinaryColumnsOnPostgresql() {
    scanProbe("PostgreSQL", TestPostgres.server().createDatabase().dataSource(), "TEXT", "BYTEA");
  }

  private static void scanProbe(String kind, DataSource dataSource, String text, String binary) {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    jdbc.sql("CREATE TABLE PT_PROBE (ID VARCHAR(20), NOTE " + text + ", DATA " + binary + ")")
        .update();
    jdbc.sql("CREATE TABLE ACT_PROBE (ID VARCHAR(20))").update();
    jdbc.sql("CREATE TABLE OTHER_PROBE (ID VARCHAR(20))").update();
    jdbc.sql("INSERT INTO PT_PROBE VALUES ('row-1', 'about MRK-1 here', ?)")
        .param("bytes holding mrk-2".getBytes(StandardCharsets.UTF_8)).update();
    jdbc.sql("INSERT INTO PT_PROBE VALUES ('row-2', 'nothing', NULL)").update();
    jdbc.sql("INSERT INTO OTHER_PROBE VALUES ('MRK-1')").update();

    TableScan scan = TableScan.of(dataSource);
    List<String> tables = scan.tables();
    SortedMap<String, Integer> counts = scan.rowCounts();
    List<TableScan.Hit> hits = scan.find(List.of("MRK-1", "MRK-2", "MRK-3"));
    SortedMap<String, Integer> mentioning = scan.rowsMentioning(List.of("MRK-1", "MRK-2"));
    System.out.println("[TableScanTest] " + kind + ": tables " + tables + ", rows " + counts
        + ", hits " + hits + ", rows mentioning " + mentioning);

    assertThat(tables).containsExactly("ACT_PROBE", "PT_PROBE");
    assertThat(counts).containsExactly(entry("ACT_PROBE", 0), entry("PT_PROBE", 2));
    assertThat(hits).containsExactly(
        new TableScan.Hit("PT_PROBE", "DATA", "MRK-2", 1),
        new TableScan.Hit("PT_PROBE", "NOTE", "MRK-1", 1));
    assertThat(mentioning).containsExactly(entry("PT_PROBE", 1));
  }
}
