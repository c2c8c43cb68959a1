package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.ParticipationIds;
import no.placetrain.domain.SelectionMode;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.AgreementKind;
import no.placetrain.domain.agreement.AgreementStatus;
import no.placetrain.domain.agreement.DuplicateParticipationException;
import no.placetrain.domain.agreement.FrameworkReferralException;
import no.placetrain.domain.agreement.NavOffice;
import no.placetrain.domain.agreement.ProgrammeTerms;
import no.placetrain.service.ParticipationService;
import no.placetrain.testsupport.Agreements;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

class RegisterReferralWorkerTest {

  private static final Agreement HOTEL = Agreements.hotel();
  private static final Agreement FRETEX = Agreements.fretex();

  private final ParticipationService participations = mock(ParticipationService.class);
  private static final Agreement FRAMEWORK = Agreements.issFramework();
  private static final Agreement LOCAL = Agreements.issLocal("iss-api-grorud", List.of());
  private static final Agreement DRAFT = new Agreement("iss-draft", AgreementKind.LOCAL,
      FRAMEWORK.id(), "ISS × NAV Grorud (utkast)", AgreementStatus.DRAFT, null, LOCAL.offices(),
      LOCAL.employer(), null, LOCAL.terms(), List.of(), null);

  private static final Agreement FRAMEWORK_LOCAL_TWO_OFFICES = new Agreement("iss-groruddalen",
      AgreementKind.LOCAL, FRAMEWORK.id(), "ISS × NAV Alna og NAV Bjerke", AgreementStatus.ACTIVE,
      null, List.of(new NavOffice("nav-alna", "NAV Alna"), new NavOffice("nav-bjerke", "NAV Bjerke")),
      LOCAL.employer(), null, new ProgrammeTerms(SelectionMode.INTERVIEW, 3, 6, null, null, null,
          List.of("Norsk nivå B1", "Førerkort klasse B")), List.of(), null);

  private final Map<String, Agreement> catalogue = Map.of(HOTEL.id(), HOTEL, FRETEX.id(), FRETEX,
      FRAMEWORK.id(), FRAMEWORK, LOCAL.id(), LOCAL, DRAFT.id(), DRAFT,
      FRAMEWORK_LOCAL_TWO_OFFICES.id(), FRAMEWORK_LOCAL_TWO_OFFICES);
  private final RegisterReferralWorker worker = new RegisterReferralWorker(
      id -> Optional.ofNullable(id).map(catalogue::get), participations);

  private static FakeExecution candidate() {
    return FakeExecution.activity()
        .with(CANDIDATE_REF, "REF-0001").with(CANDIDATE_DISPLAY_NAME, "Amina");
  }

  @Test
  void aMalformedCandidateReferenceIsRefusedBeforeAnythingIsWritten() {
    FakeExecution execution = FakeExecution.activity().with(AGREEMENT_ID, HOTEL.id())
        .with(CANDIDATE_REF, "01017012345").with(CANDIDATE_DISPLAY_NAME, "Amina");

    assertThatThrownBy(() -> worker.execute(execution))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageStartingWith("candidateRef:")
        .hasMessageNotContaining("01017012345");
    assertThat(execution.processInstanceHas(PARTICIPATION_ID.name())).isFalse();
    verify(participations, never()).register(any(), any(), any(), any(), any());
  }

  @Test
  void registersTheParticipationUnderItsIdWithTheCandidate() {
    FakeExecution execution = candidate().with(AGREEMENT_ID, HOTEL.id());

    worker.execute(execution);

    verify(participations).register(PARTICIPATION_ID.get(execution), HOTEL.id(), "nav-grunerlokka",
        new Candidate("REF-0001", "Amina"), null);
  }

  @Test
  void aCandidateAlreadyActiveInTheAgreementIsABadRequestWithoutTheReference() {
    doThrow(new DuplicateParticipationException()).when(participations)
        .register(anyString(), eq(HOTEL.id()), any(), any(), any());
    FakeExecution execution = candidate().with(AGREEMENT_ID, HOTEL.id());

    assertThatThrownBy(() -> worker.execute(execution))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("candidateRef: already has an active participation in this agreement");
    assertThat(execution.processInstanceHas(AGREEMENT_NAME.name())).isFalse();
  }

