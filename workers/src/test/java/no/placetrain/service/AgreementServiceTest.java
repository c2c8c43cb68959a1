package no.placetrain.service;

import static no.placetrain.domain.agreement.CommitmentKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.AgreementConflictException;
import no.placetrain.domain.agreement.AgreementKind;
import no.placetrain.domain.agreement.CommitmentTemplate;
import no.placetrain.domain.agreement.InvalidAgreementException;
import no.placetrain.domain.agreement.UnknownAgreementException;
import no.placetrain.domain.agreement.WorkflowGroup;
import no.placetrain.store.AgreementStore;
import no.placetrain.testsupport.Agreements;
import org.junit.jupiter.api.Test;

class AgreementServiceTest {

  private final ServiceFixture fixture = new ServiceFixture();
  private final AgreementService service = fixture.agreements;

  private static Agreement local(String id, List<CommitmentTemplate> commitments) {
    return Agreements.issLocal(id, commitments);
  }

  @Test
  void listsAndReadsAgreementsWithTheCommitmentsThatApply() {
    assertThat(service.list()).extracting(Agreement::id).containsExactly(
        "fretex-job-guarantee", "iss-oslo-region", "nordic-choice-grunerlokka");
    AgreementView hotel = service.get("nordic-choice-grunerlokka");
    assertThat(hotel.agreement()).isEqualTo(Agreements.hotel());
    assertThat(hotel.effectiveCommitments()).isEqualTo(Agreements.hotel().commitments());
    assertThatThrownBy(() -> service.get("no-such-agreement"))
        .isInstanceOf(UnknownAgreementException.class)
        .hasMessage("agreementId: names no agreement of the catalogue");
    assertThat(service.find(null)).isEmpty();
  }

  @Test
  void createsALocalUnderAFrameworkThatInheritsItsCommitments() {
    Agreement created = service.createLocal("iss-oslo-region",
        local("iss-grorud", List.of(CommitmentTemplate.ofWorkingDays(SCREEN_REFERRAL, 3))));

    assertThat(created.parentId()).isEqualTo("iss-oslo-region");
    assertThat(fixture.agreementStore.find("iss-grorud").orElseThrow().source())
        .isEqualTo(AgreementStore.SOURCE_API);
    assertThat(service.get("iss-grorud").effectiveCommitments()).containsExactly(
        CommitmentTemplate.ofWorkingDays(SCREEN_REFERRAL, 3),
        CommitmentTemplate.of(ANSWER_PRESENTATION, Period.ofDays(10)),
        CommitmentTemplate.of(ASSIGN_MENTOR, Period.ofDays(3)),
        CommitmentTemplate.of(HOLD_CHECKPOINT, Period.ofDays(7)));
  }

  @Test
  void aDraftWithoutAParentIsPlacedUnderTheOneNamed() {
    Agreement draft = Agreements.issLocal("iss-sagene", List.of());
    Agreement orphan = new Agreement(draft.id(), AgreementKind.LOCAL, null, draft.name(),
        draft.status(), null, draft.offices(), draft.employer(), null, draft.terms(), List.of(),
        null);

    assertThat(service.createLocal("iss-oslo-region", orphan).parentId())
        .isEqualTo("iss-oslo-region");
  }

  @Test
  void aLooseningLocalIsRefusedAndNothingIsWritten() {
    assertThatThrownBy(() -> service.createLocal("iss-oslo-region",
            local("iss-grorud", List.of(CommitmentTemplate.of(ANSWER_PRESENTATION, Period.ofDays(14))))))
        .isInstanceOf(InvalidAgreementException.class)
        .hasMessage("commitments[ANSWER_PRESENTATION].deadline: P14D loosens the framework's P10D "
            + "(a local agreement may only tighten)");
    assertThat(fixture.agreementStore.exists("iss-grorud")).isFalse();
    assertThat(fixture.db.count("PT_AGREEMENT_OFFICE")).isEqualTo(5);
  }

  @Test
  void anUnknownParentAWrongKindAndATakenIdAreRefused() {
    Agreement draft = local("iss-grorud", List.of());
    assertThatThrownBy(() -> service.createLocal("no-such-framework", draft))
        .isInstanceOf(UnknownAgreementException.class)
        .hasMessage("parent: names no agreement of the catalogue");
    assertThatThrownBy(() -> service.createLocal("nordic-choice-grunerlokka", draft))
        .isInstanceOf(InvalidAgreementException.class)
        .hasMessage("parent: must name the framework the agreement is created under");
    assertThatThrownBy(() -> service.createLocal("iss-oslo-region", Agreements.issFramework()))
        .hasMessage("kind: must be LOCAL (a framework has no parent)");

    service.createLocal("iss-oslo-region", draft);
    assertThatThrownBy(() -> service.createLocal("iss-oslo-region", draft))
        .isInstanceOf(AgreementConflictException.class)
        .hasMessage("id: is already used by another agreement");
  }

  @Test
  void aLocalCannotSitUnderALocal() {
    Agreement underHotel = new Agreement("hotel-sub", AgreementKind.LOCAL,
        "nordic-choice-grunerlokka", "Sub", Agreements.hotel().status(), null,
        Agreements.hotel().offices(), Agreements.hotel().employer(), null,
        Agreements.hotel().terms(), List.of(), null);

    assertThatThrownBy(() -> service.createLocal("nordic-choice-grunerlokka", underHotel))
        .hasMessage("parent: must name a FRAMEWORK agreement");
  }

  @Test
  void aCreatedLocalGetsTheGroupsOfItsPartiesAndARefusedOneNone() {
    List<WorkflowGroup> asked = new ArrayList<>();
    AgreementService withGroups = new AgreementService(fixture.agreementStore,
        fixture.db.transactions(), fixture.clock, groups -> {
          asked.addAll(groups);
          return groups.stream().map(WorkflowGroup::id).toList();
        });

    assertThatThrownBy(() -> withGroups.createLocal("iss-oslo-region", local("iss-grorud",
            List.of(CommitmentTemplate.of(ANSWER_PRESENTATION, Period.ofDays(14))))))
        .isInstanceOf(InvalidAgreementException.class);
    assertThat(asked).as("nothing for a refused agreement").isEmpty();

    withGroups.createLocal("iss-oslo-region", local("iss-grorud", List.of()));

    assertThat(asked).extracting(WorkflowGroup::id).containsExactly("nav-alna-caseworker",
        "nav-alna-kam", "nav-alna-lead", "employer-iss", "employer-iss-mentor");
    assertThat(asked.get(0).name()).isEqualTo("NAV-veiledere, NAV Alna");
  }

  @Test
  void whenTheGroupsCannotBeCreatedTheAgreementIsNotCreatedEither() {
    AgreementService failing = new AgreementService(fixture.agreementStore,
        fixture.db.transactions(), fixture.clock, groups -> {
          throw new IllegalStateException("identity service down");
        });

    assertThatThrownBy(() -> failing.createLocal("iss-oslo-region", local("iss-grorud", List.of())))
        .hasMessage("identity service down");
    assertThat(fixture.agreementStore.exists("iss-grorud")).isFalse();
  }
}
