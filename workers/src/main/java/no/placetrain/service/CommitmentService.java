package no.placetrain.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentStateException;
import no.placetrain.domain.agreement.CommitmentStatus;
import no.placetrain.domain.agreement.CommitmentTemplate;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.ParticipationEnd;
import no.placetrain.domain.agreement.UnknownCommitmentException;
import no.placetrain.domain.agreement.UnknownParticipationException;
import no.placetrain.store.CommitmentStore;
import no.placetrain.store.ParticipationStore;
import no.placetrain.store.Transactions;

/**
 * The commitment ledger: open a participation's commitments when their anchor events happen, and
 * record how each is settled. Due instants are computed in the clock's zone.
 */
public class CommitmentService {

  private final CommitmentStore store;
  private final ParticipationStore participations;
  private final AgreementService agreements;
  private final Transactions transactions;
  private final Clock clock;

  /**
   * @param store the ledger
   * @param participations finds a commitment's participation
   * @param agreements gives the templates that apply
   * @param transactions joins or starts a transaction per write
   * @param clock stamps resolutions; its zone adds calendar periods
   */
  public CommitmentService(CommitmentStore store, ParticipationStore participations,
      AgreementService agreements, Transactions transactions, Clock clock) {
    this.store = store;
    this.participations = participations;
    this.agreements = agreements;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Opens the commitment {@code kind} of a participation, due as the agreement's effective
   * template says from {@code anchorAt}. Opening again with the same anchor returns the stored one
   * (idempotent); opening an OPEN one again with another anchor (its anchor event moved: a
   * reworked draft with another start date) re-anchors it, due as computed from the new anchor,
   * still OPEN. A settled commitment never changes.
   *
   * @param sequence the checkpoint number (≥ 1) for HOLD_CHECKPOINT, else 0
   * @return the commitment, or empty when the agreement has no commitment of this kind
   * @throws UnknownParticipationException when no participation has the id
   */
  public Optional<Commitment> open(
      String participationId, CommitmentKind kind, int sequence, Instant anchorAt) {
    return open(participationId, kind, sequence, anchorAt, null);
  }

  /**
   * Opens the commitment {@code kind} of a participation like {@link #open}, but due at
   * {@code dueAt}, an instant the process fixed and watches with its timer (the end of a job
   * guarantee): the ledger and the timer agree on when it falls due. Opening again returns the
   * stored one (idempotent), re-anchored at {@code anchorAt} and due at {@code dueAt} when it is
   * OPEN and its anchor moved.
   *
   * @return the commitment, or empty when the agreement has no commitment of this kind
   * @throws UnknownParticipationException when no participation has the id
   */
  public Optional<Commitment> openDueAt(String participationId, CommitmentKind kind,
      int sequence, Instant anchorAt, Instant dueAt) {
    if (dueAt == null) {
      throw new IllegalArgumentException("openDueAt needs the due instant");
    }
    return open(participationId, kind, sequence, anchorAt, dueAt);
  }

  private Optional<Commitment> open(String participationId, CommitmentKind kind, int sequence,
      Instant anchorAt, Instant fixedDue) {
    checkSequence(kind, sequence);
    return transactions.required(() -> {
      Participation participation = participations.find(participationId)
          .orElseThrow(UnknownParticipationException::new);
      Agreement agreement = agreements.find(participation.agreementId()).orElseThrow(() ->
          new IllegalStateException("the agreement of " + participationId + " is not stored"));
      Optional<CommitmentTemplate> template = agreements.effectiveCommitment(agreement, kind);
      return template.map(t -> {
        Instant dueAt = fixedDue == null ? t.dueAt(anchorAt, clock.getZone()) : fixedDue;
        Optional<Commitment> existing = store.find(participationId, kind, sequence);
        if (existing.isPresent()) {
          return reanchored(existing.get(), anchorAt, dueAt);
        }
        String party = agreement.partyOf(t.obligor(), participation.officeId());
        return store.open(Commitment.openDueAt(
            participationId, agreement.id(), t, party, sequence, anchorAt, dueAt));
      });
    });
  }

  /**
   * Opening again: an OPEN commitment whose anchor moved (a reworked draft with another start
   * date) is re-anchored, due as computed from the new anchor; one with the same anchor, or a
   * settled one, stays as it is.
   */
  private Commitment reanchored(Commitment existing, Instant anchorAt, Instant dueAt) {
    if (!existing.isOpen() || existing.anchorAt().equals(anchorAt)) {
      return existing;
    }
    Commitment moved = existing.reanchor(anchorAt, dueAt);
    try {
      store.reanchor(moved);
      return moved;
    } catch (CommitmentStateException settledMeanwhile) {
      // another transaction settled it first: that one stands
      return store.find(existing.id()).orElse(existing);
    }
  }

  /**
   * Records the commitment as met at {@code at} (MET, or MET_LATE after its due instant). A
   * commitment that is already settled stays as it is (the event came after a waiver, a breach or
   * an earlier report).
   *
   * @return the commitment, or empty when none was opened
   */
  public Optional<Commitment> meet(
      String participationId, CommitmentKind kind, int sequence, Instant at) {
    checkSequence(kind, sequence);
    return transactions.required(() -> store.find(participationId, kind, sequence)
        .map(c -> c.isOpen() ? saved(c.meet(at)) : c));
  }

  /**
   * Records the commitment {@code commitmentId} as met at {@code at} (after escalation: usually
   * MET_LATE).
   *
   * @throws CommitmentStateException when it is not OPEN
   */
  public Commitment meet(String commitmentId, Instant at) {
    return transactions.required(() -> saved(get(commitmentId).meet(at)));
  }

  /**
   * Records that escalation reached ladder {@code level}; the same level again changes nothing.
   *
   * @throws CommitmentStateException when not OPEN or {@code level} is below the level reached
   */
  public Commitment escalate(String commitmentId, int level) {
    return transactions.required(() -> {
      Commitment current = get(commitmentId);
      Commitment escalated = current.escalate(level);
      return escalated.equals(current) ? current : saved(escalated);
    });
  }

  /**
   * Waives the commitment now, by {@code user} for {@code reason} (at most 500 characters).
   *
   * @throws InvalidValueException naming {@code waivedBy} or {@code waivedReason}
   * @throws CommitmentStateException when not OPEN
   */
  public Commitment waive(String commitmentId, String user, String reason) {
    return transactions.required(() ->
        saved(get(commitmentId).waive(user, reason, clock.instant())));
  }

  /**
   * Records the commitment as breached now (after escalation).
   *
   * @throws CommitmentStateException when not OPEN or never escalated
   */
  public Commitment breach(String commitmentId) {
    return transactions.required(() -> saved(get(commitmentId).breach(clock.instant())));
  }

  /**
   * Settles the commitment {@code commitmentId} as an escalation decided: {@code MET_LATE} (met
   * now), {@code WAIVED} (by {@code user} for {@code reason}) or {@code BREACHED}. A commitment
   * that is settled already stays as it is and is returned unchanged: the first settlement wins
   * (e.g. the obligor met it while the escalation's own record was under way), and a retry
   * changes nothing.
   *
   * @param user who waived it (WAIVED only)
   * @param reason why it was waived (WAIVED only)
   * @throws InvalidValueException naming {@code commitmentStatus} for another status, or
   *     {@code waivedBy} / {@code waivedReason} for a waiver without them
   * @throws UnknownCommitmentException when no commitment has the id
   */
  public Commitment settle(
      String commitmentId, CommitmentStatus status, String user, String reason) {
    if (status != CommitmentStatus.MET_LATE && status != CommitmentStatus.WAIVED
        && status != CommitmentStatus.BREACHED) {
      throw new InvalidValueException("commitmentStatus", "must be MET_LATE, WAIVED or BREACHED");
    }
    return transactions.required(() -> {
      Commitment current = get(commitmentId);
      if (!current.isOpen()) {
        return current;
      }
      return saved(switch (status) {
        case MET_LATE -> current.meet(clock.instant());
        case WAIVED -> current.waive(user, reason, clock.instant());
        default -> current.breach(clock.instant());
      });
    });
  }

  /**
   * Settles the participation's commitments still OPEN because it ended: each one {@code end}
   * {@linkplain ParticipationEnd#cancels cancels} becomes CANCELLED now with
   * {@link ParticipationEnd#cancelledReason()}, all in one transaction (the caller's: a closing
   * worker's, the engine's). A commitment settled meanwhile by someone else stays as that one left
   * it (the first settlement wins). Ending again finds nothing OPEN and changes nothing (a retry,
   * or a second closing path).
   *
   * @return the commitments cancelled by this call, by due instant
   */
  public List<Commitment> cancelOpen(String participationId, ParticipationEnd end) {
    return transactions.required(() -> {
      Instant now = clock.instant();
      List<Commitment> cancelled = new ArrayList<>();
      for (Commitment commitment : store.findByParticipation(participationId)) {
        if (!end.cancels(commitment)) {
          continue;
        }
        try {
          cancelled.add(saved(commitment.cancel(end.cancelledReason(), now)));
        } catch (CommitmentStateException settledMeanwhile) {
          // another transaction settled it first (e.g. the obligor met it): that one stands
        }
      }
      return List.copyOf(cancelled);
    });
  }

  /** The commitment of a participation by kind and sequence, if opened. */
  public Optional<Commitment> find(String participationId, CommitmentKind kind, int sequence) {
    return participationId == null ? Optional.empty()
        : store.find(participationId, kind, sequence);
  }

  /**
   * Whether the participation is stored, so its commitments can be tracked. A process instance
   * started before participations were stored has none: its workers skip the ledger.
   */
  public boolean tracks(String participationId) {
    return participationId != null && participations.find(participationId).isPresent();
  }

  /** The commitment with {@code id}, if any. */
  public Optional<Commitment> find(String id) {
    return id == null ? Optional.empty() : store.find(id);
  }

  /** @throws UnknownCommitmentException when no commitment has {@code id} */
  public Commitment get(String id) {
    return find(id).orElseThrow(UnknownCommitmentException::new);
  }

  /** A participation's commitments by due instant. */
  public List<Commitment> ofParticipation(String participationId) {
    return store.findByParticipation(participationId);
  }

  private Commitment saved(Commitment changed) {
    store.update(changed);
    return changed;
  }

  private static void checkSequence(CommitmentKind kind, int sequence) {
    switch (kind) {
      case HOLD_CHECKPOINT -> {
        if (sequence < 1) {
          throw new InvalidValueException("sequence", "must be the checkpoint number (1 or more)");
        }
      }
      // one per round: the decision after each extension, each personal-matters follow-up
      case DECIDE_END_OF_PRACTICE, RESOLVE_PERSONAL_MATTERS -> {
        if (sequence < 0) {
          throw new InvalidValueException("sequence", "must be the round (0 or more) for " + kind);
        }
      }
      default -> {
        if (sequence != 0) {
          throw new InvalidValueException("sequence", "must be 0 for " + kind);
        }
      }
    }
  }
}
