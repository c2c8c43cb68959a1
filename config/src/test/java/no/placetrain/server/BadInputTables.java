package no.placetrain.server;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What bad input must never change: a fingerprint (row count and a hash of every row's values,
 * independent of order) of the engine's runtime, repository and history tables and of Place &
 * Train's own, read straight from the database (what is committed). Tables the server writes on
 * its own (metrics, locks) are left out.
 */
final class BadInputTables {

  static final List<String> TABLES = List.of(
      "ACT_RE_DEPLOYMENT", "ACT_RE_PROCDEF", "ACT_RE_DECISION_DEF", "ACT_GE_BYTEARRAY",
      "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_JOB", "ACT_RU_EVENT_SUBSCR",
      "ACT_RU_IDENTITYLINK", "ACT_RU_AUTHORIZATION", "ACT_RU_INCIDENT",
      "ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_OP_LOG",
      "PT_AGREEMENT", "PT_AGREEMENT_OFFICE", "PT_PARTICIPATION", "PT_COMMITMENT", "PT_CHECKPOINT");

  /** One table's fingerprint. */
  record Fingerprint(int rows, long hash) {
    @Override
    public String toString() {
      return rows + " rows #" + Long.toHexString(hash);
    }
  }

  private BadInputTables() {
  }

  /** Every table's fingerprint, by name. */
  static Map<String, Fingerprint> snapshot(DataSource dataSource) {
    Map<String, Fingerprint> tables = new TreeMap<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String table : TABLES) {
        tables.put(table, fingerprint(connection, table));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return tables;
  }

  /** Total rows of a snapshot. */
  static int rows(Map<String, Fingerprint> snapshot) {
    return snapshot.values().stream().mapToInt(Fingerprint::rows).sum();
  }

  private static Fingerprint fingerprint(Connection connection, String table) throws SQLException {
    String name = connection.getMetaData().storesLowerCaseIdentifiers()
        ? table.toLowerCase(Locale.ROOT) : table;
    int rows = 0;
    long hash = 0;
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT * FROM " + name)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        Object[] values = new Object[columns];
        for (int i = 0; i < columns; i++) {
          values[i] = comparable(rs.getObject(i + 1));
        }
        rows++;
        hash += Arrays.hashCode(values);
      }
    }
    return new Fingerprint(rows, hash);
  }

  /** A value that is equal when the column's content is. */
  private static Object comparable(Object value) throws SQLException {
    if (value instanceof byte[] bytes) {
      return Arrays.hashCode(bytes);
    }
    if (value instanceof Blob blob) {
      return Arrays.hashCode(blob.getBytes(1, (int) blob.length()));
    }
    if (value instanceof Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    return Objects.toString(value, null);
  }
}
