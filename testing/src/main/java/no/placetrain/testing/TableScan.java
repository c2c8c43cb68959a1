package no.placetrain.testing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Reads every row of every table of the engine ({@code ACT_*}) and of Place &amp; Train
 * ({@code PT_*}) in the data source's current schema, found through the JDBC metadata (so a table
 * added later is scanned too): counts rows per table, and finds marker strings (a candidate's
 * reference, a display name, an id) in any column — text columns and CLOBs as text, binary columns
 * and BLOBs ({@code ACT_GE_BYTEARRAY}: serialized variables, details, …) decoded as UTF-8 —
 * ignoring case. For tests of personal data: "after erasure no row anywhere holds the marker".
 *
 * <p>Works on H2 and PostgreSQL alike: tables are found in any case (PostgreSQL folds unquoted
 * names to lower case) and reported in upper case; H2's {@code CLOB}s and PostgreSQL's
 * {@code text} are read as text, H2's {@code BLOB}s/{@code VARBINARY} and PostgreSQL's
 * {@code bytea} as bytes. Meant for test databases (it reads everything). Shared by the workers'
 * and the server's tests ({@code placetrain-testing}, test scope).
 */
public final class TableScan {

  private static final List<String> PREFIXES = List.of("ACT_", "PT_");

  private final DataSource dataSource;

  private TableScan(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** A scan of {@code dataSource} (outside any transaction: it sees what is committed). */
  public static TableScan of(DataSource dataSource) {
    return new TableScan(dataSource);
  }

  /** A marker found: {@code rows} rows of {@code table} hold {@code marker} in {@code column}. */
  public record Hit(String table, String column, String marker, int rows) {
    @Override
    public String toString() {
      return table + "." + column + " holds \"" + marker + "\" in " + rows + " row(s)";
    }
  }

  /** The tables scanned (names in upper case), sorted. */
  public List<String> tables() {
    return withConnection(connection -> new ArrayList<>(names(connection).keySet()));
  }

  /** Rows per table, every table scanned. */
  public SortedMap<String, Integer> rowCounts() {
    return withConnection(connection -> {
      SortedMap<String, Integer> counts = new TreeMap<>();
      for (Map.Entry<String, String> table : names(connection).entrySet()) {
        try (Statement statement = connection.createStatement();
            ResultSet rs = statement.executeQuery(
                "SELECT COUNT(*) FROM " + quoted(connection, table.getValue()))) {
          rs.next();
          counts.put(table.getKey(), rs.getInt(1));
        }
      }
      return counts;
    });
  }

  /**
   * Per table, how many rows hold at least one of {@code markers} in some column (tables with
   * none left out).
   */
  public SortedMap<String, Integer> rowsMentioning(Collection<String> markers) {
    SortedMap<String, Integer> rows = new TreeMap<>();
    scan(markers, (table, column, marker, row) -> { }, (table, row) -> rows.merge(table, 1,
        Integer::sum));
    return rows;
  }

  /** Every column of every table that holds one of {@code markers}; empty when none does. */
  public List<Hit> find(Collection<String> markers) {
    SortedMap<String, Integer> byColumnAndMarker = new TreeMap<>();
    scan(markers, (table, column, marker, row) -> byColumnAndMarker.merge(
        table + "\u0000" + column + "\u0000" + marker, 1, Integer::sum), (table, row) -> { });
    List<Hit> hits = new ArrayList<>();
    byColumnAndMarker.forEach((key, rows) -> {
      String[] parts = key.split("\u0000", 3);
      hits.add(new Hit(parts[0], parts[1], parts[2], rows));
    });
    return hits;
  }

  /**
   * A printable table of two {@link #rowCounts()}: every table whose count differs, and the
   * total, e.g. for a test's output.
   */
  public static String difference(Map<String, Integer> before, Map<String, Integer> after) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-28s %8s %8s %8s%n",
        "table", "before", "after", "change"));
    int totalBefore = 0;
    int totalAfter = 0;
    for (String table : new TreeSet<>(union(before.keySet(), after.keySet()))) {
      int b = before.getOrDefault(table, 0);
      int a = after.getOrDefault(table, 0);
      totalBefore += b;
      totalAfter += a;
      if (a != b) {
        out.append(String.format(Locale.ROOT, "%-28s %8d %8d %+8d%n", table, b, a, a - b));
      }
    }
    out.append(String.format(Locale.ROOT, "%-28s %8d %8d %+8d%n", "(all tables)", totalBefore,
        totalAfter, totalAfter - totalBefore));
    return out.toString();
  }

  private static Collection<String> union(Collection<String> a, Collection<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  @FunctionalInterface
  private interface CellHit {
    void found(String table, String column, String marker, int row);
  }

  @FunctionalInterface
  private interface RowHit {
    void found(String table, int row);
  }

  private void scan(Collection<String> markers, CellHit cells, RowHit rows) {
    List<String> lowered = markers.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
    List<String> originals = List.copyOf(markers);
    withConnection(connection -> {
      for (Map.Entry<String, String> table : names(connection).entrySet()) {
        try (Statement statement = connection.createStatement();
            ResultSet rs = statement.executeQuery(
                "SELECT * FROM " + quoted(connection, table.getValue()))) {
          ResultSetMetaData meta = rs.getMetaData();
          int row = 0;
          while (rs.next()) {
            row++;
            boolean mentioned = false;
            for (int column = 1; column <= meta.getColumnCount(); column++) {
              String value = text(rs, column, meta.getColumnType(column));
              if (value == null) {
                continue;
              }
              String lower = value.toLowerCase(Locale.ROOT);
              for (int m = 0; m < lowered.size(); m++) {
                if (lower.contains(lowered.get(m))) {
                  mentioned = true;
                  cells.found(table.getKey(),
                      meta.getColumnName(column).toUpperCase(Locale.ROOT), originals.get(m), row);
                }
              }
            }
            if (mentioned) {
              rows.found(table.getKey(), row);
            }
          }
        }
      }
      return null;
    });
  }

  private static String text(ResultSet rs, int column, int type) throws SQLException {
    switch (type) {
      case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
        byte[] bytes = rs.getBytes(column);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
      }
      default -> {
        return rs.getString(column);
      }
    }
  }

  /** Upper-case name → name as the database spells it, for the tables scanned. */
  private static SortedMap<String, String> names(Connection connection) throws SQLException {
    SortedMap<String, String> names = new TreeMap<>();
    DatabaseMetaData meta = connection.getMetaData();
    try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
        null)) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME");
        String type = String.valueOf(rs.getString("TABLE_TYPE")).toUpperCase(Locale.ROOT);
        String upper = name.toUpperCase(Locale.ROOT);
        if (type.contains("TABLE") && !type.contains("SYSTEM")
            && PREFIXES.stream().anyMatch(upper::startsWith)) {
          names.put(upper, name);
        }
      }
    }
    if (names.isEmpty()) {
      throw new IllegalStateException("no ACT_* or PT_* table in the current schema");
    }
    return names;
  }

  private static String quoted(Connection connection, String name) throws SQLException {
    String quote = connection.getMetaData().getIdentifierQuoteString().strip();
    return quote + name.replace(quote, quote + quote) + quote;
  }

  @FunctionalInterface
  private interface JdbcWork<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T withConnection(JdbcWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("the table scan failed", e);
    }
  }
}
