package no.placetrain.catalogue;

import static no.placetrain.domain.agreement.CommitmentKind.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import no.placetrain.domain.SelectionMode;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.AgreementKind;
import no.placetrain.domain.agreement.AgreementStatus;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentTemplate;
import no.placetrain.domain.agreement.ObligorRole;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The server's real catalogue ({@code config/src/main/resources/placetrain/programmes/}): every
 * file is valid and each programme has the parameters of ../shared/PROGRAMMES.md.
 */
class ServerProgrammesTest {

  private static final Path FOLDER = Path.of("../config/src/main/resources/placetrain/programmes");
  private static Catalogue catalogue;

  @BeforeAll
  static void readTheServersCatalogue() {
    assertThat(FOLDER).isDirectory();
    catalogue = new CatalogueLoader(new PathMatchingResourcePatternResolver(),
        List.of("file:" + FOLDER.toAbsolutePath().normalize() + "/*.yaml")).read();
  }

  private static Agreement agreement(String id) {
    return catalogue.find(id).orElseThrow(() -> new AssertionError(id + " is not in the catalogue"));
  }

  @Test
  void theEightProgrammesPlusTheIssLocalsAreThereActiveAndFrameworkFirst() throws Exception {
    assertThat(catalogue.agreements()).extracting(Agreement::id).containsExactlyInAnyOrder(
        "kiwi-nav-drammen", "aleris-stella", "nordic-choice-grunerlokka", "olav-thon-alna-bjerke",
        "telenor-nav-intro", "iss-oslo-region", "iss-alna", "iss-stovner", "posten-mentoring",
        "fretex-job-guarantee");
    assertThat(catalogue.agreements().get(0).id()).isEqualTo("iss-oslo-region");
    assertThat(catalogue.agreements()).allMatch(a -> a.status() == AgreementStatus.ACTIVE);
    try (var files = Files.list(FOLDER)) {
      assertThat(files.filter(f -> f.toString().endsWith(".yaml"))).hasSize(10);
    }
  }

  /**
   * The referral form lists exactly the catalogue's referable agreements: every option is a LOCAL,
   * ACTIVE agreement of the catalogue under its own name, and every LOCAL agreement of the
   * catalogue is an option. A FRAMEWORK is never one (its locals are).
   */
  @Test
  void theReferralFormOffersExactlyTheLocalActiveAgreementsWithTheirNames() throws Exception {
    JsonNode form;
    try (InputStream in = getClass().getResourceAsStream("/placetrain/forms/form-referral.form")) {
      form = new ObjectMapper().readTree(in);
    }
    List<JsonNode> options = new ArrayList<>();
    form.get("components").forEach(c -> {
      if ("agreementId".equals(c.path("key").asText())) {
        c.get("values").forEach(options::add);
      }
    });
    assertThat(options).isNotEmpty();
    List<String> optionIds = new ArrayList<>();
    for (JsonNode option : options) {
      String id = option.get("value").asText();
      optionIds.add(id);
      Agreement agreement = agreement(id);
      assertThat(agreement.kind()).as("kind of the option %s", id).isEqualTo(AgreementKind.LOCAL);
      assertThat(agreement.status()).as("status of the option %s", id)
          .isEqualTo(AgreementStatus.ACTIVE);
      assertThat(option.get("label").asText()).as("label of the option %s", id)
          .isEqualTo(agreement.name());
    }
    assertThat(optionIds).doesNotHaveDuplicates();
    List<String> locals = catalogue.agreements().stream()
        .filter(a -> a.kind() == AgreementKind.LOCAL).map(Agreement::id).toList();
    assertThat(optionIds).as("every LOCAL agreement of the catalogue is an option")
        .containsExactlyInAnyOrderElementsOf(locals)
        .contains("iss-alna", "iss-stovner")
        .doesNotContain("iss-oslo-region");
  }

  /**
   * The referral form's office options are exactly the NAV offices of the referable agreements,
   * under their names: a caseworker of any of them can refer, and no other office is offered.
   */
  @Test
  void theReferralFormOffersExactlyTheOfficesOfTheReferableAgreements() throws Exception {
    JsonNode form;
    try (InputStream in = getClass().getResourceAsStream("/placetrain/forms/form-referral.form")) {
      form = new ObjectMapper().readTree(in);
    }
    java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
    form.get("components").forEach(c -> {
      if ("navOfficeId".equals(c.path("key").asText())) {
        c.get("values").forEach(v -> options.put(v.get("value").asText(), v.get("label").asText()));
      }
    });
    java.util.Map<String, String> offices = new java.util.TreeMap<>();
    catalogue.agreements().stream()
        .filter(a -> a.kind() == AgreementKind.LOCAL && a.status() == AgreementStatus.ACTIVE)
        .flatMap(a -> a.offices().stream())
        .forEach(o -> offices.put(o.id(), o.name()));

    assertThat(options).containsExactlyInAnyOrderEntriesOf(offices);
    assertThat(options).containsKeys("nav-alna", "nav-bjerke");
  }

