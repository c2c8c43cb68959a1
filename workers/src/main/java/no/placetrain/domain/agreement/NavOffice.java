package no.placetrain.domain.agreement;

import java.util.regex.Pattern;

/**
 * A NAV office that is party to an agreement.
 *
 * @param id stable id, {@value #ID_PATTERN}, e.g. {@code nav-drammen}: at most 53 characters,
 *     so that the ids of its groups ({@code <id>-caseworker}, see {@link PartyGroups}) keep to the
 *     engine's 64
 * @param name the office's name, e.g. {@code NAV Drammen}
 */
public record NavOffice(String id, String name) {

  /** The pattern office ids follow. */
  public static final String ID_PATTERN = "^[a-z0-9-]{3,53}$";

  private static final Pattern ID = Pattern.compile(ID_PATTERN);

  /** @throws InvalidAgreementException naming {@code id} or {@code name} */
  public NavOffice {
    Rules.require(id != null && ID.matcher(id).matches(), "id", "must match " + ID_PATTERN);
    name = Rules.text(name, "name", Agreement.MAX_NAME);
  }
}
