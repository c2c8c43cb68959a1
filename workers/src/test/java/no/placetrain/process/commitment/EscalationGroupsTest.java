package no.placetrain.process.commitment;

import static no.placetrain.domain.agreement.EscalationRole.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.placetrain.domain.agreement.ObligorRole;
import no.placetrain.domain.agreement.PartyGroups;
import no.placetrain.testsupport.Agreements;
import org.junit.jupiter.api.Test;

/** The group of each level comes from the participation's own parties (docs/access.md). */
class EscalationGroupsTest {

  /** Fretex (with a broker) referred by NAV Alna. */
  private static final PartyGroups FRETEX_ALNA = PartyGroups.of(Agreements.fretex(), "nav-alna");
  /** ISS (no broker) referred by NAV Bjerke. */
  private static final PartyGroups ISS_BJERKE =
      PartyGroups.of(Agreements.issFramework(), "nav-bjerke");

  @Test
  void theObligorLevelGoesToTheObligorPartysOwnGroup() {
    assertThat(EscalationGroups.of(OBLIGOR, ObligorRole.NAV_OFFICE, FRETEX_ALNA))
        .isEqualTo("nav-alna-caseworker");
    assertThat(EscalationGroups.of(OBLIGOR, ObligorRole.KAM, FRETEX_ALNA)).isEqualTo("nav-alna-kam");
    assertThat(EscalationGroups.of(OBLIGOR, ObligorRole.EMPLOYER, FRETEX_ALNA))
        .isEqualTo("employer-fretex");
    assertThat(EscalationGroups.of(OBLIGOR, ObligorRole.MENTOR, FRETEX_ALNA))
        .isEqualTo("employer-fretex-mentor");
    assertThat(EscalationGroups.of(OBLIGOR, ObligorRole.BROKER, FRETEX_ALNA))
        .isEqualTo("broker-fretex");
    assertThat(EscalationGroups.of(OBLIGOR, ObligorRole.NAV_OFFICE, ISS_BJERKE))
        .isEqualTo("nav-bjerke-caseworker");
  }

  @Test
  void theCounterpartOfNavIsTheEmployerAndOfEveryoneElseTheOfficesCaseworkers() {
    assertThat(EscalationGroups.of(COUNTERPART, ObligorRole.NAV_OFFICE, ISS_BJERKE))
        .isEqualTo("employer-iss");
    assertThat(EscalationGroups.of(COUNTERPART, ObligorRole.KAM, ISS_BJERKE))
        .isEqualTo("employer-iss");
    assertThat(EscalationGroups.of(COUNTERPART, ObligorRole.EMPLOYER, ISS_BJERKE))
        .isEqualTo("nav-bjerke-caseworker");
    assertThat(EscalationGroups.of(COUNTERPART, ObligorRole.MENTOR, FRETEX_ALNA))
        .isEqualTo("nav-alna-caseworker");
    assertThat(EscalationGroups.of(COUNTERPART, ObligorRole.BROKER, FRETEX_ALNA))
        .isEqualTo("nav-alna-caseworker");
  }

  @Test
  void theUpperLevelsAreTheOfficesKamAndLeadThenTheRegionalCoordinator() {
    for (ObligorRole obligor : new ObligorRole[] {ObligorRole.NAV_OFFICE, ObligorRole.EMPLOYER}) {
      assertThat(EscalationGroups.of(KAM, obligor, ISS_BJERKE)).isEqualTo("nav-bjerke-kam");
      assertThat(EscalationGroups.of(OFFICE_LEAD, obligor, ISS_BJERKE))
          .isEqualTo("nav-bjerke-lead");
      assertThat(EscalationGroups.of(FRAMEWORK_OWNER, obligor, ISS_BJERKE))
          .isEqualTo("nav-regional-coordinator");
    }
  }

  @Test
  void aBrokerCommitmentWithoutABrokerHasNoGroup() {
    assertThatThrownBy(() -> EscalationGroups.of(OBLIGOR, ObligorRole.BROKER, ISS_BJERKE))
        .isInstanceOf(IllegalStateException.class);
  }
}
