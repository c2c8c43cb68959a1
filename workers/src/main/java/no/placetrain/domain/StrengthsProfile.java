package no.placetrain.domain;

/**
 * What the candidate brings, in the candidate's own words: the only thing about the candidate an
 * employer sees. Each part is required and at most {@value #MAX_LENGTH} characters; values are
 * stored stripped of surrounding white space.
 *
 * @param skills what the candidate can do
 * @param interests what the candidate likes to do
 * @param languages languages and levels
 * @param motivation why the candidate wants the job
 */
public record StrengthsProfile(String skills, String interests, String languages, String motivation) {

  /** Longest allowed text of each part. */
  public static final int MAX_LENGTH = 1000;

  /** @throws InvalidValueException naming the first blank or too long part */
  public StrengthsProfile {
    skills = Text.required(skills, "skills", MAX_LENGTH);
    interests = Text.required(interests, "interests", MAX_LENGTH);
    languages = Text.required(languages, "languages", MAX_LENGTH);
    motivation = Text.required(motivation, "motivation", MAX_LENGTH);
  }
}
