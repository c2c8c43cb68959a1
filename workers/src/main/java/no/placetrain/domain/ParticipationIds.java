package no.placetrain.domain;

import java.util.UUID;
import java.util.regex.Pattern;

/** Ids of participations: {@code P-} followed by a random UUID. Carry no personal data. */
public final class ParticipationIds {

  private static final Pattern FORMAT =
      Pattern.compile("^P-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

  private ParticipationIds() {}

  /** A new, random participation id. */
  public static String newId() {
    return "P-" + UUID.randomUUID();
  }

  /** Whether {@code value} has the form of a participation id. */
  public static boolean isParticipationId(String value) {
    return value != null && FORMAT.matcher(value).matches();
  }
}
