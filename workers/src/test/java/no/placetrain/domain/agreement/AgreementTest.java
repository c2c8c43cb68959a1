package no.placetrain.domain.agreement;

import static no.placetrain.domain.agreement.CommitmentKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.PracticeTerms;
import no.placetrain.domain.SelectionMode;
import no.placetrain.testsupport.Agreements;
import org.junit.jupiter.api.Test;

class AgreementTest {

  private static final Agreement HOTEL = Agreements.hotel();
  private static final ProgrammeTerms TERMS =
      new ProgrammeTerms(SelectionMode.INTERVIEW, 3, 6, null, null, null, List.of());

  private static Agreement agreement(String id, AgreementKind kind, String parent,
      AgreementStatus status, String reason, Broker broker, ProgrammeTerms terms,
      List<CommitmentTemplate> commitments, Map<String, String> responsibilities) {
    return new Agreement(id, kind, parent, "Test", status, reason, HOTEL.offices(),
        HOTEL.employer(), broker, terms, commitments, responsibilities);
  }

  private static Agreement withCommitments(Broker broker, ProgrammeTerms terms,
      List<CommitmentTemplate> commitments) {
    return agreement("test-agreement", AgreementKind.LOCAL, null, AgreementStatus.ACTIVE, null,
        broker, terms, commitments, Map.of());
  }

  @Test
  void helpersReflectTheTerms() {
    Agreement fretex = Agreements.fretex();

    assertThat(HOTEL.brokerInvolved()).isFalse();
    assertThat(HOTEL.brokerName()).isEmpty();
    assertThat(HOTEL.jobGuarantee()).isFalse();
    assertThat(HOTEL.selectionMode()).isEqualTo(SelectionMode.SPEED_INTERVIEW);
    assertThat(HOTEL.terms().offerRateTargetPercent()).contains(70);
    assertThat(fretex.brokerName()).contains("Fretex");
    assertThat(fretex.jobGuarantee()).isTrue();
    assertThat(fretex.practiceTerms()).isEqualTo(new PracticeTerms(3, 6));
    assertThat(HOTEL.acceptsReferrals()).isTrue();
    assertThat(HOTEL.ownCommitment(HOLD_CHECKPOINT)).isPresent();
    assertThat(HOTEL.ownCommitment(DELIVER_GUARANTEE_OFFER)).isEmpty();
  }

  @Test
  void partiesAreTheReferringOfficeEmployerBrokerOrTheirRole() {
    assertThat(HOTEL.partyOf(ObligorRole.NAV_OFFICE, "nav-grunerlokka"))
        .isEqualTo("nav-grunerlokka");
    assertThat(Agreements.issFramework().partyOf(ObligorRole.NAV_OFFICE, "nav-bjerke"))
        .isEqualTo("nav-bjerke");
    assertThat(HOTEL.partyOf(ObligorRole.EMPLOYER, "nav-grunerlokka"))
        .isEqualTo("Nordic Choice Hotels");
    assertThat(HOTEL.partyOf(ObligorRole.KAM, "nav-grunerlokka")).isEqualTo("kam");
    assertThat(HOTEL.partyOf(ObligorRole.MENTOR, "nav-grunerlokka")).isEqualTo("mentor");
    assertThat(Agreements.fretex().partyOf(ObligorRole.BROKER, "nav-oslo")).isEqualTo("Fretex");
  }

