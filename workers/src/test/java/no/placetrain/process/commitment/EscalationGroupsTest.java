package no.placetrain.process.commitment;

import static no.placetrain.domain.agreement.EscalationRole.*;
import static org.assertj.core.api.Assertions.assertThat;

import no.placetrain.domain.agreement.ObligorRole;
import org.junit.jupiter.api.Test;

class EscalationGroupsTest {

  @Test
  void theObligorLevelGoesToTheObligorsOwnGroup() {
    assertThat(EscalationGroups.of(OBLIGOR, ObligorRole.NAV_OFFICE)).isEqualTo("nav-caseworker");
    assertThat(EscalationGroups.of(OBLIGOR, ObligorRole.KAM)).isEqualTo("kam");
    assertThat(EscalationGroups.of(OBLIGOR, ObligorRole.EMPLOYER)).isEqualTo("employer-contact");
    assertThat(EscalationGroups.of(OBLIGOR, ObligorRole.MENTOR)).isEqualTo("mentor");
    assertThat(EscalationGroups.of(OBLIGOR, ObligorRole.BROKER)).isEqualTo("broker-staff");
  }

  @Test
  void theCounterpartOfNavIsTheEmployerAndOfEveryoneElseNav() {
    assertThat(EscalationGroups.of(COUNTERPART, ObligorRole.NAV_OFFICE))
        .isEqualTo("employer-contact");
    assertThat(EscalationGroups.of(COUNTERPART, ObligorRole.KAM)).isEqualTo("employer-contact");
    assertThat(EscalationGroups.of(COUNTERPART, ObligorRole.EMPLOYER))
        .isEqualTo("nav-caseworker");
    assertThat(EscalationGroups.of(COUNTERPART, ObligorRole.MENTOR)).isEqualTo("nav-caseworker");
    assertThat(EscalationGroups.of(COUNTERPART, ObligorRole.BROKER)).isEqualTo("nav-caseworker");
  }

  @Test
  void theUpperLevelsHaveTheirOwnGroupsWhoeverOwes() {
    for (ObligorRole obligor : ObligorRole.values()) {
      assertThat(EscalationGroups.of(KAM, obligor)).isEqualTo("kam");
      assertThat(EscalationGroups.of(OFFICE_LEAD, obligor)).isEqualTo("nav-office-lead");
      assertThat(EscalationGroups.of(FRAMEWORK_OWNER, obligor)).isEqualTo("framework-owner");
    }
  }
}
