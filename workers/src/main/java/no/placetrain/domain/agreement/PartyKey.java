package no.placetrain.domain.agreement;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key of an employer or a broker in group ids (docs/access.md, "Groups"): the name in lower
 * case, {@code æ → ae}, {@code ø → o}, {@code å → a}, other accented letters without their accent
 * ({@code é → e}, {@code ü → u}), every run of other characters than
 * {@code a-z} and {@code 0-9} → {@code -}, trimmed of {@code -}, at most {@value #MAX_LENGTH}
 * characters (cut, then trimmed again). {@code Nordic Choice Hotels} → {@code nordic-choice-hotels},
 * {@code Stella Røde Kors kvinnesenter} → {@code stella-rode-kors-kvinnesenter}.
 */
public final class PartyKey {

  /** Longest key. */
  public static final int MAX_LENGTH = 40;

  private PartyKey() {}

  /**
   * The key of {@code name}; empty when the name holds no letter or digit that the rule keeps.
   *
   * @throws NullPointerException when {@code name} is null
   */
  public static String of(String name) {
    String key = name.toLowerCase(Locale.ROOT)
        .replace("æ", "ae").replace("ø", "o").replace("å", "a");
    key = Normalizer.normalize(key, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .replaceAll("[^a-z0-9]+", "-");
    key = trim(key);
    return key.length() <= MAX_LENGTH ? key : trim(key.substring(0, MAX_LENGTH));
  }

  /** Checks that {@code name} gives a key; for the constructors of the parties. */
  static void require(String name, String field) {
    Rules.require(!of(name).isEmpty(), field,
        "must contain a letter or a digit (a-z, æ, ø, å, 0-9): it names the party's groups");
  }

  private static String trim(String key) {
    int start = 0;
    int end = key.length();
    while (start < end && key.charAt(start) == '-') {
      start++;
    }
    while (end > start && key.charAt(end - 1) == '-') {
      end--;
    }
    return key.substring(start, end);
  }
}
