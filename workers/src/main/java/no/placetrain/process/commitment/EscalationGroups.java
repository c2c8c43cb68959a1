package no.placetrain.process.commitment;

import no.placetrain.domain.agreement.EscalationRole;
import no.placetrain.domain.agreement.ObligorRole;
import no.placetrain.domain.agreement.PartyGroups;

/**
 * The candidate group of an escalation level (docs/agreements.md, "Group of a role"), from the
 * groups of the participation's parties (its referring office and its agreement): the obligor's
 * own group at OBLIGOR; at COUNTERPART the employer for a NAV obligor (NAV office, KAM) and the
 * office's caseworkers for everyone else; then the office's key account managers, the office's
 * lead and the regional coordinator ({@value PartyGroups#REGIONAL_COORDINATOR}).
 */
public final class EscalationGroups {

  private EscalationGroups() {}

  /**
   * The group that gets the follow-up task when a commitment of {@code obligor} reaches
   * {@code role}, in the participation whose parties have {@code parties}.
   */
  public static String of(EscalationRole role, ObligorRole obligor, PartyGroups parties) {
    return switch (role) {
      case OBLIGOR -> parties.ofObligor(obligor);
      case COUNTERPART -> EscalationRole.navSide(obligor)
          ? parties.employerGroup() : parties.caseworkerGroup();
      case KAM -> parties.kamGroup();
      case OFFICE_LEAD -> parties.officeLeadGroup();
      case FRAMEWORK_OWNER -> PartyGroups.REGIONAL_COORDINATOR;
    };
  }
}
