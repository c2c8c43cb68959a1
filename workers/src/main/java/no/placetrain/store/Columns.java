package no.placetrain.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Conversions of column values that behave alike on H2 and PostgreSQL. */
final class Columns {

  private Columns() {}

  /** An instant as a {@code TIMESTAMP WITH TIME ZONE} parameter (UTC), {@code null} stays. */
  static OffsetDateTime timestamp(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /** A {@code TIMESTAMP WITH TIME ZONE} column as an instant, {@code null} stays. */
  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** An enum column, {@code null} stays. */
  static <E extends Enum<E>> E code(ResultSet rs, String column, Class<E> type)
      throws SQLException {
    String value = rs.getString(column);
    return value == null ? null : Enum.valueOf(type, value);
  }

  /** An enum as a parameter, {@code null} stays. */
  static String code(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
