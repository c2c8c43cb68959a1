package no.placetrain.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.Outcome;
import no.placetrain.testsupport.Agreements;
import org.junit.jupiter.api.Test;

/** The scorecard of a known scenario, figure by figure. */
class ScorecardTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private final Agreement hotel = Agreements.hotel();

  @Test
  void aKnownScenario() {
    // six participations: 2 job offers, 1 no offer, 1 not selected, 2 still active
    List<Participation> participations = new ArrayList<>();
    participations.add(referred(1).withFirstEmployerContact(T0.plus(Duration.ofDays(2)))
        .end(Outcome.JOB_OFFER, null, T0.plus(Duration.ofDays(100))));
    participations.add(referred(2).withFirstEmployerContact(T0.plus(Duration.ofHours(36)))
        .end(Outcome.JOB_OFFER, null, T0.plus(Duration.ofDays(100))));
    participations.add(referred(3).withFirstEmployerContact(T0.plus(Duration.ofDays(5)))
        .end(Outcome.ENDED, EndReason.NO_OFFER, T0.plus(Duration.ofDays(100))));
    participations.add(referred(4).end(Outcome.ENDED, EndReason.NOT_SELECTED, T0));
    participations.add(referred(5));
    participations.add(referred(6));
    // ledger: NAV 3 met + 1 late; employer 1 met, 1 breached, 1 waived, 1 cancelled;
    // KAM 2 open + 1 cancelled (its participation ended before the checkpoint was held)
    List<Commitment> ledger = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ledger.add(commitment(CommitmentKind.SCREEN_REFERRAL).meet(T0));
    }
    ledger.add(commitment(CommitmentKind.SCREEN_REFERRAL).meet(T0.plus(Duration.ofDays(30))));
    ledger.add(commitment(CommitmentKind.ANSWER_PRESENTATION).meet(T0));
    ledger.add(commitment(CommitmentKind.ANSWER_PRESENTATION).escalate(5).breach(T0));
    ledger.add(commitment(CommitmentKind.ASSIGN_MENTOR).waive("kari", "Hotellet stengt", T0));
    ledger.add(commitment(CommitmentKind.HOLD_CHECKPOINT));
    ledger.add(commitment(CommitmentKind.HOLD_CHECKPOINT));
    ledger.add(commitment(CommitmentKind.HOLD_CHECKPOINT).escalate(1)
        .cancel("participation ended: DROPOUT", T0));
    ledger.add(commitment(CommitmentKind.DECIDE_END_OF_PRACTICE)
        .cancel("participation ended: DROPOUT", T0));

    Scorecard card = Scorecard.of(hotel, ledger, participations);

    assertThat(card.agreementId()).isEqualTo("nordic-choice-grunerlokka");
    assertThat(card.commitmentsByRole()).containsOnlyKeys(
        ObligorRole.NAV_OFFICE, ObligorRole.EMPLOYER, ObligorRole.KAM);
    assertThat(card.commitmentsByRole().get(ObligorRole.NAV_OFFICE))
        .isEqualTo(new LedgerCounts(3, 1, 0, 0, 0, 0));
    assertThat(card.commitmentsByRole().get(ObligorRole.EMPLOYER))
        .isEqualTo(new LedgerCounts(1, 0, 1, 1, 0, 1));
    assertThat(card.commitmentsByRole().get(ObligorRole.KAM))
        .isEqualTo(new LedgerCounts(0, 0, 0, 0, 2, 1));
    // cancelled ones are counted apart: neither met (4 + 1 late) nor breached (1)
    assertThat(card.commitments()).isEqualTo(new LedgerCounts(4, 1, 1, 1, 2, 2));
    assertThat(card.commitments().total()).isEqualTo(11);
    assertThat(card.commitmentsByParty()).containsExactly(
        new Scorecard.PartyLedger(ObligorRole.NAV_OFFICE, "nav-grunerlokka",
            new LedgerCounts(3, 1, 0, 0, 0, 0)),
        new Scorecard.PartyLedger(ObligorRole.KAM, "kam", new LedgerCounts(0, 0, 0, 0, 2, 1)),
        new Scorecard.PartyLedger(ObligorRole.EMPLOYER, "Nordic Choice Hotels",
            new LedgerCounts(1, 0, 1, 1, 0, 1)));
    assertThat(card.activeParticipations()).isEqualTo(2);
    assertThat(card.endedParticipations()).isEqualTo(4);
    assertThat(card.endedByOutcome()).containsEntry(Outcome.JOB_OFFER, 2)
        .containsEntry(Outcome.ENDED, 2).containsEntry(Outcome.GUARANTEE_OFFER, 0);
    assertThat(card.endedByReason()).containsEntry(EndReason.NO_OFFER, 1)
        .containsEntry(EndReason.NOT_SELECTED, 1).containsEntry(EndReason.DROPOUT, 0)
        .hasSize(EndReason.values().length);
    assertThat(card.referralsByOffice()).containsExactly(Map.entry("nav-grunerlokka", 6));
    // the not-selected candidate never started a practice: 2 offers of 3 completed practices
    // = 66.7 % against the target of 70 %
    assertThat(card.completedPractices()).isEqualTo(3);
    assertThat(card.offerRatePercent()).isEqualTo(66.7);
    assertThat(card.offerRateTarget()).isEqualTo(70);
    assertThat(card.offerTargetMet()).isFalse();
    // (2 + 1.5 + 5) / 3 = 2.8333… days
    assertThat(card.averageDaysToFirstEmployerContact()).isEqualTo(2.8);
  }

  @Test
  void withNothingEndedOrContactedTheRatesAreAbsent() {
    Scorecard card = Scorecard.of(hotel, List.of(), List.of(referred(1)));

    assertThat(card.offerRatePercent()).isNull();
    assertThat(card.offerTargetMet()).isNull();
    assertThat(card.averageDaysToFirstEmployerContact()).isNull();
    assertThat(card.commitmentsByRole()).isEmpty();
    assertThat(card.commitments()).isEqualTo(LedgerCounts.NONE);
    assertThat(card.activeParticipations()).isEqualTo(1);
  }

  @Test
  void twoOfThreeRoundsToOneDecimalAndReachesALowerTarget() {
    Scorecard card = Scorecard.tally("x-agreement", 60)
        .participations(ParticipationStatus.ENDED, Outcome.JOB_OFFER, null, "nav-a", 2)
        .participations(
            ParticipationStatus.ENDED, Outcome.GUARANTEE_OFFER, EndReason.GUARANTEE_MET, "nav-a", 1)
        .build();

    // a guarantee offer completed the practice but is the broker's offer, not the employer's
    assertThat(card.completedPractices()).isEqualTo(3);
    assertThat(card.offerRatePercent()).isEqualTo(66.7);
    assertThat(card.offerTargetMet()).isTrue();
  }

  @Test
  void onlyParticipationsThatCompletedThePracticeCountInTheOfferRate() {
    Scorecard.Tally tally = Scorecard.tally("x-agreement", 70)
        .participations(ParticipationStatus.ENDED, Outcome.JOB_OFFER, null, "nav-a", 7)
        .participations(ParticipationStatus.ENDED, Outcome.ENDED, EndReason.NO_OFFER, "nav-a", 2)
        .participations(
            ParticipationStatus.ENDED, Outcome.ENDED, EndReason.GUARANTEE_NOT_MET, "nav-b", 1);
    // none of these reached the end of a practice
    for (EndReason before : List.of(EndReason.NOT_SUITABLE, EndReason.EMPLOYER_DECLINED,
        EndReason.NOT_SELECTED, EndReason.DROPOUT)) {
      tally.participations(ParticipationStatus.ENDED, Outcome.ENDED, before, "nav-b", 5);
    }
    Scorecard card = tally.build();

    assertThat(card.endedParticipations()).isEqualTo(30);
    assertThat(card.completedPractices()).isEqualTo(10);
    assertThat(card.offerRatePercent()).isEqualTo(70.0);
    assertThat(card.offerTargetMet()).isTrue();
    assertThat(card.referralsByOffice()).containsExactly(
        Map.entry("nav-a", 9), Map.entry("nav-b", 21));
  }

  @Test
  void eachReferringOfficeIsAPartyOfItsOwn() {
    Scorecard card = Scorecard.tally("olav-thon", null)
        .commitments(ObligorRole.NAV_OFFICE, "nav-bjerke", CommitmentStatus.BREACHED, 1)
        .commitments(ObligorRole.NAV_OFFICE, "nav-alna", CommitmentStatus.MET, 2)
        .commitments(ObligorRole.NAV_OFFICE, "nav-bjerke", CommitmentStatus.MET, 1)
        .commitments(ObligorRole.EMPLOYER, "Olav Thon Gruppen", CommitmentStatus.MET_LATE, 1)
        .build();

    assertThat(card.commitmentsByRole().get(ObligorRole.NAV_OFFICE))
        .isEqualTo(new LedgerCounts(3, 0, 1, 0, 0, 0));
    assertThat(card.commitmentsByParty()).containsExactly(
        new Scorecard.PartyLedger(ObligorRole.NAV_OFFICE, "nav-alna",
            new LedgerCounts(2, 0, 0, 0, 0, 0)),
        new Scorecard.PartyLedger(ObligorRole.NAV_OFFICE, "nav-bjerke",
            new LedgerCounts(1, 0, 1, 0, 0, 0)),
        new Scorecard.PartyLedger(ObligorRole.EMPLOYER, "Olav Thon Gruppen",
            new LedgerCounts(0, 1, 0, 0, 0, 0)));
    assertThat(card.offerRatePercent()).isNull();
  }

  private Participation referred(int n) {
    return Participation.refer(hotel.id(), "nav-grunerlokka", new Candidate("NCH-000" + n, "Kandidat " + n), null, T0);
  }

  private Commitment commitment(CommitmentKind kind) {
    CommitmentTemplate template = hotel.ownCommitment(kind)
        .orElse(CommitmentTemplate.of(kind, Period.ofDays(7)));
    return Commitment.open("P-x", hotel.id(), template, hotel.partyOf(template.obligor(), "nav-grunerlokka"),
        kind == CommitmentKind.HOLD_CHECKPOINT ? 1 : 0, T0, ZoneOffset.UTC);
  }
}
