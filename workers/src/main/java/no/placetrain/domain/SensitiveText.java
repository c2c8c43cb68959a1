package no.placetrain.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Data minimisation (issue 4, docs/access.md "Data minimisation"): free text that describes a
 * candidate's health, family situation, housing or income/benefits is refused wherever a person
 * types it into the system. NAV follows such matters up outside the system; the engine keeps only
 * "personal matters followed up by NAV: open / done" with its deadline.
 *
 * <p>A word list per category, Norwegian (bokmål, some nynorsk) and a few English terms, matched
 * case-insensitively against whole words. Each term is one of:
 * <ul>
 *   <li>{@code word} — the whole word only ({@code syk} matches "er syk", not "sykepleier");</li>
 *   <li>{@code stem*} — a word that starts with the stem ({@code sykemeld*}: "sykemeldt",
 *       "sykemelding");</li>
 *   <li>{@code *part*} — a word that contains it anywhere, for the unambiguous parts of
 *       compounds ({@code *trygd*}: "uføretrygd", "barnetrygd");</li>
 *   <li>several such tokens separated by spaces — a phrase (the words in that order, separated
 *       by white space or hyphens: {@code lav inntekt}).</li>
 * </ul>
 * Words are runs of letters and digits: hyphens, underscores, punctuation and spaces separate
 * them, so {@code REF-sosialhjelp} holds the word "sosialhjelp".
 *
 * <p>The principle: list the terms that, in what a caseworker or an employer writes about a
 * candidate, describe the person's own situation — not the words of ordinary job talk. So the
 * bare words that name sectors, employers and workplaces are <em>not</em> listed: "helse"
 * ("Aleris Helse", "helsesektoren", "helsefagarbeider"), "barn" ("barnehage", "jobbet med
 * barn"), "bolig" ("boligbygging", "maler boliger"), "familie" ("familiebedrift"), "økonomi" (a
 * profession), "syke-" compounds ("sykehjem", "sykepleier", "sykehus"), "kreft-" compounds
 * ("kreftavdeling"), "ytelse" (performance), "gjelder" (applies), "skilt" (a sign), "sykt"
 * (slang for "very"). The list is a guard against the usual terms, not a proof that no personal
 * data can be typed: the forms' help texts and the users' training say the same.
 */
public final class SensitiveText {

  /** What a free text must not describe. */
  public enum Category {
    HEALTH("health"),
    FAMILY("family situation"),
    HOUSING("housing"),
    INCOME("income or benefits");

    private final String label;

    Category(String label) {
      this.label = label;
    }

    /** How the refusal names the category, e.g. {@code health}. */
    public String label() {
      return label;
    }

    /**
     * The rule a refused text broke, never quoting the text, e.g. {@code must not describe health
     * (personal matters are followed up by NAV outside the system)}.
     */
    public String rule() {
      return "must not describe " + label + " (personal matters are followed up by NAV outside the system)";
    }
  }

  private static final Map<Category, List<String>> TERMS = new EnumMap<>(Category.class);

