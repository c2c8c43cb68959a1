package no.placetrain.access;

import java.util.List;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.PartyGroups;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who may do what with a participation outside the engine's own checks (docs/access.md,
 * "Authorization: who sees what"), decided from the caller's engine authentication (user and
 * groups). No authentication (host code, the job executor) is trusted: it may do everything.
 */
public final class PartyRules {

  private PartyRules() {}

  /** A member of {@code camunda-admin}. */
  public static boolean isAdministrator(Authentication caller) {
    return caller != null && groupsOf(caller).contains(Groups.CAMUNDA_ADMIN);
  }

  /**
   * Whether {@code caller} may refer a candidate on behalf of the NAV office {@code officeId}: a
   * member of its caseworker group ({@code <office>-caseworker}) or an administrator.
   */
  public static boolean mayRefer(Authentication caller, String officeId) {
    return caller == null || isAdministrator(caller)
        || groupsOf(caller).contains(PartyGroups.caseworkersOf(officeId));
  }

  /**
   * Whether {@code caller} reads every participation: an administrator or the regional
   * coordinator ({@value PartyGroups#REGIONAL_COORDINATOR}).
   */
  public static boolean mayReadEvery(Authentication caller) {
    return caller == null || isAdministrator(caller)
        || groupsOf(caller).contains(PartyGroups.REGIONAL_COORDINATOR);
  }

  /**
   * Whether {@code caller} may create a LOCAL agreement under a framework: the regional
   * coordinator (who owns the framework agreements) or an administrator.
   */
  public static boolean mayCreateAgreements(Authentication caller) {
    return mayReadEvery(caller);
  }

  /**
   * Whether {@code caller} may read {@code participation}: one who reads every participation, or a
   * member of its referring office's caseworker, KAM or lead group.
   */
  public static boolean mayRead(Authentication caller, Participation participation) {
    if (mayReadEvery(caller)) {
      return true;
    }
    String office = participation.officeId();
    List<String> groups = groupsOf(caller);
    return office != null && (groups.contains(PartyGroups.caseworkersOf(office))
        || groups.contains(PartyGroups.kamsOf(office))
        || groups.contains(PartyGroups.leadsOf(office)));
  }

  private static List<String> groupsOf(Authentication caller) {
    return caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
  }
}
