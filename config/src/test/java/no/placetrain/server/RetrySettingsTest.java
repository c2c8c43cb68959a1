package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration.JobConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The server's settings for failing jobs and the job executor (application.yaml): the engine
 * retries a failed job by R3/PT1M (from {@code placetrain.jobs.retry-cycle}), and the job executor
 * Camunda's starter builds from {@code camunda.bpm.job-execution} is sized for a node of 2 cores
 * with a lock time of one minute. The tests switch the job executor off, so it is built here from
 * the bound properties with the starter's own factory methods, as the server builds it.
 */
class RetrySettingsTest extends ServerTestBase {

  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @Autowired CamundaBpmProperties camunda;

  @Test
  void failedJobsAreRetriedThreeTimesAMinuteApart() {
    assertThat(engineConfiguration.getFailedJobRetryTimeCycle()).isEqualTo("R3/PT1M");
    System.out.printf("[RetrySettingsTest] failedJobRetryTimeCycle %s%n",
        engineConfiguration.getFailedJobRetryTimeCycle());
  }

  @Test
  void theJobExecutorIsSizedForTwoCoresWithALockTimeOfOneMinute() {
    ThreadPoolTaskExecutor threads = (ThreadPoolTaskExecutor)
        JobConfiguration.camundaTaskExecutor(camunda);
    JobExecutor executor = JobConfiguration.jobExecutor(threads, camunda);

    assertThat(executor).isInstanceOf(SpringJobExecutor.class);
    assertThat(executor.getLockTimeInMillis()).isEqualTo(60_000);
    assertThat(executor.getMaxJobsPerAcquisition()).isEqualTo(4);
    assertThat(threads.getCorePoolSize()).isEqualTo(2);
    assertThat(threads.getMaxPoolSize()).isEqualTo(4);
    assertThat(threads.getQueueCapacity()).isEqualTo(4);
    System.out.printf("[RetrySettingsTest] lock time %d ms, %d jobs per acquisition, threads "
            + "%d..%d, queue %d%n", executor.getLockTimeInMillis(),
        executor.getMaxJobsPerAcquisition(), threads.getCorePoolSize(), threads.getMaxPoolSize(),
        threads.getQueueCapacity());
  }
}
