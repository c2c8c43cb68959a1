package no.placetrain.domain;

import java.util.Set;

/** Why a participation was closed, with the detail codes each reason accepts. */
public enum EndReason {
  NOT_SUITABLE(Outcome.ENDED,
      Set.of("REQUIREMENTS_NOT_MET", "CANDIDATE_DECLINED", "OTHER_MEASURE_BETTER")),
  EMPLOYER_DECLINED(Outcome.ENDED, Set.of("NO_VACANCY", "PROFILE_NOT_MATCHING", "OTHER")),
  NOT_SELECTED(Outcome.ENDED, Set.of()),
  DROPOUT(Outcome.ENDED, Set.of(
      "FOUND_OTHER_JOB", "STARTED_EDUCATION", "PERSONAL_REASONS", "NO_LONGER_INTERESTED", "OTHER")),
  NO_OFFER(Outcome.ENDED, Set.of()),
  GUARANTEE_NOT_MET(Outcome.ENDED, Set.of()),
  GUARANTEE_MET(Outcome.GUARANTEE_OFFER, Set.of()),
  /**
   * The candidate's data was erased on request ({@code no.placetrain.privacy.CandidateErasure}):
   * a participation still running ends here. No model or form offers it.
   */
  ERASED(Outcome.ENDED, Set.of());

  private final Outcome outcome;
  private final Set<String> details;

  EndReason(Outcome outcome, Set<String> details) {
    this.outcome = outcome;
    this.details = details;
  }

  /** The outcome this reason belongs to. */
  public Outcome outcome() {
    return outcome;
  }

  /** Whether this reason is always given with one of its detail codes. */
  public boolean requiresDetail() {
    return !details.isEmpty();
  }

  /** Whether {@code detail} is one of the detail codes of this reason. */
  public boolean acceptsDetail(String detail) {
    return details.contains(detail);
  }
}
