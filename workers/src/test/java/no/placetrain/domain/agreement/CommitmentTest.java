package no.placetrain.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import no.placetrain.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The ledger's transitions. */
class CommitmentTest {

  private static final Instant ANCHOR = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant DUE = Instant.parse("2026-03-09T09:00:00Z");

  private final Commitment open = Commitment.open("P-1", "kiwi-nav-drammen",
      CommitmentTemplate.of(CommitmentKind.ANSWER_PRESENTATION, Period.ofDays(7)), "KIWI", 0,
      ANCHOR, ZoneOffset.UTC);

  @Test
  void opensWithItsDueInstantObligorAndParty() {
    assertThat(open.id()).startsWith("C-").hasSize(38);
    assertThat(open.dueAt()).isEqualTo(DUE);
    assertThat(open.obligorRole()).isEqualTo(ObligorRole.EMPLOYER);
    assertThat(open.party()).isEqualTo("KIWI");
    assertThat(open.status()).isEqualTo(CommitmentStatus.OPEN);
    assertThat(open.escalationLevel()).isZero();
    assertThat(open.isOverdue(DUE)).isFalse();
    assertThat(open.isOverdue(DUE.plusSeconds(1))).isTrue();
  }

  @Test
  void metAtOrBeforeTheDueInstantIsMetAfterItMetLate() {
    assertThat(open.meet(DUE).status()).isEqualTo(CommitmentStatus.MET);
    assertThat(open.meet(DUE.minusSeconds(3600)).status()).isEqualTo(CommitmentStatus.MET);
    Commitment late = open.meet(DUE.plusSeconds(1));
    assertThat(late.status()).isEqualTo(CommitmentStatus.MET_LATE);
    assertThat(late.resolvedAt()).isEqualTo(DUE.plusSeconds(1));
  }

  @Test
  void onlyAnOpenCommitmentChanges() {
    Commitment met = open.meet(DUE);

    assertThatThrownBy(() -> met.meet(DUE))
        .isInstanceOf(CommitmentStateException.class)
        .hasMessage("commitment " + open.id() + ": is MET; only an OPEN commitment changes");
    assertThatThrownBy(() -> met.waive("kari", "x", DUE)).isInstanceOf(CommitmentStateException.class);
    assertThatThrownBy(() -> met.escalate(1)).isInstanceOf(CommitmentStateException.class);
  }

  @Test
  void reAnchoringMovesTheAnchorAndDueOfAnOpenOneOnly() {
    Commitment escalated = open.escalate(1);
    Instant later = ANCHOR.plusSeconds(86_400);

    Commitment moved = escalated.reanchor(later, DUE.plusSeconds(86_400));

    assertThat(moved.anchorAt()).isEqualTo(later);
    assertThat(moved.dueAt()).isEqualTo(DUE.plusSeconds(86_400));
    assertThat(moved).usingRecursiveComparison().ignoringFields("anchorAt", "dueAt")
        .isEqualTo(escalated);
    assertThatThrownBy(() -> open.meet(DUE).reanchor(later, DUE))
        .isInstanceOf(CommitmentStateException.class);
  }

  @Test
  void aWaiverRecordsWhoAndWhy() {
    Commitment waived = open.waive("kari", " Arbeidsgiver stengt i påsken ", DUE);

    assertThat(waived.status()).isEqualTo(CommitmentStatus.WAIVED);
    assertThat(waived.waivedBy()).isEqualTo("kari");
    assertThat(waived.waivedReason()).isEqualTo("Arbeidsgiver stengt i påsken");
    assertThatThrownBy(() -> open.waive(null, "grunn", DUE))
        .isInstanceOf(InvalidValueException.class).hasMessage("waivedBy: is required");
    assertThatThrownBy(() -> open.waive("kari", " ", DUE)).hasMessage("waivedReason: is required");
    assertThatThrownBy(() -> open.waive("kari", "x".repeat(501), DUE))
        .hasMessage("waivedReason: must be at most 500 characters");
  }

