package no.placetrain.service;

import static no.placetrain.domain.agreement.CommitmentKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.Outcome;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentStateException;
import no.placetrain.domain.agreement.CommitmentStatus;
import no.placetrain.domain.agreement.CommitmentTemplate;
import no.placetrain.domain.agreement.ObligorRole;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.ParticipationEnd;
import no.placetrain.domain.agreement.UnknownCommitmentException;
import no.placetrain.domain.agreement.UnknownParticipationException;
import no.placetrain.testsupport.Agreements;
import org.junit.jupiter.api.Test;

class CommitmentServiceTest {

  private final ServiceFixture fixture = new ServiceFixture();
  private final CommitmentService service = fixture.commitments;
  private final Participation hotel = fixture.participations.register(
      "nordic-choice-grunerlokka", null, new Candidate("NCH-0001", "Amina"), null);

  private static Instant oslo(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(ServiceFixture.OSLO).toInstant();
  }

  @Test
  void opensWithTheAgreementsDeadlineInWorkingDaysAndThePartyOwingIt() {
    Commitment screen = service.open(hotel.id(), SCREEN_REFERRAL, 0, oslo("2026-03-06T10:00"))
        .orElseThrow();

    // Friday + 5 working days = the next Friday, same local time
    assertThat(screen.dueAt()).isEqualTo(oslo("2026-03-13T10:00"));
    assertThat(screen.obligorRole()).isEqualTo(ObligorRole.NAV_OFFICE);
    assertThat(screen.party()).isEqualTo("nav-grunerlokka");
    assertThat(screen.agreementId()).isEqualTo("nordic-choice-grunerlokka");
    assertThat(service.ofParticipation(hotel.id())).containsExactly(screen);
  }

  @Test
  void openingAgainReturnsTheSameCommitmentAndAKindTheAgreementLacksOpensNothing() {
    Instant anchor = oslo("2026-03-06T10:00");
    Commitment first = service.open(hotel.id(), SCREEN_REFERRAL, 0, anchor).orElseThrow();

    assertThat(service.open(hotel.id(), SCREEN_REFERRAL, 0, anchor)).contains(first);
    assertThat(service.open(hotel.id(), RESOLVE_PERSONAL_MATTERS, 0, anchor)).isEmpty();
    assertThat(fixture.db.count("PT_COMMITMENT")).isEqualTo(1);
  }

  @Test
  void openingAnOpenCommitmentWithAMovedAnchorReAnchorsIt() {
    // a draft starting Monday 16 March, reworked to start Wednesday 1 April (P0D: by the start)
    Commitment first = service.open(hotel.id(), ASSIGN_MENTOR, 0, oslo("2026-03-16T00:00"))
        .orElseThrow();
    service.escalate(first.id(), 1);

    Commitment moved = service.open(hotel.id(), ASSIGN_MENTOR, 0, oslo("2026-04-01T00:00"))
        .orElseThrow();

    assertThat(moved.id()).isEqualTo(first.id());
    assertThat(moved.status()).isEqualTo(CommitmentStatus.OPEN);
    assertThat(moved.anchorAt()).isEqualTo(oslo("2026-04-01T00:00"));
    assertThat(moved.dueAt()).isEqualTo(oslo("2026-04-01T00:00"));
    assertThat(moved.escalationLevel()).as("the rest stays").isEqualTo(1);
    assertThat(service.find(first.id())).contains(moved);
    assertThat(fixture.db.count("PT_COMMITMENT")).isEqualTo(1);
    // the same anchor again changes nothing
    assertThat(service.open(hotel.id(), ASSIGN_MENTOR, 0, oslo("2026-04-01T00:00")))
        .contains(moved);
  }

  @Test
  void aReAnchoredDeadlineBeforeTheAnchorCountsBackFromTheNewAnchor() {
    fixture.agreements.createLocal("iss-oslo-region", Agreements.issLocal("iss-alna", List.of()));
    Participation iss = fixture.participations.register(
        "iss-alna", null, new Candidate("ISS-0002", "Olga"), null);
    service.open(iss.id(), ASSIGN_MENTOR, 0, oslo("2026-03-16T00:00"));

    // the framework's P3D before the start, from the new start
    assertThat(service.open(iss.id(), ASSIGN_MENTOR, 0, oslo("2026-04-01T00:00")).orElseThrow()
        .dueAt()).isEqualTo(oslo("2026-03-29T00:00"));
  }

