package no.placetrain.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.ParticipationIds;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.DuplicateParticipationException;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.UnknownAgreementException;
import no.placetrain.service.ParticipationService;
import no.placetrain.store.ParticipationStore;
import no.placetrain.testsupport.Agreements;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** A referral is checked before the process starts, and starts it as the referral form does. */
class ReferralsTest {

  private final Agreement hotel = Agreements.hotel();
  private final ParticipationStore store = mock(ParticipationStore.class);
  private final ParticipationService participations = mock(ParticipationService.class);
  private final RuntimeService runtime = mock(RuntimeService.class);
  private final ProcessInstantiationBuilder start =
      mock(ProcessInstantiationBuilder.class, RETURNS_SELF);
  private final Referrals referrals = new Referrals(
      id -> hotel.id().equals(id) ? Optional.of(hotel) : Optional.empty(),
      store, participations, runtime);

  @BeforeEach
  void engine() {
    when(runtime.createProcessInstanceByKey("place-and-train")).thenReturn(start);
    when(start.execute()).thenReturn(null);
  }

  @Test
  void startsPlaceAndTrainWithTheFormsVariablesAndAParticipationIdAsBusinessKey() {
    when(participations.get(anyString())).thenAnswer(call -> Participation.refer(
        call.getArgument(0), hotel.id(), new Candidate("NCH-0001", "Amina"), "pi-1",
        Instant.now()));

    Participation participation = referrals.refer(
        new ReferralRequest(" nordic-choice-grunerlokka ", "NCH-0001", "Amina"));

    ArgumentCaptor<String> businessKey = ArgumentCaptor.forClass(String.class);
    verify(start).businessKey(businessKey.capture());
    assertThat(ParticipationIds.isParticipationId(businessKey.getValue())).isTrue();
    assertThat(participation.id()).isEqualTo(businessKey.getValue());
    verify(start).setVariable("agreementId", "nordic-choice-grunerlokka");
    verify(start).setVariable("candidateRef", "NCH-0001");
    verify(start).setVariable("candidateDisplayName", "Amina");
    verify(start).execute();
  }

  @Test
  void missingAgreementIsRefusedBeforeStarting() {
    InvalidValueException refused = catchThrowableOfType(InvalidValueException.class,
        () -> referrals.refer(new ReferralRequest(" ", "NCH-0001", "Amina")));
    assertThat(refused.field()).isEqualTo("agreementId");
    assertThat(catchThrowableOfType(InvalidValueException.class, () -> referrals.refer(null))
        .field()).isEqualTo("agreementId");
    verify(runtime, never()).createProcessInstanceByKey(anyString());
  }

  @Test
  void aMalformedCandidateIsRefusedBeforeStarting() {
    InvalidValueException refused = catchThrowableOfType(InvalidValueException.class,
        () -> referrals.refer(new ReferralRequest(hotel.id(), "12345678901", "Amina")));
    assertThat(refused.field()).isEqualTo("candidateRef");
    assertThat(refused.getMessage()).doesNotContain("12345678901");
    InvalidValueException noName = catchThrowableOfType(InvalidValueException.class,
        () -> referrals.refer(new ReferralRequest(hotel.id(), "NCH-0001", null)));
    assertThat(noName.field()).isEqualTo("candidateDisplayName");
    verify(runtime, never()).createProcessInstanceByKey(anyString());
  }

  @Test
  void anUnknownAgreementIsRefusedBeforeStarting() {
    UnknownAgreementException refused = catchThrowableOfType(UnknownAgreementException.class,
        () -> referrals.refer(new ReferralRequest("no-such-agreement", "NCH-0001", "Amina")));
    assertThat(refused.field()).isEqualTo("agreementId");
    verify(runtime, never()).createProcessInstanceByKey(anyString());
  }

  @Test
  void aCandidateActiveInTheAgreementIsRefusedBeforeStarting() {
    when(store.findActive(hotel.id(), "NCH-0001")).thenReturn(Optional.of(Participation.refer(
        hotel.id(), new Candidate("NCH-0001", "Amina"), "pi-0", Instant.now())));
    catchThrowableOfType(DuplicateParticipationException.class,
        () -> referrals.refer(new ReferralRequest(hotel.id(), "NCH-0001", "Amina")));
    verify(runtime, never()).createProcessInstanceByKey(anyString());
  }
}