  @Test
  void aBreachNeedsAnEscalationFirst() {
    assertThatThrownBy(() -> open.breach(DUE))
        .isInstanceOf(CommitmentStateException.class)
        .hasMessageEndingWith("is breached only after escalation");

    Commitment breached = open.escalate(1).escalate(5).breach(DUE.plusSeconds(60));

    assertThat(breached.status()).isEqualTo(CommitmentStatus.BREACHED);
    assertThat(breached.escalationLevel()).isEqualTo(5);
  }

  @Test
  void escalationOnlyClimbsAndTheSameLevelIsARetry() {
    Commitment second = open.escalate(2);

    assertThat(second.escalate(2)).isEqualTo(second);
    assertThatThrownBy(() -> second.escalate(1))
        .isInstanceOf(CommitmentStateException.class)
        .hasMessageContaining("escalation level 1 is below the level reached (2)");
    assertThatThrownBy(() -> open.escalate(0)).isInstanceOf(CommitmentStateException.class);
  }

  @Test
  void anInconsistentEntryCannotBeBuilt() {
    assertThatThrownBy(() -> new Commitment("C-1", "P-1", "a", CommitmentKind.ASSIGN_MENTOR,
            ObligorRole.EMPLOYER, "KIWI", 0, ANCHOR, DUE, CommitmentStatus.MET, null, 0, null,
            null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Commitment("C-1", "P-1", "a", CommitmentKind.ASSIGN_MENTOR,
            ObligorRole.EMPLOYER, "KIWI", 0, ANCHOR, DUE, CommitmentStatus.WAIVED, DUE, 0, null,
            null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Commitment("C-1", "P-1", "a", CommitmentKind.ASSIGN_MENTOR,
            ObligorRole.EMPLOYER, "KIWI", 0, ANCHOR, DUE, CommitmentStatus.CANCELLED, DUE, 0, null,
            null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cancelledReason is set exactly when CANCELLED");
    assertThatThrownBy(() -> new Commitment("C-1", "P-1", "a", CommitmentKind.ASSIGN_MENTOR,
            ObligorRole.EMPLOYER, "KIWI", 0, ANCHOR, DUE, CommitmentStatus.MET, DUE, 0, null,
            null, "participation ended: DROPOUT"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cancelledWhenTheParticipationEndsNeitherMetNorBreachedAndTheLevelStays() {
    Commitment escalated = open.escalate(2);
    Instant ended = DUE.plusSeconds(3600);

    Commitment cancelled = escalated.cancel(" participation ended: DROPOUT ", ended);

    assertThat(cancelled.status()).isEqualTo(CommitmentStatus.CANCELLED);
    assertThat(cancelled.status().isFinal()).isTrue();
    assertThat(cancelled.cancelledReason()).isEqualTo("participation ended: DROPOUT");
    assertThat(cancelled.resolvedAt()).isEqualTo(ended);
    assertThat(cancelled.escalationLevel()).as("the level reached stays recorded").isEqualTo(2);
    assertThat(cancelled.waivedBy()).isNull();
    assertThat(cancelled.waivedReason()).isNull();
    assertThat(cancelled.isOverdue(ended)).isFalse();
  }

  @Test
  void aCancellationNeedsAReasonAndAnOpenCommitment() {
    assertThatThrownBy(() -> open.cancel(" ", DUE))
        .isInstanceOf(InvalidValueException.class).hasMessage("cancelledReason: is required");
    assertThatThrownBy(() -> open.cancel("x".repeat(501), DUE))
        .hasMessage("cancelledReason: must be at most 500 characters");
    Commitment cancelled = open.cancel("participation ended: NOT_SUITABLE", DUE);
    assertThatThrownBy(() -> cancelled.cancel("participation ended: NOT_SUITABLE", DUE))
        .isInstanceOf(CommitmentStateException.class)
        .hasMessageEndingWith("is CANCELLED; only an OPEN commitment changes");
    assertThatThrownBy(() -> cancelled.meet(DUE)).isInstanceOf(CommitmentStateException.class);
    assertThatThrownBy(() -> open.meet(DUE).cancel("participation ended: DROPOUT", DUE))
        .isInstanceOf(CommitmentStateException.class);
  }
}