  @Test
  void aSettledCommitmentIsNeverReAnchored() {
    Commitment first = service.open(hotel.id(), ASSIGN_MENTOR, 0, oslo("2026-03-16T00:00"))
        .orElseThrow();
    Commitment met = service.meet(hotel.id(), ASSIGN_MENTOR, 0, oslo("2026-03-10T12:00"))
        .orElseThrow();

    assertThat(service.open(hotel.id(), ASSIGN_MENTOR, 0, oslo("2026-04-01T00:00")))
        .contains(met);
    assertThat(service.find(first.id())).contains(met);
    assertThat(met.anchorAt()).isEqualTo(first.anchorAt());
  }

  @Test
  void aLocalsCommitmentsComeFromItsFrameworkUnlessItTightensThem() {
    fixture.agreements.createLocal("iss-oslo-region", Agreements.issLocal("iss-alna",
        List.of(CommitmentTemplate.ofWorkingDays(SCREEN_REFERRAL, 2))));
    Participation iss = fixture.participations.register(
        "iss-alna", null, new Candidate("ISS-0001", "Omar"), null);
    Instant monday = oslo("2026-03-09T08:00");

    assertThat(service.open(iss.id(), SCREEN_REFERRAL, 0, monday).orElseThrow().dueAt())
        .isEqualTo(oslo("2026-03-11T08:00"));
    assertThat(service.open(iss.id(), ANSWER_PRESENTATION, 0, monday).orElseThrow().dueAt())
        .isEqualTo(oslo("2026-03-19T08:00"));
    // before the practice starts: 3 days before the anchor
    assertThat(service.open(iss.id(), ASSIGN_MENTOR, 0, monday).orElseThrow().dueAt())
        .isEqualTo(oslo("2026-03-06T08:00"));
    assertThat(service.open(iss.id(), HOLD_CHECKPOINT, 1, monday).orElseThrow().party())
        .isEqualTo("kam");
  }

  @Test
  void metOnTimeIsMetAndLateIsMetLateAndASettledOneStays() {
    Instant anchor = oslo("2026-03-06T10:00");
    service.open(hotel.id(), SCREEN_REFERRAL, 0, anchor);
    service.open(hotel.id(), ANSWER_PRESENTATION, 0, anchor);

    assertThat(service.meet(hotel.id(), SCREEN_REFERRAL, 0, oslo("2026-03-13T10:00"))
        .orElseThrow().status()).isEqualTo(CommitmentStatus.MET);
    assertThat(service.meet(hotel.id(), ANSWER_PRESENTATION, 0, oslo("2026-03-13T10:01"))
        .orElseThrow().status()).isEqualTo(CommitmentStatus.MET_LATE);
    assertThat(service.meet(hotel.id(), SCREEN_REFERRAL, 0, oslo("2026-04-01T10:00"))
        .orElseThrow().resolvedAt()).isEqualTo(oslo("2026-03-13T10:00"));
    assertThat(service.meet(hotel.id(), DECIDE_END_OF_PRACTICE, 0, anchor)).isEmpty();
  }

  @Test
  void escalationClimbsAndABreachNeedsIt() {
    Commitment c = service.open(hotel.id(), HOLD_CHECKPOINT, 1, ServiceFixture.T0).orElseThrow();

    assertThatThrownBy(() -> service.breach(c.id())).isInstanceOf(CommitmentStateException.class);
    service.escalate(c.id(), 1);
    service.escalate(c.id(), 1);
    service.escalate(c.id(), 3);
    fixture.setNow(ServiceFixture.T0.plusSeconds(3600));
    Commitment breached = service.breach(c.id());

    assertThat(service.get(c.id())).isEqualTo(breached);
    assertThat(breached.status()).isEqualTo(CommitmentStatus.BREACHED);
    assertThat(breached.escalationLevel()).isEqualTo(3);
    assertThat(breached.resolvedAt()).isEqualTo(ServiceFixture.T0.plusSeconds(3600));
    assertThatThrownBy(() -> service.escalate(c.id(), 4))
        .isInstanceOf(CommitmentStateException.class);
  }

