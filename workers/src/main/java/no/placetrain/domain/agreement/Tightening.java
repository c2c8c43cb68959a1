package no.placetrain.domain.agreement;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a LOCAL agreement under a FRAMEWORK keeps: the parent is a FRAMEWORK; the local's
 * offices are offices of the framework and its employer is the framework's; its practice length
 * lies within the framework's; and every commitment it re-declares is at least as strict as the
 * framework's (shorter after the anchor, further before it; months count 30 days, working days
 * 7/5 calendar days) and keeps the framework's obligor. It may add kinds the framework lacks.
 */
final class Tightening {

  private static final String ONLY_TIGHTEN = " (a local agreement may only tighten)";

  private Tightening() {}

  static void check(Agreement local, Agreement framework) {
    Rules.require(local.parentId() != null && local.parentId().equals(framework.id()), "parent",
        "must name the framework " + framework.id());
    Rules.require(framework.kind() == AgreementKind.FRAMEWORK, "parent",
        "must name a FRAMEWORK agreement");
    checkParties(local, framework);
    checkTerms(local.terms(), framework.terms());
    for (CommitmentTemplate own : local.commitments()) {
      framework.ownCommitment(own.kind()).ifPresent(inherited -> checkCommitment(own, inherited));
    }
  }

  private static void checkParties(Agreement local, Agreement framework) {
    Set<String> frameworkOffices =
        framework.offices().stream().map(NavOffice::id).collect(Collectors.toSet());
    for (int i = 0; i < local.offices().size(); i++) {
      Rules.require(frameworkOffices.contains(local.offices().get(i).id()),
          "offices[" + i + "].id", "must be an office of the framework " + framework.id());
    }
    Rules.require(local.employer().name().equals(framework.employer().name()), "employer.name",
        "must be the framework's employer (" + framework.employer().name() + ")");
  }

  private static void checkTerms(ProgrammeTerms local, ProgrammeTerms framework) {
    Rules.require(local.practiceMinMonths() >= framework.practiceMinMonths(),
        "terms.practice-months.min", local.practiceMinMonths() + " loosens the framework's "
            + framework.practiceMinMonths() + ONLY_TIGHTEN);
    Rules.require(local.practiceMaxMonths() <= framework.practiceMaxMonths(),
        "terms.practice-months.max", local.practiceMaxMonths() + " loosens the framework's "
            + framework.practiceMaxMonths() + ONLY_TIGHTEN);
  }

  private static void checkCommitment(CommitmentTemplate own, CommitmentTemplate inherited) {
    String path = "commitments[" + own.kind() + "]";
    Rules.require(own.atLeastAsStrictAs(inherited), path + ".deadline",
        own.describeDeadline() + " loosens the framework's " + inherited.describeDeadline()
            + ONLY_TIGHTEN);
    Rules.require(own.obligor() == inherited.obligor(), path + ".obligor",
        "must stay " + inherited.obligor() + " as in the framework");
  }
}
