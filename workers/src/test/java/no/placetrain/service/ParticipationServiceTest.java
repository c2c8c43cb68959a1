package no.placetrain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.Outcome;
import no.placetrain.domain.ParticipationIds;
import no.placetrain.domain.StrengthsProfile;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.AgreementStatus;
import no.placetrain.domain.agreement.DuplicateParticipationException;
import no.placetrain.domain.agreement.FrameworkReferralException;
import no.placetrain.domain.agreement.InactiveAgreementException;
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
    Participation p = service.register(HOTEL, AMINA, "pi-7");

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
    Participation first = service.register(id, HOTEL, AMINA, "pi-1");

    fixture.setNow(ServiceFixture.T0.plusSeconds(60));
    Participation again = service.register(id, HOTEL, AMINA, "pi-1");

    assertThat(again).isEqualTo(first);
    assertThat(fixture.db.count("PT_PARTICIPATION")).isEqualTo(1);
  }

  @Test
  void refusalsNameTheFieldOnly() {
    service.register(HOTEL, AMINA, null);

    assertThatThrownBy(() -> service.register(HOTEL, AMINA, null))
        .isInstanceOf(DuplicateParticipationException.class);
    assertThatThrownBy(() -> service.register("no-such-agreement", AMINA, null))
        .isInstanceOf(UnknownAgreementException.class)
        .hasMessage("agreementId: names no agreement of the catalogue");
    Agreement hotel = Agreements.hotel();
    fixture.agreementStore.insert(new Agreement("hotel-ended", hotel.kind(), null, "Avsluttet",
        AgreementStatus.ENDED, null, hotel.offices(), hotel.employer(), null, hotel.terms(),
        List.of(), null), "api", ServiceFixture.T0);
    assertThatThrownBy(() -> service.register("hotel-ended", AMINA, null))
        .isInstanceOf(InactiveAgreementException.class)
        .hasMessage("agreementId: names an agreement that takes no referrals (status ENDED)");
    // participants belong to the framework's local agreements, never to the framework
    assertThatThrownBy(() -> service.register("iss-oslo-region", AMINA, null))
        .isInstanceOf(FrameworkReferralException.class)
        .hasMessage("agreementId: is a framework agreement: refer to one of its local agreements");
    assertThat(service.ofAgreement("iss-oslo-region")).isEmpty();
    assertThatThrownBy(() -> service.get("P-unknown"))
        .isInstanceOf(UnknownParticipationException.class)
        .hasMessage("participationId: names no participation");
  }

  @Test
  void theFirstEmployerContactAndTheStrengthsAreRecorded() {
    Participation p = service.register(HOTEL, AMINA, null);
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
    Participation p = service.register(HOTEL, AMINA, null);
    Instant end = ServiceFixture.T0.plusSeconds(86_400);
    fixture.setNow(end);

    Participation ended = service.end(p.id(), Outcome.ENDED, EndReason.DROPOUT);
    fixture.setNow(end.plusSeconds(60));
    Participation again = service.end(p.id(), Outcome.JOB_OFFER, null);

    assertThat(ended.endReason()).isEqualTo(EndReason.DROPOUT);
    assertThat(again).isEqualTo(ended);
    assertThat(service.get(p.id()).endedAt()).isEqualTo(end);
    Participation next = service.register(HOTEL, AMINA, null);
    assertThat(next.id()).isNotEqualTo(p.id());
  }
}
