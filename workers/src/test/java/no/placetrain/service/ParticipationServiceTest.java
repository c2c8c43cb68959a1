package no.placetrain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.Outcome;
import no.placetrain.domain.ParticipationIds;
import no.placetrain.domain.StrengthsProfile;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.AgreementStatus;
import no.placetrain.domain.agreement.CapacityReachedException;
import no.placetrain.domain.agreement.DuplicateParticipationException;
import no.placetrain.domain.agreement.FrameworkReferralException;
import no.placetrain.domain.agreement.InactiveAgreementException;
import no.placetrain.domain.agreement.NavOffice;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.ParticipationStatus;
import no.placetrain.domain.agreement.UnknownAgreementException;
import no.placetrain.domain.agreement.UnknownParticipationException;
import no.placetrain.testsupport.Agreements;
import org.junit.jupiter.api.Test;

class ParticipationServiceTest {

  private static final String HOTEL = "nordic-choice-grunerlokka";
  private static final Candidate AMINA = new Candidate("NCH-0001", "Amina");

  private final ServiceFixture fixture = new ServiceFixture();
  private final ParticipationService service = fixture.participations;

  @Test
  void aReferralIsRegisteredActiveAtTheClocksInstant() {
    Participation p = service.register(HOTEL, null, AMINA, "pi-7");

    assertThat(ParticipationIds.isParticipationId(p.id())).isTrue();
    assertThat(service.get(p.id())).isEqualTo(p);
    assertThat(p.status()).isEqualTo(ParticipationStatus.ACTIVE);
    assertThat(p.referredAt()).isEqualTo(ServiceFixture.T0);
    assertThat(p.processInstanceId()).isEqualTo("pi-7");
    assertThat(service.ofAgreement(HOTEL)).containsExactly(p);
  }

  @Test
  void registeringAGivenIdAgainReturnsTheStoredParticipation() {
    String id = ParticipationIds.newId();
    Participation first = service.register(id, HOTEL, null, AMINA, "pi-1");

    fixture.setNow(ServiceFixture.T0.plusSeconds(60));
    Participation again = service.register(id, HOTEL, null, AMINA, "pi-1");

    assertThat(again).isEqualTo(first);
    assertThat(fixture.db.count("PT_PARTICIPATION")).isEqualTo(1);
  }

  @Test
  void refusalsNameTheFieldOnly() {
    service.register(HOTEL, null, AMINA, null);

    assertThatThrownBy(() -> service.register(HOTEL, null, AMINA, null))
        .isInstanceOf(DuplicateParticipationException.class);
    assertThatThrownBy(() -> service.register("no-such-agreement", null, AMINA, null))
        .isInstanceOf(UnknownAgreementException.class)
        .hasMessage("agreementId: names no agreement of the catalogue");
    Agreement hotel = Agreements.hotel();
    fixture.agreementStore.insert(new Agreement("hotel-ended", hotel.kind(), null, "Avsluttet",
        AgreementStatus.ENDED, null, hotel.offices(), hotel.employer(), null, hotel.terms(),
        List.of(), null), "api", ServiceFixture.T0);
    assertThatThrownBy(() -> service.register("hotel-ended", null, AMINA, null))
        .isInstanceOf(InactiveAgreementException.class)
        .hasMessage("agreementId: names an agreement that takes no referrals (status ENDED)");
    // participants belong to the framework's local agreements, never to the framework
    assertThatThrownBy(() -> service.register("iss-oslo-region", null, AMINA, null))
        .isInstanceOf(FrameworkReferralException.class)
        .hasMessage("agreementId: is a framework agreement: refer to one of its local agreements");
    assertThat(service.ofAgreement("iss-oslo-region")).isEmpty();
    assertThatThrownBy(() -> service.get("P-unknown"))
        .isInstanceOf(UnknownParticipationException.class)
        .hasMessage("participationId: names no participation");
  }

  @Test
  void theFirstEmployerContactAndTheStrengthsAreRecorded() {
    Participation p = service.register(HOTEL, null, AMINA, null);
    Instant first = ServiceFixture.T0.plusSeconds(7200);
    fixture.setNow(first);
    service.recordFirstEmployerContact(p.id());
    fixture.setNow(first.plusSeconds(7200));
    service.recordFirstEmployerContact(p.id());
    StrengthsProfile profile = new StrengthsProfile("service", "mennesker", "norsk", "jobb");
    service.recordStrengths(p.id(), profile);

    Participation stored = service.get(p.id());
    assertThat(stored.firstEmployerContactAt()).isEqualTo(first);
    assertThat(stored.strengths()).isEqualTo(profile);
  }

  @Test
  void endingIsKeptOnceAndFreesTheCandidate() {
    Participation p = service.register(HOTEL, null, AMINA, null);
    Instant end = ServiceFixture.T0.plusSeconds(86_400);
    fixture.setNow(end);

    Participation ended = service.end(p.id(), Outcome.ENDED, EndReason.DROPOUT);
    fixture.setNow(end.plusSeconds(60));
    Participation again = service.end(p.id(), Outcome.JOB_OFFER, null);

    assertThat(ended.endReason()).isEqualTo(EndReason.DROPOUT);
    assertThat(again).isEqualTo(ended);
    assertThat(service.get(p.id()).endedAt()).isEqualTo(end);
    Participation next = service.register(HOTEL, null, AMINA, null);
    assertThat(next.id()).isNotEqualTo(p.id());
  }

