package no.placetrain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The retry cycle of failed jobs, set by {@link PlaceTrainEnginePlugin}: its own
 * ({@code placetrain.jobs.retry-cycle}, default {@value PlaceTrainEnginePlugin#DEFAULT_RETRY_CYCLE})
 * unless the host set the engine's {@code failedJobRetryTimeCycle}; a cycle the engine could not
 * read stops the start, naming the setting. Last, a plain (non-Spring) engine with the plugin:
 * a failing worker's job is retried by the plugin's cycle, and a model element's own cycle wins
 * for that element.
 */
class RetryCyclePluginTest {

  private static final List<DeploymentResource> NOTHING = List.of();

  private ProcessEngine engine;

  @AfterEach
  void close() {
    ClockUtil.reset();
    if (engine != null) {
      engine.close();
    }
  }

  @Test
  void theDefaultCycleIsSetUnlessTheHostSetOne() {
    var unset = new StandaloneInMemProcessEngineConfiguration();
    var chosen = new StandaloneInMemProcessEngineConfiguration();
    chosen.setFailedJobRetryTimeCycle("R5/PT30S");
    var ours = new StandaloneInMemProcessEngineConfiguration();

    new PlaceTrainEnginePlugin(NOTHING).postInit(unset);
    new PlaceTrainEnginePlugin(NOTHING).postInit(chosen);
    new PlaceTrainEnginePlugin(NOTHING, "PT1M,PT10M,PT1H").postInit(ours);

    assertThat(unset.getFailedJobRetryTimeCycle()).isEqualTo("R3/PT1M");
    assertThat(chosen.getFailedJobRetryTimeCycle()).as("the host's wins").isEqualTo("R5/PT30S");
    assertThat(ours.getFailedJobRetryTimeCycle()).isEqualTo("PT1M,PT10M,PT1H");
    System.out.printf("[RetryCyclePluginTest] unset -> %s, host R5/PT30S -> %s, ours -> %s%n",
        unset.getFailedJobRetryTimeCycle(), chosen.getFailedJobRetryTimeCycle(),
        ours.getFailedJobRetryTimeCycle());
  }

  @Test
  void cyclesTheEngineReadsAreAccepted() {
    for (String cycle : List.of("R3/PT1M", "R1/PT30S", "R10/P1D", "PT1M", "PT1M,PT10M,PT1H",
        "${retryCycle}")) {
      assertThat(new PlaceTrainEnginePlugin(NOTHING, cycle).retryCycle()).isEqualTo(cycle);
    }
  }

  @Test
  void aCycleTheEngineCouldNotReadStopsTheStartNamingTheSetting() {
    List<String> bad = List.of("", " ", "3 times", "R/PT1M", "R0/PT1M", "R3", "R3/PT1M,PT5M",
        "PT1M, PT5M", "PT1M,", "1 minute", "-PT1M");
    for (String cycle : bad) {
      assertThatThrownBy(() -> new PlaceTrainEnginePlugin(NOTHING, cycle)).as("'%s'", cycle)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("placetrain.jobs.retry-cycle: ");
    }
    var host = new StandaloneInMemProcessEngineConfiguration();
    host.setFailedJobRetryTimeCycle("R3/one minute");
    assertThatThrownBy(() -> new PlaceTrainEnginePlugin(NOTHING).postInit(host))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("failedJobRetryTimeCycle: 'R3/one minute' is not a retry cycle; expected "
            + "R<retries>/<ISO-8601 duration> (R3/PT1M) or durations separated by commas, no "
            + "blanks (PT1M,PT10M,PT1H)");
    System.out.printf("[RetryCyclePluginTest] %d unreadable cycles refused, and the host's%n",
        bad.size());
  }

  /** Fails while {@link #BROKEN} is on. */
  public static class FlakyWorker extends PlaceTrainWorker {
    static final AtomicBoolean BROKEN = new AtomicBoolean();

    @Override
    protected void work(DelegateExecution execution) {
      if (BROKEN.get()) {
        throw new IllegalStateException("Ingrid Hemmelig has no row");
      }
    }
  }

  @Test
  void aPlainEngineRetriesAFailingWorkerByThePluginsCycleAndAnElementsOwnCycleWins() {
    String name = "retry-plugin-" + UUID.randomUUID();
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate("create-drop");
    configuration.setJobExecutorActivate(false);
    configuration.setMetricsEnabled(false);
    configuration.getProcessEnginePlugins().add(new PlaceTrainEnginePlugin(NOTHING, "R2/PT5M"));
    engine = configuration.buildProcessEngine();
    BpmnModelInstance model = Bpmn.createExecutableProcess("retry-plugin")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .serviceTask("Task_Global").camundaAsyncBefore().camundaClass(FlakyWorker.class)
        .serviceTask("Task_Own").camundaAsyncBefore().camundaClass(FlakyWorker.class)
        .camundaFailedJobRetryTimeCycle("R1/PT2M")
        .userTask("Task_Done")
        .endEvent()
        .done();
    engine.getRepositoryService().createDeployment().addModelInstance("retry-plugin.bpmn", model)
        .deploy();
    RuntimeService runtime = engine.getRuntimeService();
    ManagementService management = engine.getManagementService();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ClockUtil.setCurrentTime(Date.from(now));
    String pi = runtime.startProcessInstanceByKey("retry-plugin", "P-7").getId();

    FlakyWorker.BROKEN.set(true);
    Job global = management.createJobQuery().processInstanceId(pi).singleResult();
    for (int attempt = 1; attempt <= 2; attempt++) {
      assertThat(catchThrowable(() -> management.executeJob(global.getId())))
          .isInstanceOf(WorkerFailedException.class);
      Job failed = management.createJobQuery().jobId(global.getId()).singleResult();
      assertThat(failed.getRetries()).isEqualTo(2 - attempt);
      assertThat(failed.getDuedate()).isEqualTo(Date.from(now.plus(5, ChronoUnit.MINUTES)));
      assertThat(failed.getExceptionMessage()).isEqualTo("FlakyWorker failed for participation "
          + "P-7: java.lang.IllegalStateException (its message is left out: it may quote "
          + "personal data)");
    }
    assertThat(runtime.createIncidentQuery().processInstanceId(pi).count()).isEqualTo(1);
    FlakyWorker.BROKEN.set(false);
    management.setJobRetries(global.getId(), 1);
    management.executeJob(global.getId());

    FlakyWorker.BROKEN.set(true);
    Job own = management.createJobQuery().processInstanceId(pi).singleResult();
    assertThat(own.getId()).isNotEqualTo(global.getId());
    assertThat(catchThrowable(() -> management.executeJob(own.getId())))
        .isInstanceOf(WorkerFailedException.class);
    Job ownFailed = management.createJobQuery().jobId(own.getId()).singleResult();
    assertThat(ownFailed.getRetries()).as("R1: one try, then the incident").isZero();
    assertThat(ownFailed.getDuedate()).isEqualTo(Date.from(now.plus(2, ChronoUnit.MINUTES)));
    assertThat(runtime.createIncidentQuery().processInstanceId(pi).count()).isEqualTo(1);
    FlakyWorker.BROKEN.set(false);
    management.setJobRetries(own.getId(), 1);
    management.executeJob(own.getId());

    assertThat(runtime.getActiveActivityIds(pi)).containsExactly("Task_Done");
    assertThat(runtime.createIncidentQuery().processInstanceId(pi).count()).isZero();
    System.out.printf("[RetryCyclePluginTest] plain engine: R2/PT5M -> retries 1, 0 and one "
        + "incident; the element's R1/PT2M -> retries 0 at once; both retried to Task_Done%n");
  }
}
