package no.placetrain.domain.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.PracticeTerms;
import no.placetrain.domain.SelectionMode;

/**
 * A place-and-train agreement (programme): parties, terms and the commitments each party makes.
 * Validated on construction; every finding names its field path in the terms of the agreement
 * document (see {@link InvalidAgreementException}).
 *
 * @param id stable id, {@value #ID_PATTERN}, e.g. {@code kiwi-nav-drammen}
 * @param kind LOCAL or FRAMEWORK
 * @param parentId the framework's id, only for a LOCAL under a FRAMEWORK, else {@code null}
 * @param name label shown to the parties
 * @param status life-cycle state
 * @param statusReason why it was cancelled or ended (required when CANCELLED), else {@code null}
 * @param offices the NAV offices that are party (at least one)
 * @param employer the employer
 * @param broker the broker, or {@code null}
 * @param terms the programme terms
 * @param commitments the agreement's own declared commitments (one per kind); see
 *     {@link #effectiveCommitments(Agreement)} for the inherited ones
 * @param responsibilities free text per party ({@value #PARTY_KEYS}) describing the agreement,
 *     never a person; insertion order kept
 */
public record Agreement(
    String id,
    AgreementKind kind,
    String parentId,
    String name,
    AgreementStatus status,
    String statusReason,
    List<NavOffice> offices,
    Employer employer,
    Broker broker,
    ProgrammeTerms terms,
    List<CommitmentTemplate> commitments,
    Map<String, String> responsibilities) {

  /** The pattern agreement ids follow. */
  public static final String ID_PATTERN = "^[a-z0-9-]{3,60}$";
  /** Longest name of an agreement, office, employer, site or broker. */
  public static final int MAX_NAME = 200;
  /** Longest status reason. */
  public static final int MAX_STATUS_REASON = 500;
  /** Longest responsibility text. */
  public static final int MAX_RESPONSIBILITY = 1000;
  /** The party keys of {@link #responsibilities}. */
  public static final String PARTY_KEYS = "nav, kam, employer, mentor, broker";

  private static final Pattern ID = Pattern.compile(ID_PATTERN);
  private static final Set<String> PARTIES = Set.of("nav", "kam", "employer", "mentor", "broker");

  /** @throws InvalidAgreementException for the first broken rule */
  public Agreement {
    Rules.require(id != null && ID.matcher(id).matches(), "id", "must match " + ID_PATTERN);
    Rules.require(kind != null, "kind", "is required (LOCAL or FRAMEWORK)");
    parentId = parentId == null || parentId.isBlank() ? null : parentId.strip();
    Rules.require(parentId == null || kind == AgreementKind.LOCAL, "parent",
        "a FRAMEWORK agreement has no parent");
    Rules.require(parentId == null || ID.matcher(parentId).matches(), "parent",
        "must match " + ID_PATTERN);
    Rules.require(parentId == null || !parentId.equals(id), "parent",
        "must not name the agreement itself");
    name = Rules.text(name, "name", MAX_NAME);
    Rules.require(status != null, "status", "is required (DRAFT, ACTIVE, ENDED or CANCELLED)");
    statusReason = Rules.optionalText(statusReason, "status-reason", MAX_STATUS_REASON);
    Rules.require(status != AgreementStatus.CANCELLED || statusReason != null, "status-reason",
        "is required when the status is CANCELLED");
    offices = offices(offices);
    Rules.require(employer != null, "employer", "is required");
    Rules.require(terms != null, "terms", "is required");
    Rules.require(!terms.jobGuarantee() || broker != null, "terms.job-guarantee.period",
        "requires a broker (the broker gives the job guarantee)");
    commitments = commitments(commitments, broker, terms);
    responsibilities = responsibilities(responsibilities);
  }

  private static List<NavOffice> offices(List<NavOffice> offices) {
    Rules.require(offices != null && !offices.isEmpty(), "offices",
        "must list at least one NAV office");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < offices.size(); i++) {
      Rules.require(offices.get(i) != null, "offices[" + i + "]", "is required");
      Rules.require(seen.add(offices.get(i).id()), "offices[" + i + "].id", "is listed twice");
    }
    return List.copyOf(offices);
  }

  private static List<CommitmentTemplate> commitments(
      List<CommitmentTemplate> commitments, Broker broker, ProgrammeTerms terms) {
    if (commitments == null) {
      return List.of();
    }
    Set<CommitmentKind> seen = new HashSet<>();
    for (int i = 0; i < commitments.size(); i++) {
      CommitmentTemplate c = commitments.get(i);
      Rules.require(c != null, "commitments[" + i + "]", "is required");
      String path = "commitments[" + c.kind() + "]";
      Rules.require(seen.add(c.kind()), path, "is declared twice");
      Rules.require(c.obligor() != ObligorRole.BROKER || broker != null, path + ".obligor",
          "BROKER requires a broker");
      if (c.kind() == CommitmentKind.DELIVER_GUARANTEE_OFFER) {
        Rules.require(terms.jobGuarantee(), path, "requires a job guarantee (terms.job-guarantee)");
        Rules.require(c.comparableDays()
                <= CommitmentTemplate.of(c.kind(), terms.jobGuaranteePeriod()).comparableDays(),
            path + ".deadline",
            "must not be longer than the job guarantee (" + terms.jobGuaranteePeriod() + ")");
      }
    }
    return List.copyOf(commitments);
  }

  private static Map<String, String> responsibilities(Map<String, String> given) {
    Map<String, String> copy = new LinkedHashMap<>();
    if (given != null) {
      given.forEach((party, text) -> {
        Rules.require(PARTIES.contains(party), "responsibilities." + party,
            "is not a party (" + PARTY_KEYS + ")");
        copy.put(party, Rules.text(text, "responsibilities." + party, MAX_RESPONSIBILITY));
      });
    }
    return Collections.unmodifiableMap(copy);
  }

  /** Whether this is a LOCAL agreement under a FRAMEWORK. */
  public boolean hasParent() {
    return parentId != null;
  }

  /**
   * Whether its status lets new participations be registered (the agreement is ACTIVE). A
   * FRAMEWORK takes none whatever its status: see {@link #requireReferable(String)}.
   */
  public boolean acceptsReferrals() {
    return status == AgreementStatus.ACTIVE;
  }

  /** Whether this is a FRAMEWORK agreement: it frames LOCAL agreements and has no participants. */
  public boolean isFramework() {
    return kind == AgreementKind.FRAMEWORK;
  }

  /**
   * Refuses a referral to this agreement unless it is a LOCAL agreement that is ACTIVE:
   * participants belong to local agreements, never to a framework.
   *
   * @param field the field that named the agreement ({@code agreementId})
   * @throws FrameworkReferralException when this is a FRAMEWORK (whatever its status)
   * @throws InactiveAgreementException when it is not ACTIVE
   */
  public void requireReferable(String field) {
    if (isFramework()) {
      throw new FrameworkReferralException(field);
    }
    if (!acceptsReferrals()) {
      throw new InactiveAgreementException(field, status);
    }
  }

  /** Whether a broker takes part (and approves the practice agreement). */
  public boolean brokerInvolved() {
    return broker != null;
  }

  /** The broker's name, if a broker takes part. */
  public Optional<String> brokerName() {
    return Optional.ofNullable(broker).map(Broker::name);
  }

  /** Whether the broker guarantees a job offer when the practice ends without one. */
  public boolean jobGuarantee() {
    return terms.jobGuarantee();
  }

  /** How the employer selects candidates. */
  public SelectionMode selectionMode() {
    return terms.selectionMode();
  }

  /** The practice length the agreement allows. */
  public PracticeTerms practiceTerms() {
    return terms.practiceTerms();
  }

  /** The agreement's own declaration of {@code kind}, if any. */
  public Optional<CommitmentTemplate> ownCommitment(CommitmentKind kind) {
    return commitments.stream().filter(c -> c.kind() == kind).findFirst();
  }

  /**
   * The commitments that apply: for a LOCAL under a FRAMEWORK the framework's, each replaced by
   * the local's re-declaration, followed by the kinds only the local declares; otherwise the
   * agreement's own.
   *
   * @param parent the framework named by {@link #parentId()}, or {@code null} without one
   * @throws IllegalArgumentException when {@code parent} is not this agreement's framework
   */
  public List<CommitmentTemplate> effectiveCommitments(Agreement parent) {
    if (parentId == null) {
      return commitments;
    }
    if (parent == null || !parent.id().equals(parentId)) {
      throw new IllegalArgumentException("effectiveCommitments needs the framework " + parentId);
    }
    List<CommitmentTemplate> merged = new ArrayList<>();
    for (CommitmentTemplate inherited : parent.commitments()) {
      merged.add(ownCommitment(inherited.kind()).orElse(inherited));
    }
    commitments.stream()
        .filter(own -> parent.ownCommitment(own.kind()).isEmpty())
        .forEach(merged::add);
    return List.copyOf(merged);
  }

  /**
   * Checks this LOCAL against its framework: see {@link Tightening}.
   *
   * @throws InvalidAgreementException e.g. {@code commitments[SCREEN_REFERRAL].deadline: P10D
   *     loosens the framework's P5D (a local agreement may only tighten)}
   */
  public void requireWithin(Agreement framework) {
    Tightening.check(this, framework);
  }

  /**
   * The party id that owes a commitment of {@code role} in a participation referred by the office
   * {@code officeId} (see {@link Parties}).
   */
  public String partyOf(ObligorRole role, String officeId) {
    return Parties.of(this, role, officeId);
  }

  /**
   * The NAV office that refers a candidate: the office named by {@code officeId}, or the
   * agreement's only office when {@code officeId} is blank.
   *
   * @param field the field that named the office ({@code navOfficeId})
   * @throws InvalidValueException naming {@code field} when {@code officeId} is blank and the
   *     agreement has several offices, or names an office that is not party to the agreement
   */
  public NavOffice referringOffice(String officeId, String field) {
    if (officeId == null || officeId.isBlank()) {
      if (offices.size() != 1) {
        throw new InvalidValueException(field,
            "is required: the agreement has several NAV offices (" + officeIds() + ")");
      }
      return offices.get(0);
    }
    return offices.stream().filter(o -> o.id().equals(officeId.strip())).findFirst()
        .orElseThrow(() -> new InvalidValueException(field,
            "must name a NAV office of the agreement (" + officeIds() + ")"));
  }

  private String officeIds() {
    return offices.stream().map(NavOffice::id).collect(Collectors.joining(", "));
  }
}
