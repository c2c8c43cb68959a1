package no.placetrain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentStateException;
import no.placetrain.domain.agreement.CommitmentStatus;
import no.placetrain.domain.agreement.CommitmentTemplate;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.testsupport.Agreements;
import no.placetrain.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommitmentStoreTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final CommitmentTemplate CHECKPOINT =
      CommitmentTemplate.of(CommitmentKind.HOLD_CHECKPOINT, Period.ofDays(7));

  private final TestDatabase db = TestDatabase.create();
  private final CommitmentStore store = new CommitmentStore(db.jdbc());
  private final Participation participation = Participation.refer(
      "nordic-choice-grunerlokka", "nav-grunerlokka", new Candidate("NCH-0001", "Amina"), null, T0);

  @BeforeEach
  void participationExists() {
    new AgreementStore(db.jdbc()).insert(Agreements.hotel(), "hotel.yaml", T0);
    new ParticipationStore(db.jdbc()).insert(participation);
  }

  /** Checkpoint {@code number}, anchored {@code number} hours after T0 (so due in that order). */
  private Commitment checkpoint(int number) {
    return Commitment.open(participation.id(), "nordic-choice-grunerlokka", CHECKPOINT, "kam",
        number, T0.plusSeconds(3600L * number), ZoneOffset.UTC);
  }

  @Test
  void openingIsIdempotentPerParticipationKindAndSequence() {
    Commitment first = store.open(checkpoint(1));

    Commitment again = store.open(checkpoint(1));
    Commitment second = store.open(checkpoint(2));

    assertThat(again).isEqualTo(first);
    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(db.count("PT_COMMITMENT")).isEqualTo(2);
    assertThat(store.find(first.id())).contains(first);
    assertThat(store.findByParticipation(participation.id())).containsExactlyInAnyOrder(first, second);
    assertThat(store.findByAgreement("nordic-choice-grunerlokka")).hasSize(2);
  }

  @Test
  void aChangeIsWrittenOnlyWhileTheRowIsOpen() {
    Commitment open = store.open(checkpoint(1));
    Commitment escalated = open.escalate(2);
    store.update(escalated);
    Commitment waived = escalated.waive("kari", "Deltakeren var syk", T0.plusSeconds(60));

    store.update(waived);

    assertThat(store.find(open.id())).contains(waived);
    Commitment staleMet = escalated.meet(T0.plusSeconds(120));
    assertThatThrownBy(() -> store.update(staleMet))
        .isInstanceOf(CommitmentStateException.class)
        .hasMessage("commitment " + open.id() + ": is no longer OPEN (changed meanwhile)");
    assertThat(store.find(open.id()).orElseThrow().status()).isEqualTo(CommitmentStatus.WAIVED);
  }

  @Test
  void reAnchoringMovesAnOpenRowsAnchorAndDueOnlyAndNeverASettledOne() {
    Commitment open = store.open(checkpoint(1));
    Commitment escalated = open.escalate(1);
    store.update(escalated);
    Commitment moved = escalated.reanchor(T0.plusSeconds(86_400), T0.plusSeconds(8 * 86_400));

    store.reanchor(moved);

    Commitment stored = store.find(open.id()).orElseThrow();
    assertThat(stored).isEqualTo(moved);
    assertThat(stored.status()).isEqualTo(CommitmentStatus.OPEN);
    assertThat(stored.escalationLevel()).isEqualTo(1);
    assertThat(stored.anchorAt()).isEqualTo(T0.plusSeconds(86_400));
    assertThat(stored.dueAt()).isEqualTo(T0.plusSeconds(8 * 86_400));

    Commitment met = stored.meet(T0.plusSeconds(60));
    store.update(met);
    assertThatThrownBy(() -> store.reanchor(stored.reanchor(T0, T0)))
        .isInstanceOf(CommitmentStateException.class)
        .hasMessage("commitment " + open.id() + ": is no longer OPEN (changed meanwhile)");
    assertThat(store.find(open.id())).contains(met);
  }

  @Test
  void aCancellationIsStoredWithItsReasonAndIsFinal() {
    Commitment open = store.open(checkpoint(1));
    Commitment cancelled = open.escalate(1).cancel("participation ended: DROPOUT", T0);

    store.update(cancelled);

    Commitment stored = store.find(open.id()).orElseThrow();
    assertThat(stored).isEqualTo(cancelled);
    assertThat(stored.status()).isEqualTo(CommitmentStatus.CANCELLED);
    assertThat(stored.cancelledReason()).isEqualTo("participation ended: DROPOUT");
    assertThat(stored.escalationLevel()).isEqualTo(1);
    assertThatThrownBy(() -> store.update(open.meet(T0)))
        .isInstanceOf(CommitmentStateException.class);
    assertThat(store.findOverdue(open.dueAt().plusSeconds(60), 10)).isEmpty();
  }

  @Test
  void overdueCommitmentsAreTheOpenOnesPastDue() {
    Commitment due = store.open(checkpoint(1));
    store.update(store.open(checkpoint(2)).meet(T0));
    store.open(checkpoint(3));

    Instant afterAllDue = due.dueAt().plus(java.time.Duration.ofDays(1));
    assertThat(store.findOverdue(afterAllDue, 10)).extracting(Commitment::sequence)
        .containsExactly(1, 3);
    assertThat(store.findOverdue(afterAllDue, 1)).extracting(Commitment::sequence)
        .containsExactly(1);
    assertThat(store.findOverdue(due.dueAt(), 10)).isEmpty();
    assertThat(store.findOverdue(due.dueAt().plusSeconds(1), 10)).extracting(Commitment::sequence)
        .containsExactly(1);
  }
}