  @Test
  void kiwi() {
    Agreement kiwi = agreement("kiwi-nav-drammen");
    assertThat(kiwi.practiceTerms().minMonths()).isEqualTo(3);
    assertThat(kiwi.practiceTerms().maxMonths()).isEqualTo(6);
    assertThat(kiwi.brokerInvolved()).isFalse();
    assertThat(kiwi.jobGuarantee()).isFalse();
    assertThat(kiwi.responsibilities().get("nav")).contains("NAV følger opp personlige forhold");
    assertThat(kiwi.responsibilities().get("employer")).contains("fast ansettelse");
    assertThat(kinds(kiwi)).contains(RESOLVE_PERSONAL_MATTERS, DECIDE_END_OF_PRACTICE);
  }

  @Test
  void alerisStella() {
    Agreement aleris = agreement("aleris-stella");
    assertThat(aleris.brokerName()).contains("Stella Røde Kors kvinnesenter");
    assertThat(aleris.practiceTerms().minMonths()).isEqualTo(9);
    assertThat(aleris.practiceTerms().maxMonths()).isEqualTo(9);
    assertThat(aleris.terms().requirements()).contains("Norsk nivå B2");
    assertThat(aleris.responsibilities().get("broker")).contains("godkjenningen av utenlandsk utdanning");
    assertThat(aleris.responsibilities().get("broker")).contains("Følger opp traineen");
    // the KAM holds the checkpoints (Task_HoldCheckpoint is offered to kam and the mentor only)
    assertThat(aleris.ownCommitment(HOLD_CHECKPOINT).orElseThrow().obligor())
        .isEqualTo(ObligorRole.KAM);
    assertThat(aleris.ownCommitment(DECIDE_END_OF_PRACTICE).orElseThrow().deadline())
        .isEqualTo(Period.ofMonths(1));
  }

  @Test
  void nordicChoice() {
    Agreement hotel = agreement("nordic-choice-grunerlokka");
    assertThat(hotel.selectionMode()).isEqualTo(SelectionMode.SPEED_INTERVIEW);
    assertThat(hotel.terms().capacityPerRound()).isEqualTo(6);
    assertThat(hotel.practiceTerms().maxMonths()).isEqualTo(3);
    assertThat(hotel.terms().offerRateTarget()).isEqualTo(70);
    assertThat(hotel.responsibilities()).containsKeys("kam", "mentor");
    assertThat(hotel.employer().sites()).contains("Quality Hotel 33");
    assertThat(hotel.ownCommitment(SCREEN_REFERRAL)).contains(
        CommitmentTemplate.ofWorkingDays(SCREEN_REFERRAL, 5));
  }

  @Test
  void olavThon() {
    assertThat(agreement("olav-thon-alna-bjerke").offices())
        .extracting(o -> o.id()).containsExactly("nav-alna", "nav-bjerke");
  }

  @Test
  void telenor() {
    Agreement telenor = agreement("telenor-nav-intro");
    assertThat(telenor.offices()).extracting(o -> o.name()).containsExactly("NAV Intro Oslo");
    assertThat(telenor.responsibilities().get("nav")).contains("tilpasset selskapet");
    assertThat(telenor.terms().requirements()).contains("Høyere utdanning");
  }

  @Test
  void issFrameworkAndLocalsThatTighten() {
    Agreement framework = agreement("iss-oslo-region");
    assertThat(framework.kind()).isEqualTo(AgreementKind.FRAMEWORK);
    assertThat(framework.offices()).hasSizeGreaterThanOrEqualTo(12);
    for (String id : List.of("iss-alna", "iss-stovner")) {
      Agreement local = agreement(id);
      assertThat(local.parentId()).isEqualTo("iss-oslo-region");
      assertThat(local.effectiveCommitments(framework)).as(id)
          .hasSize(framework.commitments().size())
          .isNotEqualTo(framework.commitments())
          .allMatch(c -> c.atLeastAsStrictAs(framework.ownCommitment(c.kind()).orElseThrow()));
    }
  }

  @Test
  void posten() {
    Agreement posten = agreement("posten-mentoring");
    assertThat(posten.terms().requirements()).contains("Høyere utdanning");
    assertThat(posten.responsibilities().get("employer")).contains("Mentorprogram");
    assertThat(posten.practiceTerms().maxMonths()).isEqualTo(9);
  }

  @Test
  void fretex() {
    Agreement fretex = agreement("fretex-job-guarantee");
    assertThat(fretex.brokerName()).contains("Fretex");
    assertThat(fretex.terms().jobGuaranteePeriod()).isEqualTo(Period.ofMonths(6));
    assertThat(fretex.ownCommitment(DELIVER_GUARANTEE_OFFER).orElseThrow().deadline())
        .isEqualTo(Period.ofMonths(6));
    assertThat(fretex.responsibilities().get("broker")).contains("følger opp jobbsøkeren");
    assertThat(fretex.ownCommitment(HOLD_CHECKPOINT).orElseThrow().obligor())
        .isEqualTo(ObligorRole.KAM);
  }

  @Test
  void noProgrammeMakesTheBrokerOweACheckpointItCannotHold() {
    // Task_HoldCheckpoint is offered to kam and the mentor: nobody else can hold a checkpoint
    for (Agreement agreement : catalogue.agreements()) {
      agreement.ownCommitment(HOLD_CHECKPOINT).ifPresent(checkpoint ->
          assertThat(checkpoint.obligor()).as(agreement.id()).isEqualTo(ObligorRole.KAM));
    }
  }

  private static List<CommitmentKind> kinds(Agreement agreement) {
    return agreement.commitments().stream().map(CommitmentTemplate::kind).toList();
  }
}
