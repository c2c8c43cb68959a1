package no.placetrain.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.placetrain.domain.Candidate;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.ParticipationStatus;
import no.placetrain.process.placeandtrain.PlaceAndTrainProcess;
import no.placetrain.service.AgreementService;
import no.placetrain.service.ParticipationService;
import no.placetrain.store.ParticipationStore;
import no.placetrain.testapp.TestApplication;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Participations in the engine's database: the referral worker registers the row in the engine's
 * transaction, and the database refuses the same candidate twice in one agreement.
 */
@SpringBootTest(classes = TestApplication.class)
class ParticipationLedgerSpringTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired FormService formService;
  @Autowired ParticipationService participations;
  @Autowired ParticipationStore participationStore;
  @Autowired AgreementService agreements;

  private ProcessInstance refer(String agreementId, String candidateRef) {
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(PlaceAndTrainProcess.KEY).latestVersion().singleResult().getId();
    return formService.submitStartForm(definition, Variables.createVariables()
        .putValue("agreementId", agreementId)
        // the test catalogue's Fretex has two offices (NAV Grünerløkka, NAV Alna)
        .putValue("navOfficeId", agreementId.startsWith("fretex") ? "nav-grunerlokka" : null)
        .putValue("candidateRef", candidateRef)
        .putValue("candidateDisplayName", "Sara"));
  }

  @Test
  void theCatalogueOfTheHostIsStoredFrameworkAndLocalIncluded() {
    assertThat(agreements.list()).extracting(a -> a.id())
        .contains("kiwi-nav-drammen", "fretex-job-guarantee", "iss-oslo-region", "iss-alna");
    assertThat(agreements.get("iss-alna").effectiveCommitments()).hasSize(2);
  }

  @Test
  void aReferralRegistersAnActiveParticipationUnderTheBusinessKey() {
    ProcessInstance started = refer("kiwi-nav-drammen", "REF-LEDGER-1");
    String businessKey = runtimeService.createProcessInstanceQuery()
        .processInstanceId(started.getId()).singleResult().getBusinessKey();

    Participation stored = participations.get(businessKey);

    assertThat(stored.status()).isEqualTo(ParticipationStatus.ACTIVE);
    assertThat(stored.agreementId()).isEqualTo("kiwi-nav-drammen");
    assertThat(stored.candidate()).isEqualTo(new Candidate("REF-LEDGER-1", "Sara"));
    assertThat(stored.processInstanceId()).isEqualTo(started.getId());
  }

  @Test
  void theSameCandidateIsRefusedWhileActiveAndNothingIsStarted() {
    refer("kiwi-nav-drammen", "REF-LEDGER-2");
    long instances = runtimeService.createProcessInstanceQuery().count();

    assertThatThrownBy(() -> refer("kiwi-nav-drammen", "REF-LEDGER-2"))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("candidateRef: already has an active participation in this agreement")
        .message().doesNotContain("REF-LEDGER-2", "Sara");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);

    refer("fretex-job-guarantee", "REF-LEDGER-2");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances + 1);
  }

  @Test
  void aWriteInsideAnEngineCommandCommitsAndRollsBackWithIt() {
    var commands = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    Candidate lost = new Candidate("REF-LEDGER-3", "Sara");
    Candidate kept = new Candidate("REF-LEDGER-4", "Sara");

    assertThatThrownBy(() -> commands.execute((Command<Void>) context -> {
      participations.register("kiwi-nav-drammen", null, lost, null);
      throw new IllegalStateException("the engine's command fails after the write");
    })).hasMessageContaining("fails after the write");
    commands.execute((Command<Void>) context -> {
      participations.register("kiwi-nav-drammen", null, kept, null);
      return null;
    });

    assertThat(participationStore.findActive("kiwi-nav-drammen", "REF-LEDGER-3")).isEmpty();
    assertThat(participationStore.findActive("kiwi-nav-drammen", "REF-LEDGER-4")).isPresent();
  }
}