  static {
    TERMS.put(Category.HEALTH, List.of(
        // Norwegian
        "syk", "sjuk", "helsa", "dårlig helse", "helseplage*", "helseproblem*", "helsetilstand*",
        "helseutfordring*", "helsemessig*", "*diagnos*", "*sykdom*", "*sjukdom*", "sykemeld*",
        "sykmeld*", "sjukemeld*", "sykefravær*", "*depresj*", "deprimert*", "psykisk*", "psykose*",
        "psykotisk*", "schizofren*", "bipolar*", "angst", "*lidelse*", "spiseforstyrr*",
        "personlighetsforstyrr*", "adhd", "autis*", "asperger*", "dysleksi*", "epilep*", "diabet*",
        "kreft", "migrene", "astma", "allergi", "ptsd", "traume*", "traumat*", "rus", "rusmisbruk*",
        "rusproblem*", "rusavhengig*", "rusbehandling*", "avrusning*", "alkoholi*",
        "alkoholproblem*", "funksjonsnedsett*", "nedsatt arbeidsevne", "nedsatt funksjonsevne",
        "legeerklæring*", "fastlege*", "medisinering*", "medikament*", "gravid*", "svangerskap*",
        // English
        "sick", "illness*", "diagnosed", "diagnosis", "depress*", "anxiety", "mental health",
        "mental illness", "health problem*", "health condition*", "health issue*", "sick leave",
        "disabled", "disability", "pregnan*", "medication*", "addiction*"));
    TERMS.put(Category.FAMILY, List.of(
        // Norwegian
        "barnevern*", "skilsmisse*", "samlivsbrudd*", "separert", "aleneforeld*", "alenemor*",
        "alenefar*", "eneforsørger*", "enslig forsørger*", "enslig mor", "enslig far",
        "foreldrerett*", "omsorgsrett*", "samværsrett*", "foreldretvist*",
        "barnefordeling*", "fosterhjem*", "fosterbarn*", "fosterforeld*", "omsorgsovertakelse*",
        "familievold*", "vold i nære relasjoner", "ektefelle*", "ektemann*", "ektemenn",
        "samboer*", "familiegjenforen*", "familieinnvandr*", "barnebidrag*", "foreldrepermisjon*",
        "fødselspermisjon*", "familiesituasjon*", "familieforhold*", "familieproblem*",
        "omsorgsansvar*",
        // English
        "divorce*", "custody", "child welfare", "child protection", "foster care", "foster home*",
        "single mother", "single father", "single parent*", "spouse", "husband", "domestic violence",
        "maternity leave", "paternity leave", "family situation", "family problem*"));
    TERMS.put(Category.HOUSING, List.of(
        // Norwegian
        "husleie*", "bostøtte*", "hjemløs*", "bostedsløs*", "utkastelse*", "tvangsfravikelse*",
        "nødbolig*", "kommunal bolig*", "kommunale bolig*", "sosialbolig*", "boligsosial*",
        "midlertidig bolig*", "midlertidig botilbud*", "botilbud*", "omsorgsbolig*", "hospits*",
        "bor på krisesenter*", "leiegjeld*", "sofasurf*", "uten fast bopel", "uten bolig",
        "mangler bolig", "startlån*", "boligproblem*", "bosituasjon*", "boforhold*",
        // English
        "homeless*", "evict*", "rent arrears", "housing benefit*", "social housing",
        "council housing", "housing situation"));
    TERMS.put(Category.INCOME, List.of(
        // Norwegian
        "sosialhjelp*", "sosialkontor*", "*stønad*", "*trygd*", "ufør*", "arbeidsavklaringspeng*",
        "aap", "dagpeng*", "livsopphold*", "kvalifiseringsprogram*", "kvp", "gjeld", "gjelda",
        "gjelden", "gjeldsordning*", "gjeldsrådgiv*", "gjeldsproblem*", "inkasso*",
        "betalingsanmerk*", "namsmann*", "utleggstrekk*", "lav inntekt", "ingen inntekt",
        "uten inntekt", "økonomiske problem*", "økonomiske vansk*", "økonomiske utfordring*",
        "dårlig økonomi", "pengeproblem*", "ytelse* fra nav",
        // English
        "social assistance", "welfare benefit*", "unemployment benefit*", "disability benefit*",
        "on benefits", "on welfare", "low income", "debt", "debts", "debt collect*"));
  }

  private static final Map<Category, Pattern> PATTERNS = new EnumMap<>(Category.class);

  static {
    TERMS.forEach((category, terms) -> PATTERNS.put(category, compile(terms)));
  }

  private SensitiveText() {
  }

  /** The terms of {@code category} in the notation above (for documentation and tests). */
  public static List<String> terms(Category category) {
    return TERMS.get(category);
  }

  /** Every category {@code text} describes, in the order of {@link Category}; empty if none. */
  public static Set<Category> categoriesIn(String text) {
    Set<Category> found = EnumSet.noneOf(Category.class);
    if (text == null || text.isBlank()) {
      return found;
    }
    PATTERNS.forEach((category, pattern) -> {
      if (pattern.matcher(text).find()) {
        found.add(category);
      }
    });
    return found;
  }

  /** The first category {@code text} describes, if any. */
  public static Optional<Category> find(String text) {
    return categoriesIn(text).stream().findFirst();
  }

  /**
   * @return {@code text}, unchanged
   * @throws InvalidValueException naming {@code field} and the category, never the text, e.g.
   *     {@code candidateMotivation: must not describe health (personal matters are followed up by
   *     NAV outside the system)}
   */
  public static String require(String field, String text) {
    Optional<Category> category = find(text);
    if (category.isPresent()) {
      throw new InvalidValueException(field, category.get().rule());
    }
    return text;
  }

  private static final String LETTER = "[\\p{L}\\p{N}]";

  private static Pattern compile(List<String> terms) {
    List<String> alternatives = new ArrayList<>();
    for (String term : terms) {
      List<String> tokens = new ArrayList<>();
      for (String token : term.strip().split("\\s+")) {
        boolean anyStart = token.startsWith("*");
        boolean anyEnd = token.endsWith("*");
        String word = token.replace("*", "");
        if (word.isEmpty()) {
          throw new IllegalStateException("empty term");
        }
        tokens.add((anyStart ? LETTER + "*" : "") + Pattern.quote(word.toLowerCase(Locale.ROOT))
            + (anyEnd ? LETTER + "*" : ""));
      }
      alternatives.add(String.join("[\\s\\-]+", tokens));
    }
    String either = "(?:" + String.join("|", alternatives) + ")";
    return Pattern.compile("(?<!" + LETTER + ")" + either + "(?!" + LETTER + ")",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
