package no.placetrain.domain;

import static no.placetrain.domain.SensitiveText.Category.FAMILY;
import static no.placetrain.domain.SensitiveText.Category.HEALTH;
import static no.placetrain.domain.SensitiveText.Category.HOUSING;
import static no.placetrain.domain.SensitiveText.Category.INCOME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.placetrain.domain.SensitiveText.Category;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The word lists of data minimisation: what they refuse, and the job talk they let through. */
class SensitiveTextTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      Diagnose: depresjon, følges opp av fastlege                 | HEALTH
      Har vært sykemeldt i to år                                  | HEALTH
      Er syk i perioder                                           | HEALTH
      Sliter med angst                                            | HEALTH
      Fikk diagnosen ADHD i fjor                                  | HEALTH
      Har en hjertesykdom                                         | HEALTH
      Psykiske plager, rusproblemer tidligere                     | HEALTH
      Nedsatt arbeidsevne etter ulykken                           | HEALTH
      Helsa hennes er ustabil                                     | HEALTH
      Is on sick leave with depression                            | HEALTH
      Har kontakt med barnevernet                                 | FAMILY
      Nylig skilsmisse, aleneforelder med tre barn                | FAMILY
      Samboeren er arbeidsledig                                   | FAMILY
      Enslig forsørger                                            | FAMILY
      Single mother, custody dispute                              | FAMILY
      Skylder husleie for tre måneder                             | HOUSING
      Bor i kommunal bolig                                        | HOUSING
      Er bostedsløs for tiden                                     | HOUSING
      Får bostøtte                                                | HOUSING
      Homeless since spring                                       | HOUSING
      Mottar økonomisk sosialhjelp                                | INCOME
      Går på AAP                                                  | INCOME
      Har uføretrygd og gjeldsordning                             | INCOME
      Mottar introduksjonsstønad                                  | INCOME
      Har dagpenger ut året                                       | INCOME
      Mye gjeld                                                   | INCOME
      Lives on social assistance                                  | INCOME
      MARKER-INCOME-7f3a-sosialhjelp                              | INCOME
      DIAGNOSE_MARKER                                             | HEALTH
      """)
  void refusesTheSituation(String text, Category expected) {
    assertThat(SensitiveText.categoriesIn(text)).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Aleris Helse",
      "Erfaring fra helsesektoren",
      "Utdannet helsefagarbeider, vil jobbe i helse og omsorg",
      "Har jobbet i barnehage",
      "Jobbet med barn og unge i SFO",
      "Erfaring med boligbygging og tømrerarbeid",
      "Har malt boliger og hytter",
      "Sommerjobb på sykehjem, vil bli sykepleier på sykehuset",
      "Praksis på kreftavdelingen",
      "Sykt motivert for å lære",
      "Vil utføre oppgavene selvstendig",
      "Dette gjelder kundeservice og kasse",
      "God ytelse i travle perioder",
      "Lager skilt og dekor",
      "Familiebedrift i tre generasjoner",
      "Studerte økonomi og psykologi",
      "Trygg og ryddig på lager",
      "Rusk og rask ryddes daglig",
      "Kommunale bygg, vaktmester",
      "Health sector experience, healthcare assistant",
      "Works well in a family-run business",
      "Russisk og norsk",
      "Praksis via Stella Røde Kors kvinnesenter",
      "Nordic Choice Hotels, resepsjon og frokost",
  })
  void letsOrdinaryJobTalkPass(String text) {
    assertThat(SensitiveText.categoriesIn(text)).as(text).isEmpty();
  }

  @Test
  void findsEveryCategoryInOneText() {
    assertThat(SensitiveText.categoriesIn("syk, barnevernet, husleie, sosialhjelp"))
        .containsExactly(HEALTH, FAMILY, HOUSING, INCOME);
    assertThat(SensitiveText.find("SOSIALHJELP")).contains(INCOME);
    assertThat(SensitiveText.find(null)).isEmpty();
    assertThat(SensitiveText.find("   ")).isEmpty();
  }

  @Test
  void theRefusalNamesFieldAndCategoryNeverTheText() {
    assertThatThrownBy(() -> SensitiveText.require("candidateMotivation",
        "Diagnose: MARKER-HEALTH-7f3a depresjon"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("candidateMotivation: must not describe health (personal matters are followed"
            + " up by NAV outside the system)")
        .hasMessageNotContaining("MARKER");
    assertThat(SensitiveText.require("workSite", "Aleris Helse")).isEqualTo("Aleris Helse");
  }

  @ParameterizedTest
  @EnumSource(Category.class)
  void everyCategoryHasTermsThatMatchThemselves(Category category) {
    assertThat(SensitiveText.terms(category)).isNotEmpty().allSatisfy(term -> assertThat(
        SensitiveText.categoriesIn(term.replace("*", ""))).as(term).contains(category));
  }

  @Test
  void aReferredCandidateMayNotDescribeTheSituation() {
    assertThatThrownBy(() -> Candidate.referred("REF-0001", "Kari barnevernet"))
        .hasMessage("candidateDisplayName: " + FAMILY.rule());
    assertThatThrownBy(() -> Candidate.referred("REF-husleie-01", "Kari"))
        .hasMessage("candidateRef: " + HOUSING.rule());
    assertThat(Candidate.referred("NCH-0001", "Kari").displayName()).isEqualTo("Kari");
  }
}
