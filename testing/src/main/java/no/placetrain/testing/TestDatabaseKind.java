package no.placetrain.testing;

import java.util.Locale;

/**
 * Which database the integration tests of this run use: the system property {@value #PROPERTY}
 * ({@code h2}, the default, or {@code postgresql}). The modules' builds run their tests once per
 * kind (surefire executions {@code default-test} and {@code postgresql}), so the same tests prove
 * the same behaviour on both.
 */
public enum TestDatabaseKind {
  H2,
  POSTGRESQL;

  /** The system property naming the kind. */
  public static final String PROPERTY = "placetrain.test.database";

  /** The kind of this run. */
  public static TestDatabaseKind current() {
    String value = System.getProperty(PROPERTY, "h2").trim().toUpperCase(Locale.ROOT);
    try {
      return valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(PROPERTY + " must be h2 or postgresql, not " + value, e);
    }
  }
}
