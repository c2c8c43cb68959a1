package no.placetrain.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.Outcome;
import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.StrengthsProfile;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.CapacityReachedException;
import no.placetrain.domain.agreement.DuplicateParticipationException;
import no.placetrain.domain.agreement.FrameworkReferralException;
import no.placetrain.domain.agreement.InactiveAgreementException;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.UnknownAgreementException;
import no.placetrain.domain.agreement.UnknownParticipationException;
import no.placetrain.store.ParticipationStore;
import no.placetrain.store.Transactions;

/**
 * Participations: register a referral, record what happens to it, end it. Every write joins the
 * caller's transaction (a worker's: the engine's) or runs in its own.
 */
public class ParticipationService {

  private final ParticipationStore store;
  private final AgreementLookup agreements;
  private final Transactions transactions;
  private final Clock clock;

  /**
   * @param store the participations' table
   * @param agreements finds the agreement of a referral
   * @param transactions joins or starts a transaction per write
   * @param clock stamps the events
   */
  public ParticipationService(ParticipationStore store, AgreementLookup agreements,
      Transactions transactions, Clock clock) {
    this.store = store;
    this.agreements = agreements;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** The field that names the referring office. */
  public static final String OFFICE_FIELD = "navOfficeId";

  /**
   * Registers a referral under a new participation id; see
   * {@link #register(String, String, String, Candidate, String)}.
   */
  public Participation register(String agreementId, String officeId, Candidate candidate,
      String processInstanceId) {
    return register(null, agreementId, officeId, candidate, processInstanceId);
  }

  /**
   * Registers a referral: a new ACTIVE participation. Idempotent on the id: when a participation
   * with {@code participationId} is stored, it is returned unchanged (a retried worker).
   *
   * @param participationId the id to use (e.g. the business key), or {@code null} for a new one
   * @param officeId the referring NAV office; may be blank when the agreement has one office
   * @throws UnknownAgreementException naming {@code agreementId}
   * @throws FrameworkReferralException naming {@code agreementId} when the agreement is a
   *     FRAMEWORK (participants belong to its local agreements)
   * @throws InactiveAgreementException naming {@code agreementId} when the agreement is not ACTIVE
   * @throws InvalidValueException naming {@value #OFFICE_FIELD} when the office is missing for an
   *     agreement of several offices, or is not one of the agreement's
   * @throws DuplicateParticipationException when the candidate is already active in the agreement
   */
  public Participation register(String participationId, String agreementId, String officeId,
      Candidate candidate, String processInstanceId) {
    return transactions.required(() -> {
      if (participationId != null) {
        Optional<Participation> existing = store.find(participationId);
        if (existing.isPresent()) {
          return existing.get();
        }
      }
      Agreement agreement = agreements.find(agreementId)
          .orElseThrow(() -> new UnknownAgreementException("agreementId"));
      agreement.requireReferable("agreementId");
      String office = agreement.referringOffice(officeId, OFFICE_FIELD).id();
      Instant now = clock.instant();
      Participation participation = participationId == null
          ? Participation.refer(agreement.id(), office, candidate, processInstanceId, now)
          : Participation.refer(
              participationId, agreement.id(), office, candidate, processInstanceId, now);
      store.insert(participation);
      return participation;
    });
  }

  /** The participation with {@code id}, if any. */
  public Optional<Participation> find(String id) {
    return id == null ? Optional.empty() : store.find(id);
  }

  /** @throws UnknownParticipationException when no participation has {@code id} */
  public Participation get(String id) {
    return find(id).orElseThrow(UnknownParticipationException::new);
  }

  /** The agreement's participations, oldest referral first. */
  public List<Participation> ofAgreement(String agreementId) {
    return store.findByAgreement(agreementId);
  }

  /** Records the employer's first answer now; a later call keeps the first instant. */
  public Participation recordFirstEmployerContact(String id) {
    return change(id, p -> p.withFirstEmployerContact(clock.instant()));
  }

  /** Records the strengths profile from screening. */
  public Participation recordStrengths(String id, StrengthsProfile profile) {
    return change(id, p -> p.withStrengths(profile));
  }

  /**
   * Records that the employer selected the candidate for practice now: the participation takes
   * one of the agreement's places (its capacity per round) until it ends. The agreement's row is
   * locked while the places are counted, so two selections at once cannot both take the last
   * place. Selecting again changes nothing (a retry).
   *
   * @throws CapacityReachedException when the agreement has a capacity and every place is held
   * @throws UnknownParticipationException when no participation has {@code id}
   */
  public Participation takePlace(String id) {
    return transactions.required(() -> {
      Participation current = get(id);
      if (current.selectedAt() != null) {
        return current;
      }
      Agreement agreement = agreements.find(current.agreementId()).orElseThrow(() ->
          new IllegalStateException("the agreement of " + id + " is not stored"));
      Integer capacity = agreement.terms().capacityPerRound();
      if (capacity != null && store.countPlacesHeldLocking(agreement.id()) >= capacity) {
        throw new CapacityReachedException(capacity);
      }
      Participation selected = current.withSelection(clock.instant());
      store.update(selected);
      return selected;
    });
  }

  /**
   * Ends the participation now with {@code outcome} and {@code reason} ({@code null} for a job
   * offer); clears its active key, so the candidate may be referred again. Ending an ended
   * participation changes nothing (a retry, or a second closing path).
   */
  public Participation end(String id, Outcome outcome, EndReason reason) {
    return change(id, p -> p.isActive() ? p.end(outcome, reason, clock.instant()) : p);
  }

  private Participation change(
      String id, java.util.function.UnaryOperator<Participation> change) {
    return transactions.required(() -> {
      Participation current = get(id);
      Participation changed = change.apply(current);
      if (!changed.equals(current)) {
        store.update(changed);
      }
      return changed;
    });
  }
}
