package no.placetrain.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Arrays;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.Outcome;
import org.junit.jupiter.api.Test;

/** What the end of a participation does to its commitments. */
class ParticipationEndTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private static Commitment open(CommitmentKind kind) {
    return Commitment.open("P-1", "fretex-job-guarantee", CommitmentTemplate.of(kind,
        Period.ofDays(7)), "party", kind == CommitmentKind.HOLD_CHECKPOINT ? 1 : 0, T0,
        ZoneOffset.UTC);
  }

  @Test
  void theReasonNamesTheEndReasonOrForAJobOfferTheOutcome() {
    assertThat(new ParticipationEnd(Outcome.ENDED, EndReason.DROPOUT).cancelledReason())
        .isEqualTo("participation ended: DROPOUT");
    assertThat(new ParticipationEnd(Outcome.JOB_OFFER, null).cancelledReason())
        .isEqualTo("participation ended: JOB_OFFER");
    assertThat(new ParticipationEnd(Outcome.GUARANTEE_OFFER, EndReason.GUARANTEE_MET).code())
        .isEqualTo("GUARANTEE_MET");
  }

  @Test
  void everyEndingCancelsEveryOpenCommitment() {
    for (EndReason reason : EndReason.values()) {
      ParticipationEnd end = new ParticipationEnd(reason.outcome(), reason);
      for (CommitmentKind kind : CommitmentKind.values()) {
        if (reason == EndReason.GUARANTEE_NOT_MET
            && kind == CommitmentKind.DELIVER_GUARANTEE_OFFER) {
          continue;
        }
        assertThat(end.cancels(open(kind))).as("%s cancels %s", reason, kind).isTrue();
      }
    }
    ParticipationEnd jobOffer = new ParticipationEnd(Outcome.JOB_OFFER, null);
    assertThat(Arrays.stream(CommitmentKind.values()).map(ParticipationEndTest::open))
        .allMatch(jobOffer::cancels);
  }

  @Test
  void theBrokersMissedGuaranteeIsLeftToItsEscalation() {
    assertThat(new ParticipationEnd(Outcome.ENDED, EndReason.GUARANTEE_NOT_MET)
        .cancels(open(CommitmentKind.DELIVER_GUARANTEE_OFFER))).isFalse();
    assertThat(new ParticipationEnd(Outcome.ENDED, EndReason.DROPOUT)
        .cancels(open(CommitmentKind.DELIVER_GUARANTEE_OFFER))).isTrue();
  }

  @Test
  void aSettledCommitmentIsNeverCancelled() {
    ParticipationEnd dropout = new ParticipationEnd(Outcome.ENDED, EndReason.DROPOUT);

    assertThat(dropout.cancels(open(CommitmentKind.SCREEN_REFERRAL).meet(T0))).isFalse();
    assertThat(dropout.cancels(open(CommitmentKind.ASSIGN_MENTOR).waive("kari", "x", T0)))
        .isFalse();
    assertThat(dropout.cancels(open(CommitmentKind.HOLD_CHECKPOINT)
        .cancel(dropout.cancelledReason(), T0))).isFalse();
  }

  @Test
  void anEndNeedsAnOutcomeAndAReasonOfThatOutcome() {
    assertThatThrownBy(() -> new ParticipationEnd(null, EndReason.DROPOUT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ParticipationEnd(Outcome.JOB_OFFER, EndReason.DROPOUT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
