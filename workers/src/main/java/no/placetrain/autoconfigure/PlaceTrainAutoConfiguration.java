package no.placetrain.autoconfigure;

import java.time.Clock;
import no.placetrain.engine.PlaceTrainEnginePlugin;
import no.placetrain.engine.forms.CompletionCheck;
import no.placetrain.engine.forms.FormValidationPlugin;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * Spring Boot auto-configuration of Place &amp; Train: the stores on the engine's data source, the
 * services, the programme catalogue (YAML files at {@code placetrain.catalogue.locations}, loaded
 * at start), a clock, the workers (commitments and their escalation included) and completion checks,
 * the notifier of the parties (the outbox), the form validation plugin and the engine
 * plugin that deploys our models and forms. Our tables come from the host's Liquibase, which
 * includes {@code placetrain/db/changelog/placetrain-changelog.xml}. Runs before Camunda's starter,
 * which collects every {@code ProcessEnginePlugin} bean. Every bean backs off when the host
 * defines its own (workers: by bean name; the rest: by type). The outbox is sent by
 * {@link PlaceTrainNotifyConfiguration}.
 */
@AutoConfiguration(before = CamundaBpmAutoConfiguration.class)
@EnableConfigurationProperties(PlaceTrainProperties.class)
@Import({PlaceTrainStoreConfiguration.class, PlaceTrainWorkerConfiguration.class,
    PlaceTrainCommitmentConfiguration.class, PlaceTrainCheckConfiguration.class})
public class PlaceTrainAutoConfiguration {

  /** The system clock in {@code placetrain.zone}; replace it (e.g. in tests) with a fixed one. */
  @Bean
  @ConditionalOnMissingBean
  public Clock placeTrainClock(PlaceTrainProperties properties) {
    return Clock.system(properties.getZone());
  }

  /** Server-side validation of form submissions, with every {@link CompletionCheck} bean. */
  @Bean
  @ConditionalOnMissingBean
  public FormValidationPlugin formValidationPlugin(ObjectProvider<CompletionCheck> checks) {
    return new FormValidationPlugin(checks.orderedStream().toList());
  }

  /**
   * Deploys our models and forms as one deployment; keeps them out of the auto-deployment; sets
   * the retry cycle of failed jobs ({@code placetrain.jobs.retry-cycle}) unless the host set the
   * engine's own.
   */
  @Bean
  @ConditionalOnMissingBean
  public PlaceTrainEnginePlugin placeTrainEnginePlugin(ResourceLoader resourceLoader,
      PlaceTrainProperties properties) {
    return new PlaceTrainEnginePlugin(PlaceTrainResources.load(resourceLoader.getClassLoader()),
        properties.getJobs().getRetryCycle());
  }
}
