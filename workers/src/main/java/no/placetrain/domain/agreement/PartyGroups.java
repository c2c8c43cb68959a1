package no.placetrain.domain.agreement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate groups of the parties of one participation (docs/access.md, "Candidate groups
 * come from the agreement"): the referring NAV office's caseworkers, key account managers and
 * lead, the employer's contacts and mentors and the broker's staff. {@code registerReferralWorker}
 * writes them on the process instance (the models' {@code ${caseworkerGroup}}, …), and the
 * escalation ladder reads them ({@code climbLadderWorker}).
 *
 * <p>Also the naming rule of every group of an agreement's parties, and the two groups that belong
 * to no agreement ({@value #REGIONAL_COORDINATOR}, {@value #PROCESS_OWNER}):
 *
 * <table>
 *   <caption>group ids</caption>
 *   <tr><td>a NAV office {@code <office>}</td><td>{@code <office>-caseworker},
 *       {@code <office>-kam}, {@code <office>-lead}</td></tr>
 *   <tr><td>an employer</td><td>{@code employer-<key>}, {@code employer-<key>-mentor}
 *       ({@link Employer#key()})</td></tr>
 *   <tr><td>a broker</td><td>{@code broker-<key>} ({@link Broker#key()})</td></tr>
 * </table>
 *
 * @param caseworkerGroup {@code <office>-caseworker}
 * @param kamGroup {@code <office>-kam}
 * @param officeLeadGroup {@code <office>-lead}
 * @param employerGroup {@code employer-<employer>}
 * @param mentorGroup {@code employer-<employer>-mentor}
 * @param brokerGroup {@code broker-<broker>}, empty without a broker
 */
public record PartyGroups(String caseworkerGroup, String kamGroup, String officeLeadGroup,
    String employerGroup, String mentorGroup, String brokerGroup) {

  /** The region's coordinator: escalation level FRAMEWORK_OWNER; reads every participation. */
  public static final String REGIONAL_COORDINATOR = "nav-regional-coordinator";
  /** Process owners: deploy models. */
  public static final String PROCESS_OWNER = "process-owner";
  /** Longest group id (the engine's column). */
  public static final int MAX_ID_LENGTH = 64;

  /** The groups that belong to no agreement, with their names. */
  public static final List<WorkflowGroup> STANDING = List.of(
      new WorkflowGroup(REGIONAL_COORDINATOR, "Regional koordinator (rammeavtaler)"),
      new WorkflowGroup(PROCESS_OWNER, "Prosesseiere"));

  /** The groups of a participation referred by {@code officeId} to {@code agreement}. */
  public static PartyGroups of(Agreement agreement, String officeId) {
    if (officeId == null || officeId.isBlank()) {
      throw new IllegalArgumentException("the referring office is required");
    }
    return new PartyGroups(caseworkersOf(officeId), kamsOf(officeId), leadsOf(officeId),
        employerOf(agreement.employer()), mentorsOf(agreement.employer()),
        agreement.broker() == null ? "" : brokerOf(agreement.broker()));
  }

  /** {@code <office>-caseworker}: refer, screen, draft, follow up personal matters. */
  public static String caseworkersOf(String officeId) {
    return officeId + "-caseworker";
  }

  /** {@code <office>-kam}: approve the practice agreement, hold checkpoints. */
  public static String kamsOf(String officeId) {
    return officeId + "-kam";
  }

  /** {@code <office>-lead}: escalation level OFFICE_LEAD. */
  public static String leadsOf(String officeId) {
    return officeId + "-lead";
  }

  /** {@code employer-<key>}: the employer's contacts. */
  public static String employerOf(Employer employer) {
    return "employer-" + employer.key();
  }

  /** {@code employer-<key>-mentor}: the employer's mentors. */
  public static String mentorsOf(Employer employer) {
    return employerOf(employer) + "-mentor";
  }

  /** {@code broker-<key>}: the broker's staff. */
  public static String brokerOf(Broker broker) {
    return "broker-" + broker.key();
  }

  /** Whether the agreement has a broker (and {@link #brokerGroup()} is not empty). */
  public boolean hasBroker() {
    return brokerGroup != null && !brokerGroup.isEmpty();
  }

  /**
   * The group of the party that owes a commitment of {@code obligor}.
   *
   * @throws IllegalStateException for BROKER when the agreement has no broker
   */
  public String ofObligor(ObligorRole obligor) {
    return switch (obligor) {
      case NAV_OFFICE -> caseworkerGroup;
      case KAM -> kamGroup;
      case EMPLOYER -> employerGroup;
      case MENTOR -> mentorGroup;
      case BROKER -> {
        if (!hasBroker()) {
          throw new IllegalStateException("a BROKER commitment needs an agreement with a broker");
        }
        yield brokerGroup;
      }
    };
  }

  /**
   * Every group of every party of {@code agreement}, with its Norwegian name: per NAV office its
   * caseworkers, key account managers and leads; the employer's contacts and mentors; the
   * broker's staff.
   */
  public static List<WorkflowGroup> groupsOf(Agreement agreement) {
    List<WorkflowGroup> groups = new ArrayList<>();
    for (NavOffice office : agreement.offices()) {
      groups.add(new WorkflowGroup(caseworkersOf(office.id()), "NAV-veiledere, " + office.name()));
      groups.add(new WorkflowGroup(kamsOf(office.id()),
          "Markedskontakter (KAM), " + office.name()));
      groups.add(new WorkflowGroup(leadsOf(office.id()), "Ledere, " + office.name()));
    }
    Employer employer = agreement.employer();
    groups.add(new WorkflowGroup(employerOf(employer), "Kontaktpersoner, " + employer.name()));
    groups.add(new WorkflowGroup(mentorsOf(employer), "Faddere, " + employer.name()));
    if (agreement.broker() != null) {
      groups.add(new WorkflowGroup(brokerOf(agreement.broker()),
          "Formidler, " + agreement.broker().name()));
    }
    return groups;
  }

  /**
   * The groups of every party of every agreement and the {@link #STANDING} ones, each id once
   * (the first name given wins), in order: the standing groups, then the agreements' in their order.
   */
  public static List<WorkflowGroup> groupsOf(Collection<Agreement> agreements) {
    Map<String, WorkflowGroup> byId = new LinkedHashMap<>();
    STANDING.forEach(g -> byId.putIfAbsent(g.id(), g));
    agreements.forEach(a -> groupsOf(a).forEach(g -> byId.putIfAbsent(g.id(), g)));
    return List.copyOf(byId.values());
  }
}
