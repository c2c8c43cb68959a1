package no.placetrain.domain.agreement;

import java.time.Instant;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.Outcome;
import no.placetrain.domain.ParticipationIds;
import no.placetrain.domain.StrengthsProfile;

/**
 * One candidate in one agreement; its id is the business key of its {@code place-and-train}
 * instance. While ACTIVE, the same candidate cannot be referred to the same agreement again (see
 * {@link #activeKey()}).
 *
 * @param id {@code P-} + UUID
 * @param agreementId the agreement
 * @param officeId the NAV office that referred the candidate (a party to the agreement); it owes
 *     the participation's NAV commitments
 * @param candidate pseudonymous reference and display name
 * @param strengths the strengths profile, {@code null} until screening
 * @param status ACTIVE or ENDED
 * @param outcome how it ended (ENDED only)
 * @param endReason why it ended; {@code null} for a job offer at the end of the practice
 * @param referredAt when the candidate was referred
 * @param firstEmployerContactAt when the employer first answered, else {@code null}
 * @param selectedAt when the employer selected the candidate for practice (the candidate then
 *     holds one of the agreement's places, see {@link #holdsPlace()}), else {@code null}
 * @param endedAt when it ended (ENDED only)
 * @param processInstanceId the process instance, if any
 */
public record Participation(
    String id,
    String agreementId,
    String officeId,
    Candidate candidate,
    StrengthsProfile strengths,
    ParticipationStatus status,
    Outcome outcome,
    EndReason endReason,
    Instant referredAt,
    Instant firstEmployerContactAt,
    Instant selectedAt,
    Instant endedAt,
    String processInstanceId) {

  /** @throws IllegalArgumentException when a required part is missing or the state inconsistent */
  public Participation {
    if (id == null || agreementId == null || officeId == null || candidate == null
        || status == null || referredAt == null) {
      throw new IllegalArgumentException(
          "a participation needs id, agreement, office, candidate, status and referral instant");
    }
    boolean ended = status == ParticipationStatus.ENDED;
    if (ended != (outcome != null) || ended != (endedAt != null)) {
      throw new IllegalArgumentException("outcome and endedAt are set exactly when ENDED");
    }
    if (endReason != null && endReason.outcome() != outcome) {
      throw new IllegalArgumentException("the end reason does not belong to the outcome");
    }
  }

  /** A new ACTIVE participation with a fresh id. */
  public static Participation refer(String agreementId, String officeId, Candidate candidate,
      String processInstanceId, Instant at) {
    return refer(ParticipationIds.newId(), agreementId, officeId, candidate, processInstanceId, at);
  }

  /** A new ACTIVE participation with the given id (e.g. a business key already chosen). */
  public static Participation refer(String id, String agreementId, String officeId,
      Candidate candidate, String processInstanceId, Instant at) {
    return new Participation(id, agreementId, officeId, candidate, null,
        ParticipationStatus.ACTIVE, null, null, at, null, null, null, processInstanceId);
  }

  /** Whether it is still running. */
  public boolean isActive() {
    return status == ParticipationStatus.ACTIVE;
  }

  /**
   * {@code agreementId|candidateRef} while ACTIVE, {@code null} once ended: a unique column of this
   * value lets the database refuse the same candidate twice in one agreement.
   */
  public String activeKey() {
    return isActive() ? activeKey(agreementId, candidate.reference()) : null;
  }

  /** The active key of a candidate in an agreement. */
  public static String activeKey(String agreementId, String candidateRef) {
    return agreementId + "|" + candidateRef;
  }

  /**
   * Ended with {@code outcome}; {@code reason} is {@code null} for {@link Outcome#JOB_OFFER}.
   *
   * @throws IllegalStateException when it has already ended
   */
  public Participation end(Outcome outcome, EndReason reason, Instant at) {
    if (!isActive()) {
      throw new IllegalStateException("participation " + id + " has already ended");
    }
    return new Participation(id, agreementId, officeId, candidate, strengths,
        ParticipationStatus.ENDED, outcome, reason, referredAt, firstEmployerContactAt, selectedAt,
        at, processInstanceId);
  }

  /** With the first employer contact at {@code at}, unless one is recorded already. */
  public Participation withFirstEmployerContact(Instant at) {
    if (firstEmployerContactAt != null) {
      return this;
    }
    return new Participation(id, agreementId, officeId, candidate, strengths, status, outcome,
        endReason, referredAt, at, selectedAt, endedAt, processInstanceId);
  }

  /**
   * Selected for practice at {@code at} (unless already selected): from now until it ends, the
   * participation holds one of the agreement's places.
   */
  public Participation withSelection(Instant at) {
    if (selectedAt != null) {
      return this;
    }
    return new Participation(id, agreementId, officeId, candidate, strengths, status, outcome,
        endReason, referredAt, firstEmployerContactAt, at, endedAt, processInstanceId);
  }

  /**
   * Whether it holds one of the agreement's places (its capacity per round): from the employer's
   * selection until it ends.
   */
  public boolean holdsPlace() {
    return isActive() && selectedAt != null;
  }

  /** With the strengths profile from screening. */
  public Participation withStrengths(StrengthsProfile profile) {
    return new Participation(id, agreementId, officeId, candidate, profile, status, outcome,
        endReason, referredAt, firstEmployerContactAt, selectedAt, endedAt, processInstanceId);
  }
}
