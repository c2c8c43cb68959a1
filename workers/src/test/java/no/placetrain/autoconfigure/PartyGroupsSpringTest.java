package no.placetrain.autoconfigure;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.Elements.*;
import static no.placetrain.testsupport.EngineJourney.KIWI;
import static no.placetrain.testsupport.EngineJourney.suitableCashier;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.placetrain.domain.SelectionMode;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.AgreementKind;
import no.placetrain.domain.agreement.AgreementStatus;
import no.placetrain.domain.agreement.Broker;
import no.placetrain.domain.agreement.Employer;
import no.placetrain.domain.agreement.NavOffice;
import no.placetrain.domain.agreement.PartyGroups;
import no.placetrain.domain.agreement.ProgrammeTerms;
import no.placetrain.domain.agreement.WorkflowGroup;
import no.placetrain.service.AgreementService;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.GroupDirectory;
import no.placetrain.service.ParticipationService;
import no.placetrain.testapp.TestApplication;
import no.placetrain.testsupport.PartyDesks;
import no.placetrain.testsupport.EngineJourney;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The groups come from the agreements (docs/access.md): every party of every agreement has its
 * groups once the catalogue is installed at start and once an agreement is created through the
 * service behind {@code POST /api/agreements}, and each participation's tasks go to the groups of
 * its own referring office and its agreement's employer.
 */
@SpringBootTest(classes = TestApplication.class)
class PartyGroupsSpringTest {

  @Autowired ProcessEngine processEngine;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired AgreementService agreements;
  @Autowired GroupDirectory groupDirectory;
  @Autowired ParticipationService participations;
  @Autowired CommitmentService commitments;

  @Test
  void everyPartyOfTheCatalogueHasItsGroupsOnceStartedWithTypeAndNorwegianName() {
    for (Agreement agreement : agreements.list()) {
      for (WorkflowGroup expected : PartyGroups.groupsOf(agreement)) {
        assertThat(group(expected.id())).as("group %s of %s", expected.id(), agreement.id())
            .isNotNull();
      }
    }
    assertThat(group("nav-drammen-caseworker"))
        .extracting(Group::getName, Group::getType)
        .containsExactly("NAV-veiledere, NAV Drammen", "WORKFLOW");
    assertThat(group("nav-alna-kam").getName()).isEqualTo("Markedskontakter (KAM), NAV Alna");
    assertThat(group("nav-stovner-lead").getName()).isEqualTo("Ledere, NAV Stovner");
    assertThat(group("employer-kiwi").getName()).isEqualTo("Kontaktpersoner, KIWI");
    assertThat(group("employer-iss-mentor").getName()).isEqualTo("Faddere, ISS");
    assertThat(group("broker-fretex").getName()).isEqualTo("Formidler, Fretex");
    assertThat(group("nav-regional-coordinator").getName())
        .isEqualTo("Regional koordinator (rammeavtaler)");
    assertThat(group("process-owner").getName()).isEqualTo("Prosesseiere");
  }

  @Test
  void creatingGroupsAgainCreatesNothingAndLeavesAnExistingGroupAsItIs() {
    Group stovner = group("nav-stovner-kam");
    String name = stovner.getName();
    stovner.setName("KAM-ene på Stovner (endret av en operatør)");
    identityService.saveGroup(stovner);
    try {
      assertThat(groupDirectory.ensure(PartyGroups.groupsOf(agreements.list()))).isEmpty();
      assertThat(group("nav-stovner-kam").getName())
          .isEqualTo("KAM-ene på Stovner (endret av en operatør)");
    } finally {
      Group changed = group("nav-stovner-kam");
      changed.setName(name);
      identityService.saveGroup(changed);
    }
  }

  @Test
  void aLocalAgreementCreatedThroughTheServiceGetsTheGroupsOfItsParties() {
    String id = "iss-api-" + UUID.randomUUID().toString().substring(0, 8);
    String broker = "Stella Røde Kors " + id.substring(8);
    assertThat(group(PartyGroups.brokerOf(new Broker(broker)))).isNull();

    Agreement created = agreements.createLocal("iss-oslo-region", new Agreement(id,
        AgreementKind.LOCAL, "iss-oslo-region", "ISS × NAV Stovner med Stella",
        AgreementStatus.ACTIVE, null, List.of(new NavOffice("nav-stovner", "NAV Stovner")),
        new Employer("ISS", null, List.of()), new Broker(broker),
        new ProgrammeTerms(SelectionMode.INTERVIEW, 3, 6, null, null, null, List.of()),
        List.of(), Map.of()));

    for (WorkflowGroup expected : PartyGroups.groupsOf(created)) {
      assertThat(group(expected.id())).as("group %s", expected.id()).isNotNull();
    }
    Group brokerGroup = group(PartyGroups.brokerOf(new Broker(broker)));
    assertThat(brokerGroup.getId()).startsWith("broker-stella-rode-kors-");
    assertThat(brokerGroup.getName()).isEqualTo("Formidler, " + broker);
    assertThat(brokerGroup.getType()).isEqualTo("WORKFLOW");
  }

  @Test
  void eachParticipationsTasksGoToItsOwnOfficeAndItsAgreementsEmployer() {
    EngineJourney journey = new EngineJourney(processEngine, participations, commitments,
        () -> "REF-GROUPS-" + UUID.randomUUID().toString().substring(0, 8));
    String fromAlna = journey.refer("fretex-job-guarantee", "nav-alna");
    String fromGrunerlokka = journey.refer("fretex-job-guarantee", "nav-grunerlokka");
    String kiwi = journey.refer(KIWI);

    assertThat(candidateGroups(fromAlna, TASK_SCREEN_CANDIDATE))
        .containsExactly("nav-alna-caseworker");
    assertThat(candidateGroups(fromGrunerlokka, TASK_SCREEN_CANDIDATE))
        .containsExactly("nav-grunerlokka-caseworker");
    assertThat(candidateGroups(kiwi, TASK_SCREEN_CANDIDATE))
        .containsExactly("nav-drammen-caseworker");

    journey.screen(fromAlna, suitableCashier());
    journey.screen(kiwi, suitableCashier());
    assertThat(candidateGroups(fromAlna, TASK_PRESENT_TO_EMPLOYER))
        .containsExactly("employer-fretex");
    assertThat(candidateGroups(kiwi, TASK_PRESENT_TO_EMPLOYER)).containsExactly("employer-kiwi");
    assertThat(journey.history(fromAlna, "kamGroup")).isEqualTo("nav-alna-kam");
    assertThat(journey.history(fromAlna, "brokerGroup")).isEqualTo("broker-fretex");
    assertThat(journey.history(kiwi, "brokerGroup")).isEqualTo("");
  }

  private Group group(String id) {
    return identityService.createGroupQuery().groupId(id).singleResult();
  }

  private List<String> candidateGroups(String processInstanceId, String taskKey) {
    Task task = taskService.createTaskQuery()
        .processInstanceIdIn(PartyDesks.withDesks(processEngine.getRuntimeService(), processInstanceId))
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .toList();
  }
}