  @Test
  void copiesTheAgreementsTermsAndSetsTheParticipationIdAsBusinessKey() {
    FakeExecution execution = candidate().with(AGREEMENT_ID, HOTEL.id());

    worker.execute(execution);

    String participationId = PARTICIPATION_ID.get(execution);
    assertThat(ParticipationIds.isParticipationId(participationId)).isTrue();
    assertThat(execution.getProcessBusinessKey()).isEqualTo(participationId);
    assertThat(AGREEMENT_NAME.get(execution)).isEqualTo(HOTEL.name());
    assertThat(EMPLOYER_NAME.get(execution)).isEqualTo("Nordic Choice Hotels");
    assertThat(BROKER_NAME.get(execution)).isEmpty();
    assertThat(SELECTION_MODE.get(execution)).isEqualTo("SPEED_INTERVIEW");
    assertThat(BROKER_INVOLVED.get(execution)).isFalse();
    assertThat(JOB_GUARANTEE.get(execution)).isFalse();
    assertThat(execution.processInstanceHas(GUARANTEE_PERIOD.name())).isFalse();
    assertThat(PRACTICE_MIN_MONTHS.get(execution)).isEqualTo(3);
    assertThat(PRACTICE_MAX_MONTHS.get(execution)).isEqualTo(3);
  }

  @Test
  void aGuaranteeAgreementAddsBrokerAndIsoPeriod() {
    FakeExecution execution = candidate().with(AGREEMENT_ID, FRETEX.id());

    worker.execute(execution);

    assertThat(BROKER_NAME.get(execution)).isEqualTo("Fretex");
    assertThat(BROKER_INVOLVED.get(execution)).isTrue();
    assertThat(JOB_GUARANTEE.get(execution)).isTrue();
    assertThat(GUARANTEE_PERIOD.get(execution)).isEqualTo("P6M");
    assertThat(PRACTICE_MAX_MONTHS.get(execution)).isEqualTo(6);
  }

  @Test
  void reRunningKeepsTheParticipationId() {
    FakeExecution execution = candidate().with(AGREEMENT_ID, HOTEL.id());
    worker.execute(execution);
    String first = PARTICIPATION_ID.get(execution);

    worker.execute(execution);

    assertThat(PARTICIPATION_ID.get(execution)).isEqualTo(first);
    assertThat(execution.getProcessBusinessKey()).isEqualTo(first);
  }

  @Test
  void aBusinessKeyInParticipationIdFormIsAdoptedOthersAreReplaced() {
    String given = ParticipationIds.newId();
    FakeExecution adopted = candidate().with(AGREEMENT_ID, HOTEL.id());
    adopted.setProcessBusinessKey(given);
    FakeExecution replaced = candidate().with(AGREEMENT_ID, HOTEL.id());
    replaced.setProcessBusinessKey("order-17");

    worker.execute(adopted);
    worker.execute(replaced);

    assertThat(PARTICIPATION_ID.get(adopted)).isEqualTo(given);
    assertThat(replaced.getProcessBusinessKey()).isNotEqualTo("order-17")
        .isEqualTo(PARTICIPATION_ID.get(replaced));
  }

  @Test
  void aFrameworkAgreementIsABadRequestAndNothingIsRegistered() {
    FakeExecution execution = candidate().with(AGREEMENT_ID, FRAMEWORK.id());

    assertThatThrownBy(() -> worker.execute(execution))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("agreementId: is a framework agreement: refer to one of its local agreements")
        .hasCauseInstanceOf(FrameworkReferralException.class);
    assertThat(execution.processInstanceHas(PARTICIPATION_ID.name())).isFalse();
    assertThat(execution.processInstanceHas(AGREEMENT_NAME.name())).isFalse();
    verify(participations, never()).register(any(), any(), any(), any(), any());
  }

  @Test
  void anAgreementThatIsNotActiveIsABadRequestAndNothingIsRegistered() {
    FakeExecution execution = candidate().with(AGREEMENT_ID, DRAFT.id());

    assertThatThrownBy(() -> worker.execute(execution))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("agreementId: names an agreement that takes no referrals (status DRAFT)");
    verify(participations, never()).register(any(), any(), any(), any(), any());
  }

  @Test
  void aLocalUnderAFrameworkIsRegisteredWithItsOwnTerms() {
    FakeExecution execution = candidate().with(AGREEMENT_ID, LOCAL.id());

    worker.execute(execution);

    verify(participations).register(PARTICIPATION_ID.get(execution), LOCAL.id(), "nav-alna",
        new Candidate("REF-0001", "Amina"), null);
    assertThat(AGREEMENT_NAME.get(execution)).isEqualTo(LOCAL.name());
    assertThat(PRACTICE_MAX_MONTHS.get(execution)).isEqualTo(6);
  }

  @Test
  void anUnknownAgreementIsABadRequestNamingTheField() {
    FakeExecution unknown = candidate().with(AGREEMENT_ID, "no-such-agreement");

    assertThatThrownBy(() -> worker.execute(unknown))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("agreementId: names no agreement of the catalogue");
    assertThatThrownBy(() -> worker.execute(candidate()))
        .isInstanceOf(BadUserRequestException.class);
    assertThat(unknown.processInstanceHas(PARTICIPATION_ID.name())).isFalse();
    verify(participations, never()).register(any(), any(), any(), any(), any());
  }