  @Test
  void aWaiverRecordsWhoAndWhyAndMeetingAfterwardsChangesNothing() {
    Commitment c = service.open(hotel.id(), ASSIGN_MENTOR, 0, ServiceFixture.T0).orElseThrow();

    service.waive(c.id(), "kari", "Fadderen ble syk; ny fadder avtalt muntlig");
    service.meet(hotel.id(), ASSIGN_MENTOR, 0, ServiceFixture.T0);

    Commitment stored = service.get(c.id());
    assertThat(stored.status()).isEqualTo(CommitmentStatus.WAIVED);
    assertThat(stored.waivedBy()).isEqualTo("kari");
    assertThat(stored.waivedReason()).isEqualTo("Fadderen ble syk; ny fadder avtalt muntlig");
    assertThatThrownBy(() -> service.meet(c.id(), ServiceFixture.T0))
        .isInstanceOf(CommitmentStateException.class);
  }

  @Test
  void settlingWritesTheEscalationsVerdictOnceAndTheFirstSettlementWins() {
    Commitment late = service.open(hotel.id(), SCREEN_REFERRAL, 0, ServiceFixture.T0)
        .orElseThrow();
    Commitment waived = service.open(hotel.id(), ANSWER_PRESENTATION, 0, ServiceFixture.T0)
        .orElseThrow();
    Commitment breached = service.open(hotel.id(), HOLD_CHECKPOINT, 1, ServiceFixture.T0)
        .orElseThrow();
    service.escalate(breached.id(), 5);
    fixture.setNow(ServiceFixture.T0.plusSeconds(30 * 24 * 3600));

    assertThat(service.settle(late.id(), CommitmentStatus.MET_LATE, null, null).status())
        .isEqualTo(CommitmentStatus.MET_LATE);
    assertThat(service.settle(waived.id(), CommitmentStatus.WAIVED, "anna", " Ferie ")
        .waivedReason()).isEqualTo("Ferie");
    assertThat(service.settle(breached.id(), CommitmentStatus.BREACHED, null, null))
        .extracting(Commitment::status, Commitment::escalationLevel)
        .containsExactly(CommitmentStatus.BREACHED, 5);
    // settled already: the ledger keeps the first verdict
    assertThat(service.settle(late.id(), CommitmentStatus.BREACHED, null, null).status())
        .isEqualTo(CommitmentStatus.MET_LATE);
    assertThat(service.get(waived.id()).waivedBy()).isEqualTo("anna");
  }