  @Test
  void theReferringOfficeIsTheOnlyOneOrMustBeNamedAmongTheAgreementsOffices() {
    Agreement framework = Agreements.issFramework();
    assertThat(HOTEL.referringOffice(null, "navOfficeId").id()).isEqualTo("nav-grunerlokka");
    assertThat(HOTEL.referringOffice(" ", "navOfficeId").id()).isEqualTo("nav-grunerlokka");
    assertThat(HOTEL.referringOffice("nav-grunerlokka", "navOfficeId").name())
        .isEqualTo(HOTEL.offices().get(0).name());
    assertThat(framework.referringOffice(" nav-bjerke ", "navOfficeId").id())
        .isEqualTo("nav-bjerke");

    assertThatThrownBy(() -> framework.referringOffice(null, "navOfficeId"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("navOfficeId: is required: the agreement has several NAV offices (")
        .hasMessageContaining("nav-bjerke");
    assertThatThrownBy(() -> HOTEL.referringOffice("nav-drammen", "navOfficeId"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("navOfficeId: must name a NAV office of the agreement (nav-grunerlokka)");
  }

  @Test
  void idsFollowThePattern() {
    assertThatThrownBy(() -> agreement("KIWI Drammen", AgreementKind.LOCAL, null,
            AgreementStatus.ACTIVE, null, null, TERMS, List.of(), null))
        .isInstanceOf(InvalidAgreementException.class)
        .hasMessage("id: must match ^[a-z0-9-]{3,60}$");
    assertThatThrownBy(() -> new NavOffice("NAV Alna", "NAV Alna"))
        .hasMessage("id: must match ^[a-z0-9-]{3,53}$"); // room for "-caseworker" in 64
  }

  @Test
  void onlyALocalHasAParentAndACancellationHasAReason() {
    assertThatThrownBy(() -> agreement("iss-sub", AgreementKind.FRAMEWORK, "iss-oslo-region",
            AgreementStatus.ACTIVE, null, null, TERMS, List.of(), null))
        .hasMessage("parent: a FRAMEWORK agreement has no parent");
    assertThatThrownBy(() -> agreement("iss-alna", AgreementKind.LOCAL, "iss-alna",
            AgreementStatus.ACTIVE, null, null, TERMS, List.of(), null))
        .hasMessage("parent: must not name the agreement itself");
    assertThatThrownBy(() -> agreement("iss-alna", AgreementKind.LOCAL, null,
            AgreementStatus.CANCELLED, " ", null, TERMS, List.of(), null))
        .hasMessage("status-reason: is required when the status is CANCELLED");
    Agreement cancelled = agreement("iss-alna", AgreementKind.LOCAL, null,
        AgreementStatus.CANCELLED, "Avtalen ble avsluttet", null, TERMS, List.of(), null);
    assertThat(cancelled.acceptsReferrals()).isFalse();
  }

  @Test
  void onlyAnActiveLocalAgreementIsReferable() {
    HOTEL.requireReferable("agreementId");
    Agreements.issLocal("iss-alna", List.of()).requireReferable("agreementId");

    Agreement framework = Agreements.issFramework();
    assertThat(framework.isFramework()).isTrue();
    assertThat(HOTEL.isFramework()).isFalse();
    assertThatThrownBy(() -> framework.requireReferable("agreementId"))
        .isInstanceOf(FrameworkReferralException.class)
        .hasMessage("agreementId: is a framework agreement: refer to one of its local agreements");
    Agreement endedFramework = agreement("iss-ended", AgreementKind.FRAMEWORK, null,
        AgreementStatus.ENDED, null, null, TERMS, List.of(), null);
    assertThatThrownBy(() -> endedFramework.requireReferable("agreementId"))
        .as("a framework is never referable, whatever its status")
        .isInstanceOf(FrameworkReferralException.class);
    Agreement draft = agreement("iss-draft", AgreementKind.LOCAL, "iss-oslo-region",
        AgreementStatus.DRAFT, null, null, TERMS, List.of(), null);
    assertThatThrownBy(() -> draft.requireReferable("agreementId"))
        .isInstanceOf(InactiveAgreementException.class)
        .hasMessage("agreementId: names an agreement that takes no referrals (status DRAFT)");
  }

  @Test
  void termsAreCheckedWithTheirFieldPath() {
    assertThatThrownBy(() -> new ProgrammeTerms(SelectionMode.INTERVIEW, 3, 2, null, null, null,
            null))
        .hasMessage("practice-months.max: must be at least min (3)");
    assertThatThrownBy(() -> new ProgrammeTerms(SelectionMode.INTERVIEW, 3, 13, null, null, null,
            null))
        .hasMessage("practice-months.max: must be at most 12");
    assertThatThrownBy(() -> new ProgrammeTerms(SelectionMode.INTERVIEW, 3, 3, 0, null, null,
            null))
        .hasMessage("offer-rate-target: must be a percentage from 1 to 100");
    assertThatThrownBy(() -> new ProgrammeTerms(SelectionMode.INTERVIEW, 3, 3, null, Period.ZERO,
            null, null))
        .hasMessage("job-guarantee.period: must be a positive ISO-8601 period such as P6M");
    assertThatThrownBy(() -> new ProgrammeTerms(null, 3, 3, null, null, null, null))
        .hasMessage("selection: is required (INTERVIEW or SPEED_INTERVIEW)");
    assertThatThrownBy(() -> new ProgrammeTerms(SelectionMode.INTERVIEW, 3, 3, null, null, 0,
            null))
        .hasMessage("capacity-per-round: must be a positive whole number");
    assertThatThrownBy(() -> new ProgrammeTerms(SelectionMode.INTERVIEW, 3, 3, null, null, null,
            List.of("Norsk nivå B2", " ")))
        .hasMessage("requirements[1]: is required");
    assertThatThrownBy(() -> new Employer("Posten", "12345", List.of()))
        .hasMessage("org-number: must be nine digits");
  }

  @Test
  void aGuaranteeNeedsABrokerAndItsCommitmentNeedsAGuarantee() {
    ProgrammeTerms guarantee =
        new ProgrammeTerms(SelectionMode.INTERVIEW, 3, 6, null, Period.ofMonths(6), null, null);

    assertThatThrownBy(() -> withCommitments(null, guarantee, List.of()))
        .hasMessage("terms.job-guarantee.period: requires a broker (the broker gives the job "
            + "guarantee)");
    assertThatThrownBy(() -> withCommitments(new Broker("Fretex"), TERMS,
            List.of(CommitmentTemplate.of(DELIVER_GUARANTEE_OFFER, Period.ofMonths(6)))))
        .hasMessage("commitments[DELIVER_GUARANTEE_OFFER]: requires a job guarantee "
            + "(terms.job-guarantee)");
    assertThatThrownBy(() -> withCommitments(new Broker("Fretex"), guarantee,
            List.of(CommitmentTemplate.of(DELIVER_GUARANTEE_OFFER, Period.ofMonths(7)))))
        .hasMessage("commitments[DELIVER_GUARANTEE_OFFER].deadline: must not be longer than the "
            + "job guarantee (P6M)");
  }

  @Test
  void commitmentsAreDeclaredOnceAndOwedByAPartyThatExists() {
    assertThatThrownBy(() -> withCommitments(null, TERMS, List.of(
            CommitmentTemplate.of(ANSWER_PRESENTATION, Period.ofDays(7)),
            CommitmentTemplate.of(ANSWER_PRESENTATION, Period.ofDays(5)))))
        .hasMessage("commitments[ANSWER_PRESENTATION]: is declared twice");
    assertThatThrownBy(() -> withCommitments(null, TERMS, List.of(new CommitmentTemplate(
            HOLD_CHECKPOINT, Period.ofDays(7), false, ObligorRole.BROKER))))
        .hasMessage("commitments[HOLD_CHECKPOINT].obligor: BROKER requires a broker");
  }

  @Test
  void responsibilitiesArePerPartyAndKeepTheirOrder() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("employer", "Fadder på hvert hotell");
    given.put("nav", "NAV følger opp personlige forhold");
    Agreement agreement = agreement("test-agreement", AgreementKind.LOCAL, null,
        AgreementStatus.ACTIVE, null, null, TERMS, List.of(), given);

    assertThat(agreement.responsibilities().keySet()).containsExactly("employer", "nav");
    assertThatThrownBy(() -> agreement("test-agreement", AgreementKind.LOCAL, null,
            AgreementStatus.ACTIVE, null, null, TERMS, List.of(), Map.of("candidate", "x")))
        .hasMessage("responsibilities.candidate: is not a party (nav, kam, employer, mentor, "
            + "broker)");
  }

  @Test
  void officesAreListedOnceAndAtLeastOnce() {
    assertThatThrownBy(() -> new Agreement("test-agreement", AgreementKind.LOCAL, null, "Test",
            AgreementStatus.ACTIVE, null, List.of(), HOTEL.employer(), null, TERMS, null, null))
        .hasMessage("offices: must list at least one NAV office");
    NavOffice alna = new NavOffice("nav-alna", "NAV Alna");
    assertThatThrownBy(() -> new Agreement("test-agreement", AgreementKind.LOCAL, null, "Test",
            AgreementStatus.ACTIVE, null, List.of(alna, alna), HOTEL.employer(), null, TERMS,
            null, null))
        .hasMessage("offices[1].id: is listed twice");
  }
}