  @Test
  void theReferringOfficeIsResolvedAndWrittenBackWithItsNameAndTheRequirements() {
    FakeExecution execution = candidate().with(AGREEMENT_ID, FRAMEWORK_LOCAL_TWO_OFFICES.id())
        .with(NAV_OFFICE_ID, "nav-bjerke");

    worker.execute(execution);

    verify(participations).register(PARTICIPATION_ID.get(execution),
        FRAMEWORK_LOCAL_TWO_OFFICES.id(), "nav-bjerke", new Candidate("REF-0001", "Amina"), null);
    assertThat(NAV_OFFICE_ID.get(execution)).isEqualTo("nav-bjerke");
    assertThat(NAV_OFFICE_NAME.get(execution)).isEqualTo("NAV Bjerke");
    assertThat(AGREEMENT_REQUIREMENTS.get(execution)).isEqualTo("Norsk nivå B1; Førerkort klasse B");
  }

  @Test
  void anAgreementOfOneOfficeNeedsNoOfficeAndHasNoRequirements() {
    FakeExecution execution = candidate().with(AGREEMENT_ID, HOTEL.id());

    worker.execute(execution);

    assertThat(NAV_OFFICE_ID.get(execution)).isEqualTo("nav-grunerlokka");
    assertThat(NAV_OFFICE_NAME.get(execution)).isEqualTo("NAV Grünerløkka");
    assertThat(AGREEMENT_REQUIREMENTS.get(execution)).isEmpty();
  }

  @Test
  void aMissingOrForeignOfficeIsABadRequestNamingTheField() {
    FakeExecution missing = candidate().with(AGREEMENT_ID, FRAMEWORK_LOCAL_TWO_OFFICES.id());
    FakeExecution foreign = candidate().with(AGREEMENT_ID, HOTEL.id())
        .with(NAV_OFFICE_ID, "nav-drammen");

    assertThatThrownBy(() -> worker.execute(missing))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("navOfficeId: is required: the agreement has several NAV offices "
            + "(nav-alna, nav-bjerke)");
    assertThatThrownBy(() -> worker.execute(foreign))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("navOfficeId: must name a NAV office of the agreement (nav-grunerlokka)");
    verify(participations, never()).register(any(), any(), any(), any(), any());
    assertThat(missing.processInstanceHas(PARTICIPATION_ID.name())).isFalse();
  }

  @Test
  void writesTheCandidateGroupsOfTheReferringOfficeAndTheAgreementsParties() {
    FakeExecution execution = candidate().with(AGREEMENT_ID, HOTEL.id());

    worker.execute(execution);

    assertThat(CASEWORKER_GROUP.get(execution)).isEqualTo("nav-grunerlokka-caseworker");
    assertThat(KAM_GROUP.get(execution)).isEqualTo("nav-grunerlokka-kam");
    assertThat(OFFICE_LEAD_GROUP.get(execution)).isEqualTo("nav-grunerlokka-lead");
    assertThat(EMPLOYER_GROUP.get(execution)).isEqualTo("employer-nordic-choice-hotels");
    assertThat(MENTOR_GROUP.get(execution)).isEqualTo("employer-nordic-choice-hotels-mentor");
    assertThat(BROKER_GROUP.get(execution)).as("no broker").isEmpty();
  }

  @Test
  void theOfficeGroupsAreTheReferringOfficesAndABrokerHasItsGroup() {
    FakeExecution bjerke = candidate().with(AGREEMENT_ID, FRAMEWORK_LOCAL_TWO_OFFICES.id())
        .with(NAV_OFFICE_ID, "nav-bjerke");
    FakeExecution alna = candidate().with(AGREEMENT_ID, FRAMEWORK_LOCAL_TWO_OFFICES.id())
        .with(NAV_OFFICE_ID, "nav-alna");
    FakeExecution fretex = candidate().with(AGREEMENT_ID, FRETEX.id());

    worker.execute(bjerke);
    worker.execute(alna);
    worker.execute(fretex);

    assertThat(CASEWORKER_GROUP.get(bjerke)).isEqualTo("nav-bjerke-caseworker");
    assertThat(KAM_GROUP.get(bjerke)).isEqualTo("nav-bjerke-kam");
    assertThat(OFFICE_LEAD_GROUP.get(bjerke)).isEqualTo("nav-bjerke-lead");
    assertThat(CASEWORKER_GROUP.get(alna)).isEqualTo("nav-alna-caseworker");
    assertThat(EMPLOYER_GROUP.get(bjerke)).isEqualTo("employer-iss").isEqualTo(EMPLOYER_GROUP.get(alna));
    assertThat(BROKER_GROUP.get(fretex)).isEqualTo("broker-fretex");
    assertThat(EMPLOYER_GROUP.get(fretex)).isEqualTo("employer-fretex");
  }
}
