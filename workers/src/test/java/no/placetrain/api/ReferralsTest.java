package no.placetrain.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.placetrain.access.AccessDeniedException;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.ParticipationIds;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.AgreementKind;
import no.placetrain.domain.agreement.AgreementStatus;
import no.placetrain.domain.agreement.DuplicateParticipationException;
import no.placetrain.domain.agreement.FrameworkReferralException;
import no.placetrain.domain.agreement.InactiveAgreementException;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.UnknownAgreementException;
import no.placetrain.service.ParticipationService;
import no.placetrain.store.ParticipationStore;
import no.placetrain.testsupport.Agreements;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/**
 * A referral is checked before the process starts (what the skipped start event would check), and
 * starts it before Task_RegisterReferral with the form's variables and who referred.
 */
class ReferralsTest {

  private final Agreement hotel = Agreements.hotel();
  private final Agreement framework = Agreements.issFramework();
  /** A LOCAL created through the API: the referral form does not list it. */
  private final Agreement apiLocal = Agreements.issLocal("iss-api-grorud", List.of());
  private final Agreement draft = new Agreement("iss-draft", AgreementKind.LOCAL,
      framework.id(), "ISS × NAV Grorud (utkast)", AgreementStatus.DRAFT, null,
      apiLocal.offices(), apiLocal.employer(), null, apiLocal.terms(), List.of(), null);
  private final Map<String, Agreement> agreements = Map.of(hotel.id(), hotel,
      framework.id(), framework, apiLocal.id(), apiLocal, draft.id(), draft);
  private final ParticipationStore store = mock(ParticipationStore.class);
  private final ParticipationService participations = mock(ParticipationService.class);
  private final RuntimeService runtime = mock(RuntimeService.class);
  private final IdentityService identity = mock(IdentityService.class);
  private final ProcessInstantiationBuilder start =
      mock(ProcessInstantiationBuilder.class, RETURNS_SELF);
  private final Referrals referrals = new Referrals(
      id -> Optional.ofNullable(id).map(agreements::get), store, participations, runtime,
      identity);

  @BeforeEach
  void engine() {
    when(runtime.createProcessInstanceByKey("place-and-train")).thenReturn(start);
    when(start.execute()).thenReturn(null);
    when(identity.getCurrentAuthentication())
        .thenReturn(new Authentication("nora", List.of("nav-grunerlokka-caseworker")));
    when(participations.get(anyString())).thenAnswer(call -> Participation.refer(
        call.getArgument(0), hotel.id(), "nav-grunerlokka", new Candidate("NCH-0001", "Amina"), "pi-1",
        Instant.now()));
  }

