package no.placetrain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.Outcome;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.LedgerCounts;
import no.placetrain.domain.agreement.ObligorRole;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.ParticipationEnd;
import no.placetrain.domain.agreement.Scorecard;
import no.placetrain.domain.agreement.UnknownAgreementException;
import org.junit.jupiter.api.Test;

/** A scenario driven through the services, read back as a scorecard. */
class ScorecardServiceTest {

  private final ServiceFixture fixture = new ServiceFixture();

  @Test
  void aScenarioThroughTheServices() {
    String hotel = "nordic-choice-grunerlokka";
    Participation a =
        fixture.participations.register(hotel, null, new Candidate("NCH-0001", "A"), null);
    Participation b =
        fixture.participations.register(hotel, null, new Candidate("NCH-0002", "B"), null);
    fixture.commitments.open(a.id(), CommitmentKind.SCREEN_REFERRAL, 0, ServiceFixture.T0);
    fixture.commitments.open(b.id(), CommitmentKind.SCREEN_REFERRAL, 0, ServiceFixture.T0);
    fixture.setNow(ServiceFixture.T0.plus(Duration.ofHours(12)));
    fixture.participations.recordFirstEmployerContact(a.id());
    fixture.commitments.meet(a.id(), CommitmentKind.SCREEN_REFERRAL, 0,
        ServiceFixture.T0.plus(Duration.ofDays(1)));
    fixture.participations.end(a.id(), Outcome.JOB_OFFER, null);
    // b drops out before it is screened: its screening can no longer be done
    fixture.participations.end(b.id(), Outcome.ENDED, EndReason.DROPOUT);
    fixture.commitments.cancelOpen(b.id(), new ParticipationEnd(Outcome.ENDED, EndReason.DROPOUT));

    Scorecard card = fixture.scorecards.scorecard(hotel);

    assertThat(card.commitmentsByRole()).containsExactly(
        java.util.Map.entry(ObligorRole.NAV_OFFICE, new LedgerCounts(1, 0, 0, 0, 0, 1)));
    assertThat(card.endedParticipations()).isEqualTo(2);
    assertThat(card.activeParticipations()).isZero();
    // b never reached the end of a practice: 1 offer of 1 completed practice
    assertThat(card.completedPractices()).isEqualTo(1);
    assertThat(card.offerRatePercent()).isEqualTo(100.0);
    assertThat(card.offerTargetMet()).isTrue();
    assertThat(card.commitmentsByParty()).extracting(Scorecard.PartyLedger::party)
        .containsExactly("nav-grunerlokka");
    assertThat(card.referralsByOffice()).containsExactly(java.util.Map.entry("nav-grunerlokka", 2));
    assertThat(card.averageDaysToFirstEmployerContact()).isEqualTo(0.5);
    assertThatThrownBy(() -> fixture.scorecards.scorecard("no-such-agreement"))
        .isInstanceOf(UnknownAgreementException.class);
  }
}
