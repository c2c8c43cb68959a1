package no.placetrain.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.placetrain.engine.PlaceTrainEnginePlugin;
import no.placetrain.process.commitment.CommitmentEscalationProcess;
import no.placetrain.process.jobguarantee.JobGuaranteeProcess;
import no.placetrain.process.partydesk.PartyDeskProcess;
import no.placetrain.process.placeandtrain.PlaceAndTrainProcess;
import no.placetrain.testapp.TestApplication;
import no.placetrain.testsupport.MutableClock;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.parser.DefaultFailedJobParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * One knob for failing jobs: a host that sets nothing (the test application) gets the engine's
 * {@code failedJobRetryTimeCycle} {@value PlaceTrainEnginePlugin#DEFAULT_RETRY_CYCLE} from the
 * plugin, and every element of our deployed models that makes a job (timers, asynchronous
 * continuations) is retried by it: none brings its own cycle.
 */
@SpringBootTest(classes = {TestApplication.class, MutableClock.Config.class})
class RetryCycleSpringTest {

  private static final List<String> OUR_PROCESSES = List.of(PlaceAndTrainProcess.KEY,
      CommitmentEscalationProcess.KEY, JobGuaranteeProcess.KEY, PartyDeskProcess.KEY);

  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired RepositoryService repositoryService;

  @Test
  void theEngineRetriesFailedJobsByTheDefaultCycle() {
    assertThat(engineConfiguration.getFailedJobRetryTimeCycle()).isEqualTo("R3/PT1M");
    System.out.printf("[RetryCycleSpringTest] failedJobRetryTimeCycle %s%n",
        engineConfiguration.getFailedJobRetryTimeCycle());
  }

  @Test
  void everyJobOfOurModelsIsRetriedByTheGlobalCycle() throws IOException {
    Map<String, String> cycles = new TreeMap<>();
    for (String key : OUR_PROCESSES) {
      ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
          .processDefinitionKey(key).latestVersion().singleResult();
      assertThat(definition).as(key).isNotNull();
      ProcessDefinitionImpl deployed = (ProcessDefinitionImpl)
          ((RepositoryServiceImpl) repositoryService).getDeployedProcessDefinition(
              definition.getId());
      for (ActivityImpl activity : activities(deployed)) {
        FailedJobRetryConfiguration retry =
            activity.getProperties().get(DefaultFailedJobParseListener.FAILED_JOB_CONFIGURATION);
        if (activity.isAsyncBefore() || activity.isAsyncAfter()) {
          assertThat(retry).as("%s of %s is asynchronous", activity.getId(), key).isNotNull();
        }
        if (retry != null) {
          assertThat(retry.getExpression()).as(activity.getId()).isNull();
          assertThat(retry.getRetries()).as(activity.getId()).isEqualTo(3);
          assertThat(retry.getRetryIntervals()).as(activity.getId()).containsExactly("R3/PT1M");
          cycles.put(key + "/" + activity.getId(), String.join(",", retry.getRetryIntervals()));
        }
      }
      try (InputStream bpmn = repositoryService.getProcessModel(definition.getId())) {
        assertThat(new String(bpmn.readAllBytes(), StandardCharsets.UTF_8)).as(key)
            .doesNotContain("failedJobRetryTimeCycle");
      }
    }
    assertThat(cycles).containsKeys(
        "place-and-train/" + PlaceAndTrainProcess.Elements.TIMER_CHECKPOINT_DUE,
        "place-and-train/" + PlaceAndTrainProcess.Elements.TASK_RECORD_CHECKPOINT,
        "place-and-train/" + PlaceAndTrainProcess.Elements.CALL_JOB_GUARANTEE,
        "place-and-train/" + PlaceAndTrainProcess.Elements.BOUNDARY_SCREENING_OVERDUE,
        "commitment-escalation/" + CommitmentEscalationProcess.Elements.TASK_REMIND_OBLIGOR,
        "commitment-escalation/" + CommitmentEscalationProcess.Elements.TIMER_LEVEL_EXPIRES,
        "job-guarantee/" + JobGuaranteeProcess.Elements.TIMER_GUARANTEE_EXPIRES);
    System.out.printf("[RetryCycleSpringTest] %d job elements in %d models, all R3/PT1M: %s%n",
        cycles.size(), OUR_PROCESSES.size(), cycles.keySet());
  }

  /** Every activity of the scope and of its sub-scopes. */
  private static List<ActivityImpl> activities(ScopeImpl scope) {
    List<ActivityImpl> all = new ArrayList<>();
    for (ActivityImpl activity : scope.getActivities()) {
      all.add(activity);
      all.addAll(activities(activity));
    }
    return all;
  }
}
