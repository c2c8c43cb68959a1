package no.placetrain.process;

import no.placetrain.domain.agreement.PartyGroups;

/**
 * The groups that belong to no agreement (docs/access.md, "Groups"). The candidate groups of the
 * models are the parties' own, derived from each participation's agreement and referring office:
 * see {@link PartyGroups}.
 */
public final class Groups {

  /** The region's coordinator: escalation level FRAMEWORK_OWNER. */
  public static final String REGIONAL_COORDINATOR = PartyGroups.REGIONAL_COORDINATOR;
  /** Edits and deploys models. */
  public static final String PROCESS_OWNER = PartyGroups.PROCESS_OWNER;
  /** Administrators. */
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  private Groups() {}
}