  @Test
  void settlingRefusesOtherStatusesAndAWaiverWithoutReason() {
    Commitment c = service.open(hotel.id(), SCREEN_REFERRAL, 0, ServiceFixture.T0).orElseThrow();

    assertThatThrownBy(() -> service.settle(c.id(), CommitmentStatus.MET, null, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("commitmentStatus: must be MET_LATE, WAIVED or BREACHED");
    assertThatThrownBy(() -> service.settle(c.id(), CommitmentStatus.WAIVED, "anna", " "))
        .isInstanceOf(InvalidValueException.class).hasMessage("waivedReason: is required");
    assertThat(service.get(c.id()).isOpen()).isTrue();
  }

  @Test
  void aCommitmentMayBeOpenedDueAtAnInstantTheProcessFixed() {
    Participation fretex = fixture.participations.register(
        "fretex-job-guarantee", null, new Candidate("FRX-0001", "Lina"), null);
    Instant deadline = oslo("2026-09-02T00:00");

    Commitment c = service.openDueAt(fretex.id(), DELIVER_GUARANTEE_OFFER, 0,
        ServiceFixture.T0, deadline).orElseThrow();

    assertThat(c.anchorAt()).isEqualTo(ServiceFixture.T0);
    assertThat(c.dueAt()).isEqualTo(deadline);
    assertThat(c.party()).isEqualTo("Fretex");
    assertThat(service.find(fretex.id(), DELIVER_GUARANTEE_OFFER, 0)).contains(c);
    assertThat(service.openDueAt(hotel.id(), DELIVER_GUARANTEE_OFFER, 0, ServiceFixture.T0,
        deadline)).isEmpty();
  }

  @Test
  void anEndingCancelsEveryOpenCommitmentOnceAndLeavesTheSettledOnes() {
    Commitment met = service.open(hotel.id(), SCREEN_REFERRAL, 0, ServiceFixture.T0)
        .orElseThrow();
    service.meet(met.id(), ServiceFixture.T0);
    Commitment escalated = service.open(hotel.id(), HOLD_CHECKPOINT, 1, ServiceFixture.T0)
        .orElseThrow();
    service.escalate(escalated.id(), 2);
    Commitment decision = service.open(hotel.id(), DECIDE_END_OF_PRACTICE, 0,
        ServiceFixture.T0.plusSeconds(90L * 24 * 3600)).orElseThrow();
    Participation other = fixture.participations.register(
        "nordic-choice-grunerlokka", null, new Candidate("NCH-0002", "Jonas"), null);
    Commitment othersOpen = service.open(other.id(), SCREEN_REFERRAL, 0, ServiceFixture.T0)
        .orElseThrow();
    fixture.setNow(ServiceFixture.T0.plusSeconds(30L * 24 * 3600));
    ParticipationEnd dropout = new ParticipationEnd(Outcome.ENDED, EndReason.DROPOUT);

    List<Commitment> cancelled = service.cancelOpen(hotel.id(), dropout);

    assertThat(cancelled).extracting(Commitment::id)
        .containsExactlyInAnyOrder(escalated.id(), decision.id());
    assertThat(cancelled).allSatisfy(c -> {
      assertThat(c.status()).isEqualTo(CommitmentStatus.CANCELLED);
      assertThat(c.cancelledReason()).isEqualTo("participation ended: DROPOUT");
      assertThat(c.resolvedAt()).isEqualTo(ServiceFixture.T0.plusSeconds(30L * 24 * 3600));
    });
    assertThat(service.get(escalated.id()).escalationLevel()).isEqualTo(2);
    assertThat(service.get(met.id()).status()).isEqualTo(CommitmentStatus.MET);
    assertThat(service.get(othersOpen.id()).status()).as("another participation's")
        .isEqualTo(CommitmentStatus.OPEN);
    // a retry (or a second closing path) finds nothing OPEN and changes nothing
    fixture.setNow(ServiceFixture.T0.plusSeconds(31L * 24 * 3600));
    assertThat(service.cancelOpen(hotel.id(), dropout)).isEmpty();
    assertThat(service.get(decision.id())).isEqualTo(cancelled.stream()
        .filter(c -> c.id().equals(decision.id())).findFirst().orElseThrow());
    assertThat(service.cancelOpen("P-unknown", dropout)).isEmpty();
  }

  @Test
  void aGuaranteeEndingWithoutAnOfferLeavesTheBrokersCommitmentToItsEscalation() {
    Participation fretex = fixture.participations.register(
        "fretex-job-guarantee", null, new Candidate("FRX-0002", "Sara"), null);
    Commitment screening = service.open(fretex.id(), SCREEN_REFERRAL, 0, ServiceFixture.T0)
        .orElseThrow();
    Commitment guarantee = service.openDueAt(fretex.id(), DELIVER_GUARANTEE_OFFER, 0,
        ServiceFixture.T0, ServiceFixture.T0.plusSeconds(3600)).orElseThrow();

    List<Commitment> cancelled = service.cancelOpen(fretex.id(),
        new ParticipationEnd(Outcome.ENDED, EndReason.GUARANTEE_NOT_MET));

    assertThat(cancelled).extracting(Commitment::id).containsExactly(screening.id());
    assertThat(cancelled.get(0).cancelledReason())
        .isEqualTo("participation ended: GUARANTEE_NOT_MET");
    assertThat(service.get(guarantee.id()).status()).isEqualTo(CommitmentStatus.OPEN);
  }

  @Test
  void onlyStoredParticipationsAreTracked() {
    assertThat(service.tracks(hotel.id())).isTrue();
    assertThat(service.tracks("P-unknown")).isFalse();
    assertThat(service.tracks(null)).isFalse();
    assertThat(service.find(null, SCREEN_REFERRAL, 0)).isEmpty();
  }

  @Test
  void unknownIdsAndWrongSequencesAreRefused() {
    assertThatThrownBy(() -> service.open("P-unknown", SCREEN_REFERRAL, 0, ServiceFixture.T0))
        .isInstanceOf(UnknownParticipationException.class);
    assertThatThrownBy(() -> service.waive("C-unknown", "kari", "grunn"))
        .isInstanceOf(UnknownCommitmentException.class)
        .hasMessage("commitmentId: names no commitment");
    assertThatThrownBy(() -> service.open(hotel.id(), HOLD_CHECKPOINT, 0, ServiceFixture.T0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("sequence: must be the checkpoint number (1 or more)");
    assertThatThrownBy(() -> service.open(hotel.id(), SCREEN_REFERRAL, 2, ServiceFixture.T0))
        .hasMessage("sequence: must be 0 for SCREEN_REFERRAL");
    assertThatThrownBy(() -> service.open(hotel.id(), DECIDE_END_OF_PRACTICE, -1, ServiceFixture.T0))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("sequence: must be the round (0 or more) for DECIDE_END_OF_PRACTICE");
  }
}
