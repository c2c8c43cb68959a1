package no.placetrain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.AgreementKind;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Reading and checking catalogue files; the invalid ones stop with file, field and reason. */
class CatalogueLoaderTest {

  private static Catalogue read(String location) {
    return new CatalogueLoader(new PathMatchingResourcePatternResolver(), List.of(location)).read();
  }

  private static String failure(String folder) {
    try {
      read("classpath:catalogues/" + folder + "/*.yaml");
    } catch (InvalidCatalogueException e) {
      return e.getMessage();
    }
    throw new AssertionError(folder + " was accepted");
  }

  @Test
  void frameworksComeBeforeTheirLocalsWhateverTheFileNames() {
    Catalogue catalogue = read("classpath:catalogues/ordering/*.yaml");

    assertThat(catalogue.entries()).extracting(CatalogueEntry::file)
        .containsExactly("z-framework.yaml", "a-local.yaml");
    Agreement local = catalogue.find("a-local").orElseThrow();
    assertThat(local.kind()).isEqualTo(AgreementKind.LOCAL);
    assertThat(local.effectiveCommitments(catalogue.find("z-framework").orElseThrow()))
        .extracting(c -> c.kind().name() + " " + c.describeDeadline())
        .containsExactly("SCREEN_REFERRAL P5D working days", "ANSWER_PRESENTATION P5D",
            "RESOLVE_PERSONAL_MATTERS P14D");
  }

  @Test
  void anInvalidValueNamesFileFieldAndReason() {
    assertThat(failure("invalid-months"))
        .isEqualTo("kiwi-nav-drammen.yaml: terms.practice-months.max: must be at least min (6)");
  }

  @Test
  void aLooseningLocalIsRefused() {
    assertThat(failure("loosening")).isEqualTo("iss-stovner.yaml: "
        + "commitments[SCREEN_REFERRAL].deadline: P10D loosens the framework's P5D "
        + "(a local agreement may only tighten)");
  }

  @Test
  void anUnknownFieldIsNamed() {
    assertThat(failure("unknown-field")).isEqualTo("posten.yaml: terms.mentoring: is not a known field");
  }

  @Test
  void malformedYamlNamesItsLine() {
    assertThat(failure("bad-yaml")).startsWith("broken.yaml: document: is not valid YAML (line ");
  }

  @Test
  void idsAreUniqueAcrossFiles() {
    assertThat(failure("duplicate-id")).isEqualTo("second.yaml: id: is already used by first.yaml");
  }

  @Test
  void aLocalNeedsItsFrameworkInTheCatalogue() {
    assertThat(failure("orphan-local"))
        .isEqualTo("local.yaml: parent: names no FRAMEWORK agreement of the catalogue");
  }

  @Test
  void theExceptionCarriesItsParts() {
    assertThatThrownBy(() -> read("classpath:catalogues/invalid-months/*.yaml"))
        .isInstanceOfSatisfying(InvalidCatalogueException.class, e -> {
          assertThat(e.file()).isEqualTo("kiwi-nav-drammen.yaml");
          assertThat(e.field()).isEqualTo("terms.practice-months.max");
          assertThat(e.reason()).isEqualTo("must be at least min (6)");
        });
  }

  @Test
  void noFilesIsAnEmptyCatalogue() {
    assertThat(read("classpath:catalogues/none/*.yaml").entries()).isEmpty();
  }
}
