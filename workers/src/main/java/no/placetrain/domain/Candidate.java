package no.placetrain.domain;

import java.util.regex.Pattern;

/**
 * The candidate as the engine knows them: a pseudonymous reference (never a national identity
 * number) and a display name (first name or initials) shown to the parties. Nothing else about the
 * person is kept; the strengths profile is separate.
 *
 * @param reference pseudonymous reference, 4–40 letters, digits or hyphens
 * @param displayName first name or initials, at most {@value #MAX_DISPLAY_NAME} characters
 */
public record Candidate(String reference, String displayName) {

  /** Longest display name. */
  public static final int MAX_DISPLAY_NAME = 60;

  /**
   * The shape of a display name in a new referral, as the referral form asks for it (form-referral's
   * pattern for {@code candidateDisplayName}): a letter first, then letters, digits, spaces, full
   * stops, apostrophes and hyphens. The name is shown in the parties' forms through markdown
   * templating, where other characters would be rendered as markup.
   */
  public static final String DISPLAY_NAME_PATTERN =
      "^[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ0-9 .'-]{0,59}$";

  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9-]{4,40}");
  private static final Pattern DISPLAY_NAME = Pattern.compile(DISPLAY_NAME_PATTERN);
  /** Eleven digits in a row look like a Norwegian national identity number. */
  private static final Pattern NATIONAL_ID = Pattern.compile("\\d{11}");

  /** @throws InvalidValueException naming the field, never its value */
  public Candidate {
    if (reference == null || reference.isBlank()) {
      throw new InvalidValueException("candidateRef", "is required");
    }
    if (!REFERENCE.matcher(reference).matches()) {
      throw new InvalidValueException("candidateRef", "must be 4 to 40 letters, digits or hyphens");
    }
    if (NATIONAL_ID.matcher(reference).find()) {
      throw new InvalidValueException("candidateRef",
          "must be a pseudonymous reference, not a national identity number");
    }
    if (displayName == null || displayName.isBlank()) {
      throw new InvalidValueException("candidateDisplayName", "is required");
    }
    if (displayName.strip().length() > MAX_DISPLAY_NAME) {
      throw new InvalidValueException("candidateDisplayName",
          "must have at most " + MAX_DISPLAY_NAME + " characters");
    }
  }

  /**
   * A candidate in a new referral that does not pass the referral form (the API's): the
   * constructor's rules, the form's shape of the display name ({@link #DISPLAY_NAME_PATTERN}) and,
   * as the form's server-side check does, neither reference nor name may describe health, family,
   * housing or income ({@link SensitiveText}). Candidates already stored are read with the
   * constructor alone.
   *
   * @throws InvalidValueException naming the field, never its value
   */
  public static Candidate referred(String reference, String displayName) {
    Candidate candidate = new Candidate(reference, displayName);
    if (!DISPLAY_NAME.matcher(displayName).matches()) {
      throw new InvalidValueException("candidateDisplayName", "must start with a letter and hold"
          + " only letters, digits, spaces, full stops, apostrophes and hyphens");
    }
    SensitiveText.require("candidateRef", reference);
    SensitiveText.require("candidateDisplayName", displayName);
    return candidate;
  }
}