  @Test
  void theReferringOfficeIsRecordedAndMustBeOneOfTheAgreements() {
    Agreement hotel = Agreements.hotel();
    fixture.agreementStore.insert(new Agreement("hotel-two-offices", hotel.kind(), null,
        "To kontor", AgreementStatus.ACTIVE, null,
        List.of(new NavOffice("nav-alna", "NAV Alna"), new NavOffice("nav-bjerke", "NAV Bjerke")),
        hotel.employer(), null, hotel.terms(), hotel.commitments(), null), "api",
        ServiceFixture.T0);

    assertThat(service.register(HOTEL, null, AMINA, null).officeId()).isEqualTo("nav-grunerlokka");
    assertThat(service.register("hotel-two-offices", "nav-bjerke", AMINA, null).officeId())
        .isEqualTo("nav-bjerke");
    Candidate omar = new Candidate("NCH-0002", "Omar");
    assertThatThrownBy(() -> service.register("hotel-two-offices", null, omar, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("navOfficeId: is required: the agreement has several NAV offices "
            + "(nav-alna, nav-bjerke)");
    assertThatThrownBy(() -> service.register("hotel-two-offices", "nav-grunerlokka", omar, null))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("navOfficeId: must name a NAV office of the agreement (nav-alna, nav-bjerke)");
    assertThat(service.ofAgreement("hotel-two-offices")).hasSize(1);
  }

  @Test
  void aSelectionTakesAPlaceUntilTheParticipationEndsAndTheLastPlaceIsNeverTakenTwice() {
    // the hotel has 6 places per round
    List<Participation> selected = new java.util.ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      Participation p = service.register(HOTEL, null, new Candidate("NCH-10" + i, "K" + i), null);
      selected.add(service.takePlace(p.id()));
    }
    assertThat(selected).allMatch(Participation::holdsPlace)
        .allMatch(p -> ServiceFixture.T0.equals(p.selectedAt()));
    Participation seventh = service.register(HOTEL, null, new Candidate("NCH-107", "K7"), null);

    assertThatThrownBy(() -> service.takePlace(seventh.id()))
        .isInstanceOf(CapacityReachedException.class)
        .hasMessage("interviewResult: cannot be SELECTED: every place of the agreement is held "
            + "(6 of 6); a place frees when a participation holding one ends");
    assertThat(service.get(seventh.id()).selectedAt()).isNull();
    // selecting again one who holds a place changes nothing
    assertThat(service.takePlace(selected.get(0).id())).isEqualTo(selected.get(0));

    service.end(selected.get(0).id(), Outcome.ENDED, EndReason.DROPOUT);
    assertThat(service.takePlace(seventh.id()).holdsPlace()).isTrue();
    assertThat(service.get(selected.get(0).id()).holdsPlace()).isFalse();
  }

  @Test
  void twoSelectionsAtOnceCannotBothTakeTheLastPlace() throws Exception {
    for (int i = 1; i <= 5; i++) {
      Participation p = service.register(HOTEL, null, new Candidate("NCH-20" + i, "K" + i), null);
      service.takePlace(p.id());
    }
    Participation first = service.register(HOTEL, null, new Candidate("NCH-206", "A"), null);
    Participation second = service.register(HOTEL, null, new Candidate("NCH-207", "B"), null);
    java.util.concurrent.CountDownLatch taken = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.ExecutorService threads =
        java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      // the first selection takes the last place and holds its transaction open
      java.util.concurrent.Future<Participation> firstDone = threads.submit(() ->
          fixture.db.transactions().required(() -> {
            Participation p = service.takePlace(first.id());
            taken.countDown();
            await(commit);
            return p;
          }));
      await(taken);
      java.util.concurrent.Future<Participation> secondDone =
          threads.submit(() -> service.takePlace(second.id()));
      Thread.sleep(300);
      // the second waits for the first's lock on the agreement rather than counting 5 places
      assertThat(secondDone.isDone()).isFalse();
      commit.countDown();

      assertThat(firstDone.get(10, java.util.concurrent.TimeUnit.SECONDS).holdsPlace()).isTrue();
      assertThatThrownBy(() -> secondDone.get(10, java.util.concurrent.TimeUnit.SECONDS))
          .hasCauseInstanceOf(CapacityReachedException.class);
    } finally {
      commit.countDown();
      threads.shutdownNow();
    }
    assertThat(service.get(second.id()).selectedAt()).isNull();
  }

  private static void await(java.util.concurrent.CountDownLatch latch) {
    try {
      if (!latch.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
        throw new IllegalStateException("timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anAgreementWithoutACapacityTakesEverySelection() {
    for (int i = 1; i <= 8; i++) {
      Participation p = service.register(
          "fretex-job-guarantee", null, new Candidate("FRX-10" + i, "K" + i), null);
      assertThat(service.takePlace(p.id()).holdsPlace()).isTrue();
    }
  }
}
