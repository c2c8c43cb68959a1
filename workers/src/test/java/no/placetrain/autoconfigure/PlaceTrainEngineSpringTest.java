package no.placetrain.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.placetrain.engine.DeploymentResource;
import no.placetrain.engine.PlaceTrainEnginePlugin;
import no.placetrain.engine.forms.CompletionCheck;
import no.placetrain.process.jobguarantee.JobGuaranteeProcess;
import no.placetrain.process.placeandtrain.PlaceAndTrainProcess;
import no.placetrain.testapp.TestApplication;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/**
 * The extension in a real host: Camunda's starter, our auto-configuration, H2 in memory (a new
 * PostgreSQL database in a PostgreSQL run) and the models and forms of processes/ and forms/ from
 * the class path.
 */
@SpringBootTest(classes = TestApplication.class)
@ExtendWith(OutputCaptureExtension.class)
class PlaceTrainEngineSpringTest {

  private static final int FORMS_AT_LEAST = 12;

  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired FormService formService;
  @Autowired PlaceTrainEnginePlugin plugin;
  @Autowired ApplicationContext context;

  private Deployment ourDeployment() {
    List<Deployment> ours = repositoryService.createDeploymentQuery()
        .deploymentName(PlaceTrainEnginePlugin.DEPLOYMENT_NAME).list();
    assertThat(ours).hasSize(1);
    return ours.get(0);
  }

  private List<String> resourceNames(Deployment deployment) {
    return repositoryService.getDeploymentResourceNames(deployment.getId());
  }

  @Test
  void deploysModelsAndFormsAsOneDeployment() {
    Deployment deployment = ourDeployment();
    List<String> names = resourceNames(deployment);

    assertThat(deployment.getSource()).isEqualTo(PlaceTrainEnginePlugin.DEPLOYMENT_SOURCE);
    assertThat(names).contains(
        "placetrain/processes/place-and-train.bpmn",
        "placetrain/processes/job-guarantee.bpmn",
        "placetrain/processes/checkpoint-cadence.dmn");
    assertThat(names.stream().filter(n -> n.endsWith(".form")))
        .hasSizeGreaterThanOrEqualTo(FORMS_AT_LEAST)
        .allMatch(n -> n.startsWith("placetrain/forms/"));
    assertThat(latest(PlaceAndTrainProcess.KEY).getDeploymentId()).isEqualTo(deployment.getId());
    assertThat(latest(JobGuaranteeProcess.KEY).getDeploymentId()).isEqualTo(deployment.getId());
    assertThat(repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(PlaceAndTrainProcess.DECISION_CHECKPOINT_CADENCE)
        .latestVersion().singleResult().getDeploymentId()).isEqualTo(deployment.getId());
  }

  @Test
  void springsAutoDeploymentDoesNotDeployOurModelsASecondTime() {
    assertThat(repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(PlaceAndTrainProcess.KEY).count()).isEqualTo(1);
    String ours = ourDeployment().getId();
    for (Deployment other : repositoryService.createDeploymentQuery().list()) {
      if (!other.getId().equals(ours)) {
        assertThat(resourceNames(other)).noneMatch(n -> n.contains("placetrain/"));
      }
    }
  }

