package no.placetrain.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.placetrain.testsupport.Agreements;
import org.junit.jupiter.api.Test;

/** Keys of employers and brokers, and the groups of an agreement's parties (docs/access.md). */
class PartyGroupsTest {

  private static Employer employer(String name) {
    return new Employer(name, null, List.of());
  }

  @Test
  void theKeyIsTheNameInLowerCaseWithRunsOfOtherCharactersAsOneHyphen() {
    assertThat(employer("Nordic Choice Hotels").key()).isEqualTo("nordic-choice-hotels");
    assertThat(employer("KIWI").key()).isEqualTo("kiwi");
    assertThat(employer("Olav Thon Gruppen").key()).isEqualTo("olav-thon-gruppen");
    assertThat(employer("  Rema 1000 (Drammen) / AS ").key()).isEqualTo("rema-1000-drammen-as");
    assertThat(employer("Café & Co.").key()).as("other accented letters lose their accent")
        .isEqualTo("cafe-co");
  }

  @Test
  void aeOAndAAreSpelledOut() {
    assertThat(new Broker("Stella Røde Kors kvinnesenter").key())
        .isEqualTo("stella-rode-kors-kvinnesenter");
    assertThat(employer("Bærum Sykehus").key()).isEqualTo("baerum-sykehus");
    assertThat(employer("ÆØÅ Åsane").key()).isEqualTo("aeoa-asane");
    assertThat(employer("Grünerløkka Bakeri").key()).isEqualTo("grunerlokka-bakeri");
    assertThat(employer("中文 AS").key()).as("letters without a Latin spelling are left out")
        .isEqualTo("as");
  }

  @Test
  void theKeyIsAtMostFortyCharactersAndNeverEndsWithAHyphen() {
    String key = employer("Landsforeningen for hjerte- og lungesyke avdeling Oslo").key();
    assertThat(key).isEqualTo("landsforeningen-for-hjerte-og-lungesyke");
    assertThat(key.length()).isLessThanOrEqualTo(PartyKey.MAX_LENGTH);
    // cut at 40 right after a word: the hyphen that followed is trimmed
    assertThat(PartyKey.of("a".repeat(39) + " bcd")).isEqualTo("a".repeat(39));
    assertThat(PartyKey.of("x".repeat(50))).hasSize(40);
  }

  @Test
  void aNameWithoutALetterOrDigitIsRefused() {
    assertThatThrownBy(() -> employer("— & —"))
        .isInstanceOf(InvalidAgreementException.class)
        .hasMessageStartingWith("name: must contain a letter or a digit");
    assertThatThrownBy(() -> new Broker("***"))
        .isInstanceOf(InvalidAgreementException.class);
  }

  @Test
  void anOfficeIdLeavesRoomForItsGroupsInTheEnginesSixtyFourCharacters() {
    String longest = "nav-" + "x".repeat(49);
    assertThat(PartyGroups.caseworkersOf(new NavOffice(longest, "NAV X").id()))
        .hasSize(PartyGroups.MAX_ID_LENGTH);
    assertThatThrownBy(() -> new NavOffice(longest + "x", "NAV X"))
        .isInstanceOf(InvalidAgreementException.class).hasMessageStartingWith("id: must match");
  }

  @Test
  void theGroupsOfAParticipationAreItsOfficesAndItsAgreementsParties() {
    PartyGroups hotel = PartyGroups.of(Agreements.hotel(), "nav-grunerlokka");
    assertThat(hotel).isEqualTo(new PartyGroups("nav-grunerlokka-caseworker",
        "nav-grunerlokka-kam", "nav-grunerlokka-lead", "employer-nordic-choice-hotels",
        "employer-nordic-choice-hotels-mentor", ""));
    assertThat(hotel.hasBroker()).isFalse();

    PartyGroups fretex = PartyGroups.of(Agreements.fretex(), "nav-alna");
    assertThat(fretex.brokerGroup()).isEqualTo("broker-fretex");
    assertThat(fretex.ofObligor(ObligorRole.BROKER)).isEqualTo("broker-fretex");
    assertThat(fretex.ofObligor(ObligorRole.NAV_OFFICE)).isEqualTo("nav-alna-caseworker");
    assertThat(fretex.ofObligor(ObligorRole.KAM)).isEqualTo("nav-alna-kam");
    assertThat(fretex.ofObligor(ObligorRole.EMPLOYER)).isEqualTo("employer-fretex");
    assertThat(fretex.ofObligor(ObligorRole.MENTOR)).isEqualTo("employer-fretex-mentor");

    assertThat(PartyGroups.of(Agreements.issFramework(), "nav-bjerke").caseworkerGroup())
        .isEqualTo("nav-bjerke-caseworker");
  }

  @Test
  void everyPartyOfAnAgreementHasGroupsWithNorwegianNames() {
    assertThat(PartyGroups.groupsOf(Agreements.fretex())).containsExactly(
        new WorkflowGroup("nav-alna-caseworker", "NAV-veiledere, NAV Alna"),
        new WorkflowGroup("nav-alna-kam", "Markedskontakter (KAM), NAV Alna"),
        new WorkflowGroup("nav-alna-lead", "Ledere, NAV Alna"),
        new WorkflowGroup("employer-fretex", "Kontaktpersoner, Fretex"),
        new WorkflowGroup("employer-fretex-mentor", "Faddere, Fretex"),
        new WorkflowGroup("broker-fretex", "Formidler, Fretex"));
  }

  @Test
  void theGroupsOfSeveralAgreementsHoldEachIdOnceAfterTheStandingGroups() {
    List<WorkflowGroup> groups = PartyGroups.groupsOf(List.of(Agreements.issFramework(),
        Agreements.issLocal("iss-alna", List.of()), Agreements.fretex()));

    assertThat(groups).extracting(WorkflowGroup::id).startsWith(
        "nav-regional-coordinator", "process-owner").doesNotHaveDuplicates()
        .contains("nav-alna-caseworker", "nav-stovner-kam", "nav-bjerke-lead", "employer-iss",
            "employer-iss-mentor", "employer-fretex", "broker-fretex");
    assertThat(groups).hasSize(2 + 3 * 3 + 2 + 2 + 1);
    assertThat(groups.get(0).name()).isEqualTo("Regional koordinator (rammeavtaler)");
    assertThat(groups.get(1).name()).isEqualTo("Prosesseiere");
  }
}