  @Test
  void startsBeforeTheRegistrationWithTheFormsVariablesWhoReferredAndTheParticipationId() {
    Participation participation = referrals.refer(
        new ReferralRequest(" nordic-choice-grunerlokka ", "NCH-0001", "Amina"));

    ArgumentCaptor<String> businessKey = ArgumentCaptor.forClass(String.class);
    verify(start).businessKey(businessKey.capture());
    assertThat(ParticipationIds.isParticipationId(businessKey.getValue())).isTrue();
    assertThat(participation.id()).isEqualTo(businessKey.getValue());
    assertThat(startVariables()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "agreementId", "nordic-choice-grunerlokka",
        "navOfficeId", "nav-grunerlokka",
        "candidateRef", "NCH-0001",
        "candidateDisplayName", "Amina",
        "referredBy", "nora"));
    // the variables are the process instance's: given before the start instruction
    InOrder order = inOrder(start);
    order.verify(start).setVariables(any(Map.class));
    order.verify(start).startBeforeActivity("Task_RegisterReferral");
    order.verify(start).execute();
    verify(start, never()).startAfterActivity(anyString());
    verify(start, never()).startTransition(anyString());
  }

  @Test
  void aLocalCreatedThroughTheApiIsReferable() {
    when(identity.getCurrentAuthentication())
        .thenReturn(new Authentication("alna.caseworker", List.of("nav-alna-caseworker")));
    referrals.refer(new ReferralRequest("iss-api-grorud", "ISS-0001", "Omar"));

    assertThat(startVariables()).containsEntry("agreementId", "iss-api-grorud");
    verify(start).startBeforeActivity("Task_RegisterReferral");
  }

  @Test
  void onlyACaseworkerOfTheReferringOfficeOrAnAdministratorRefers() {
    // nora is a caseworker of NAV Grünerløkka, not of the agreement's NAV Alna
    AccessDeniedException refused = catchThrowableOfType(AccessDeniedException.class,
        () -> referrals.refer(new ReferralRequest("iss-api-grorud", "ISS-0001", "Omar")));
    assertThat(refused.field()).isEqualTo("navOfficeId");
    assertThat(refused.getMessage()).contains("nav-alna-caseworker").doesNotContain("ISS-0001");
    verify(runtime, never()).createProcessInstanceByKey(anyString());

    when(identity.getCurrentAuthentication())
        .thenReturn(new Authentication("admin", List.of("camunda-admin")));
    referrals.refer(new ReferralRequest("iss-api-grorud", "ISS-0001", "Omar"));
    verify(start).execute();
  }

  @Test
  void withoutAnAuthenticatedUserNobodyIsNamedAsReferrer() {
    when(identity.getCurrentAuthentication()).thenReturn(null);

    referrals.refer(new ReferralRequest(hotel.id(), "NCH-0001", "Amina"));

    assertThat(startVariables()).doesNotContainKey("referredBy");
  }

  @Test
  void aFrameworkAgreementIsRefusedBeforeStarting() {
    FrameworkReferralException refused = catchThrowableOfType(FrameworkReferralException.class,
        () -> referrals.refer(new ReferralRequest("iss-oslo-region", "ISS-0001", "Omar")));
    assertThat(refused.field()).isEqualTo("agreementId");
    assertThat(refused.getMessage()).isEqualTo(
        "agreementId: is a framework agreement: refer to one of its local agreements");
    verify(runtime, never()).createProcessInstanceByKey(anyString());
  }

  @Test
  void anAgreementThatIsNotActiveIsRefusedBeforeStarting() {
    InactiveAgreementException refused = catchThrowableOfType(InactiveAgreementException.class,
        () -> referrals.refer(new ReferralRequest("iss-draft", "ISS-0001", "Omar")));
    assertThat(refused.field()).isEqualTo("agreementId");
    verify(runtime, never()).createProcessInstanceByKey(anyString());
  }

  @Test
  void aDisplayNameTheFormWouldRefuseIsRefusedBeforeStarting() {
    InvalidValueException refused = catchThrowableOfType(InvalidValueException.class,
        () -> referrals.refer(new ReferralRequest(hotel.id(), "NCH-0001", "*SECRET*")));
    assertThat(refused.field()).isEqualTo("candidateDisplayName");
    assertThat(refused.getMessage()).doesNotContain("SECRET");
    verify(runtime, never()).createProcessInstanceByKey(anyString());
  }

  /** The start skips the referral form: its display-name rule is the form's own. */
  @Test
  void theDisplayNameShapeIsTheReferralFormsPattern() throws Exception {
    JsonNode form;
    try (InputStream in = getClass().getResourceAsStream("/placetrain/forms/form-referral.form")) {
      form = new ObjectMapper().readTree(in);
    }
    String pattern = null;
    for (JsonNode component : form.get("components")) {
      if ("candidateDisplayName".equals(component.path("key").asText())) {
        pattern = component.path("validate").path("pattern").asText();
      }
    }
    assertThat(Candidate.DISPLAY_NAME_PATTERN).isEqualTo(pattern);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> startVariables() {
    ArgumentCaptor<Map<String, Object>> variables = ArgumentCaptor.forClass(Map.class);
    verify(start).setVariables(variables.capture());
    return variables.getValue();
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
        hotel.id(), "nav-grunerlokka", new Candidate("NCH-0001", "Amina"), "pi-0", Instant.now())));
    catchThrowableOfType(DuplicateParticipationException.class,
        () -> referrals.refer(new ReferralRequest(hotel.id(), "NCH-0001", "Amina")));
    verify(runtime, never()).createProcessInstanceByKey(anyString());
  }
}
