package no.placetrain.process.commitment;

import no.placetrain.domain.agreement.EscalationRole;
import no.placetrain.domain.agreement.ObligorRole;
import no.placetrain.process.Groups;

/**
 * The candidate group of an escalation level (docs/agreements.md, "Group of a role"): the
 * obligor's own group at OBLIGOR; at COUNTERPART the employer for a NAV obligor (NAV office, KAM)
 * and NAV's caseworkers for everyone else; then the key account managers, the NAV office leads
 * and the framework owners.
 */
public final class EscalationGroups {

  private EscalationGroups() {}

  /** The group that gets the follow-up task when a commitment of {@code obligor} reaches {@code role}. */
  public static String of(EscalationRole role, ObligorRole obligor) {
    return switch (role) {
      case OBLIGOR -> ofObligor(obligor);
      case COUNTERPART ->
          EscalationRole.navSide(obligor) ? Groups.EMPLOYER_CONTACT : Groups.NAV_CASEWORKER;
      case KAM -> Groups.KAM;
      case OFFICE_LEAD -> Groups.NAV_OFFICE_LEAD;
      case FRAMEWORK_OWNER -> Groups.FRAMEWORK_OWNER;
    };
  }

  /** The group of the obligor role itself. */
  public static String ofObligor(ObligorRole obligor) {
    return switch (obligor) {
      case NAV_OFFICE -> Groups.NAV_CASEWORKER;
      case KAM -> Groups.KAM;
      case EMPLOYER -> Groups.EMPLOYER_CONTACT;
      case MENTOR -> Groups.MENTOR;
      case BROKER -> Groups.BROKER_STAFF;
    };
  }
}
