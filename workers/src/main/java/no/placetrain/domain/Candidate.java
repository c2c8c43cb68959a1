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

  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9-]{4,40}");
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
}