  @Test
  void theReferralFormIsFoundThroughTheDeploymentBinding() throws Exception {
    String definitionId = latest(PlaceAndTrainProcess.KEY).getId();

    try (var form = formService.getDeployedStartForm(definitionId)) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
          .containsPattern("\"id\"\\s*:\\s*\"form-referral\"")
          .contains("agreementId");
    }
  }

  @Test
  void deployingAgainWithoutChangesCreatesNoDeployment() {
    String existing = ourDeployment().getId();
    long deployments = repositoryService.createDeploymentQuery().count();

    Deployment again = plugin.deploy(processEngine);

    assertThat(again.getId()).isEqualTo(existing);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void oneChangedResourceRedeploysAllSoTheFormsStayBesideTheModels() {
    List<DeploymentResource> changed = new ArrayList<>();
    for (DeploymentResource r : plugin.resources()) {
      changed.add(r.name().endsWith("job-guarantee.bpmn")
          ? new DeploymentResource(r.name(), append(r.bytes(), "\n<!-- changed -->\n"))
          : r);
    }
    Deployment redeployed = new PlaceTrainEnginePlugin(changed).deploy(processEngine);
    try {
      assertThat(repositoryService.createDeploymentQuery()
          .deploymentName(PlaceTrainEnginePlugin.DEPLOYMENT_NAME).count()).isEqualTo(2);
      assertThat(resourceNames(redeployed)).hasSameSizeAs(plugin.resources())
          .contains("placetrain/processes/place-and-train.bpmn", "placetrain/forms/form-referral.form");
    } finally {
      repositoryService.deleteDeployment(redeployed.getId(), true);
    }
  }

  @Test
  void aReferralStartsThePlaceAndTrainProcessWithTheAgreementsTerms(CapturedOutput output) {
    String definitionId = latest(PlaceAndTrainProcess.KEY).getId();

    ProcessInstance started = formService.submitStartForm(definitionId, Variables.createVariables()
        .putValue("agreementId", "fretex-job-guarantee")
        .putValue("navOfficeId", "nav-grunerlokka")
        .putValue("candidateRef", "REF-Q7X9Z")
        .putValue("candidateDisplayName", "Zelda Testesen"));

    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(started.getId()).singleResult();
    Map<String, Object> variables = runtimeService.getVariables(started.getId());
    assertThat(instance.getBusinessKey()).startsWith("P-")
        .isEqualTo(variables.get("participationId"));
    assertThat(variables).containsEntry("agreementName", "Fretex (jobbgaranti)")
        .containsEntry("employerName", "Fretex")
        .containsEntry("brokerName", "Fretex")
        .containsEntry("selectionMode", "INTERVIEW")
        .containsEntry("brokerInvolved", true)
        .containsEntry("jobGuarantee", true)
        .containsEntry("guaranteePeriod", "P6M")
        .containsEntry("practiceMinMonths", 3)
        .containsEntry("practiceMaxMonths", 6);
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(started.getId())
        .taskDefinitionKey(PlaceAndTrainProcess.Elements.TASK_SCREEN_CANDIDATE).count())
        .isEqualTo(1);
    assertThat(output).contains(instance.getBusinessKey())
        .doesNotContain("REF-Q7X9Z", "Zelda", "Testesen");
  }

  @Test
  void aReferralToAnAgreementOutsideTheCatalogueIsRefused() {
    String definitionId = latest(PlaceAndTrainProcess.KEY).getId();
    long before = runtimeService.createProcessInstanceQuery().count();

    // posten-mentoring is an option of the form, but not in this host's catalogue
    assertThatThrownBy(() -> formService.submitStartForm(definitionId, Variables.createVariables()
        .putValue("agreementId", "posten-mentoring")
        .putValue("candidateRef", "REF-A1B2")
        .putValue("candidateDisplayName", "Zelda")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("agreementId")
        .message().doesNotContain("Zelda", "REF-A1B2");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void theEngineWritesObjectsAsJsonOnly() {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

    assertThat(configuration.getDefaultSerializationFormat()).isEqualTo("application/json");
    assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
  }

  @Test
  void workersAndChecksAreBeansUnderTheModelsNames() {
    for (String name : List.of("registerReferralWorker", "recordScreeningWorker",
        "takePlaceWorker", "schedulePracticeWorker", "scheduleCheckpointWorker", "recordCheckpointWorker",
        "extendPracticeWorker", "recordJobOfferWorker", "closeParticipationWorker",
        "startGuaranteeWorker", "registerGuaranteeOfferWorker", "flagEscalationWorker")) {
      assertThat(context.getBean(name)).as(name).isInstanceOf(JavaDelegate.class);
    }
    assertThat(context.getBeansOfType(CompletionCheck.class)).containsKeys("agreementExistsCheck",
        "practiceDraftCheck", "mentorCheck", "extensionWithinMaxCheck");
  }

  private ProcessDefinition latest(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
        .latestVersion().singleResult();
  }

  private static byte[] append(byte[] bytes, String text) {
    return (new String(bytes, StandardCharsets.UTF_8) + text).getBytes(StandardCharsets.UTF_8);
  }
}
