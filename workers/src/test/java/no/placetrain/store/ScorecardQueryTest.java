package no.placetrain.store;

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
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.AgreementKind;
import no.placetrain.domain.agreement.AgreementStatus;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentTemplate;
import no.placetrain.domain.agreement.LedgerCounts;
import no.placetrain.domain.agreement.NavOffice;
import no.placetrain.domain.agreement.ObligorRole;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.Scorecard;
import no.placetrain.testsupport.Agreements;
import no.placetrain.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** The aggregate queries give what the domain computes from the same rows. */
class ScorecardQueryTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private final TestDatabase db = TestDatabase.create();
  private final Agreement hotel = Agreements.hotel();

  @Test
  void aKnownScenarioFromTheTables() {
    new AgreementStore(db.jdbc()).insert(hotel, "hotel.yaml", T0);
    new AgreementStore(db.jdbc()).insert(Agreements.fretex(), "fretex.yaml", T0);
    ParticipationStore participations = new ParticipationStore(db.jdbc());
    CommitmentStore ledger = new CommitmentStore(db.jdbc());
    List<Participation> rows = new ArrayList<>();
    rows.add(referred(1).withFirstEmployerContact(T0.plus(Duration.ofDays(1)))
        .end(Outcome.JOB_OFFER, null, T0.plus(Duration.ofDays(90))));
    rows.add(referred(2).withFirstEmployerContact(T0.plus(Duration.ofDays(4)))
        .end(Outcome.ENDED, EndReason.NO_OFFER, T0.plus(Duration.ofDays(90))));
    rows.add(referred(3));
    rows.forEach(participations::insert);
    List<Commitment> commitments = List.of(
        open(rows.get(0), CommitmentKind.SCREEN_REFERRAL).meet(T0),
        open(rows.get(1), CommitmentKind.SCREEN_REFERRAL).meet(T0.plus(Duration.ofDays(30))),
        open(rows.get(0), CommitmentKind.ANSWER_PRESENTATION).escalate(3).breach(T0),
        open(rows.get(2), CommitmentKind.SCREEN_REFERRAL),
        // a checkpoint the end of the practice cut short: cancelled, counted apart
        open(rows.get(1), CommitmentKind.HOLD_CHECKPOINT)
            .cancel("participation ended: NO_OFFER", T0.plus(Duration.ofDays(90))));
    for (Commitment c : commitments) {
      ledger.open(c);
    }
    // another agreement's rows do not count
    participations.insert(Participation.refer("fretex-job-guarantee", "nav-oslo",
        new Candidate("FRX-0001", "Omar"), null, T0).end(Outcome.JOB_OFFER, null, T0));

    Scorecard card = new ScorecardQuery(db.jdbc()).scorecard(hotel);

    assertThat(card).isEqualTo(Scorecard.of(hotel, commitments, rows));
    assertThat(card.commitmentsByRole().get(ObligorRole.NAV_OFFICE))
        .isEqualTo(new LedgerCounts(1, 1, 0, 0, 1, 0));
    assertThat(card.commitmentsByRole().get(ObligorRole.EMPLOYER))
        .isEqualTo(new LedgerCounts(0, 0, 1, 0, 0, 0));
    assertThat(card.commitmentsByRole().get(ObligorRole.KAM))
        .isEqualTo(new LedgerCounts(0, 0, 0, 0, 0, 1));
    assertThat(card.commitments().total()).isEqualTo(5);
    assertThat(card.offerRatePercent()).isEqualTo(50.0);
    assertThat(card.activeParticipations()).isEqualTo(1);
    assertThat(card.averageDaysToFirstEmployerContact()).isEqualTo(2.5);
  }

  @Test
  void anAgreementOfTwoOfficesIsCountedPerReferringOffice() {
    Agreement twoOffices = new Agreement("thon-two-offices", AgreementKind.LOCAL, null,
        "Olav Thon × NAV Alna og NAV Bjerke", AgreementStatus.ACTIVE, null,
        List.of(new NavOffice("nav-alna", "NAV Alna"), new NavOffice("nav-bjerke", "NAV Bjerke")),
        hotel.employer(), null, hotel.terms(), hotel.commitments(), Map.of());
    new AgreementStore(db.jdbc()).insert(twoOffices, "thon.yaml", T0);
    ParticipationStore participations = new ParticipationStore(db.jdbc());
    CommitmentStore ledger = new CommitmentStore(db.jdbc());
    Participation alna = Participation.refer(twoOffices.id(), "nav-alna",
        new Candidate("OT-0001", "A"), null, T0).end(Outcome.ENDED, EndReason.NOT_SELECTED, T0);
    Participation bjerke1 = Participation.refer(twoOffices.id(), "nav-bjerke",
        new Candidate("OT-0002", "B"), null, T0);
    Participation bjerke2 = Participation.refer(twoOffices.id(), "nav-bjerke",
        new Candidate("OT-0003", "C"), null, T0);
    List.of(alna, bjerke1, bjerke2).forEach(participations::insert);
    CommitmentTemplate screening = twoOffices.ownCommitment(CommitmentKind.SCREEN_REFERRAL)
        .orElseThrow();
    for (Participation p : List.of(alna, bjerke1, bjerke2)) {
      Commitment c = Commitment.open(p.id(), twoOffices.id(), screening,
          twoOffices.partyOf(screening.obligor(), p.officeId()), 0, T0, ZoneOffset.UTC);
      ledger.open(p == bjerke2 ? c : c.meet(T0));
    }

    Scorecard card = new ScorecardQuery(db.jdbc()).scorecard(twoOffices);

    assertThat(card.commitmentsByParty()).containsExactly(
        new Scorecard.PartyLedger(ObligorRole.NAV_OFFICE, "nav-alna",
            new LedgerCounts(1, 0, 0, 0, 0, 0)),
        new Scorecard.PartyLedger(ObligorRole.NAV_OFFICE, "nav-bjerke",
            new LedgerCounts(1, 0, 0, 0, 1, 0)));
    assertThat(card.referralsByOffice()).containsExactly(
        Map.entry("nav-alna", 1), Map.entry("nav-bjerke", 2));
    assertThat(card.endedByReason()).containsEntry(EndReason.NOT_SELECTED, 1);
    // nobody completed a practice: no rate
    assertThat(card.completedPractices()).isZero();
    assertThat(card.offerRatePercent()).isNull();
  }

  private Participation referred(int n) {
    return Participation.refer(
        hotel.id(), "nav-grunerlokka", new Candidate("NCH-000" + n, "K" + n), null, T0);
  }

  private Commitment open(Participation p, CommitmentKind kind) {
    CommitmentTemplate template = hotel.ownCommitment(kind)
        .orElse(CommitmentTemplate.of(kind, Period.ofDays(7)));
    return Commitment.open(p.id(), hotel.id(), template,
        hotel.partyOf(template.obligor(), p.officeId()), 0, T0, ZoneOffset.UTC);
  }
}
