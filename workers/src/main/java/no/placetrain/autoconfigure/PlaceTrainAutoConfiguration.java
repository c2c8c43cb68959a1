package no.placetrain.autoconfigure;

import java.time.Clock;
import no.placetrain.domain.AgreementCatalogue;
import no.placetrain.domain.InvalidAgreementException;
import no.placetrain.engine.PlaceTrainEnginePlugin;
import no.placetrain.engine.forms.CompletionCheck;
import no.placetrain.engine.forms.FormValidationPlugin;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;

/**
 * Spring Boot auto-configuration of Place &amp; Train: the agreement catalogue from
 * {@code placetrain.agreements}, a clock, the workers and completion checks, the form validation
 * plugin and the engine plugin that deploys our models and forms. Runs before Camunda's starter,
 * which collects every {@code ProcessEnginePlugin} bean. Every bean backs off when the host
 * defines its own (workers: by bean name; the rest: by type).
 */
@AutoConfiguration(before = CamundaBpmAutoConfiguration.class)
@EnableConfigurationProperties(PlaceTrainProperties.class)
@Import({PlaceTrainWorkerConfiguration.class, PlaceTrainCheckConfiguration.class})
public class PlaceTrainAutoConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(PlaceTrainAutoConfiguration.class);

  /** The validated catalogue; an invalid entry stops the start, naming the property. */
  @Bean
  @ConditionalOnMissingBean
  public AgreementCatalogue agreementCatalogue(PlaceTrainProperties properties) {
    try {
      AgreementCatalogue catalogue = new AgreementCatalogue(properties.getAgreements().stream()
          .map(PlaceTrainProperties.AgreementProperties::toAgreement)
          .toList());
      if (catalogue.all().isEmpty()) {
        LOG.warn("placetrain.agreements is empty: every referral will be refused");
      }
      return catalogue;
    } catch (InvalidAgreementException e) {
      throw new InvalidCatalogueConfigurationException(e);
    }
  }

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

  /** Deploys our models and forms as one deployment; keeps them out of the auto-deployment. */
  @Bean
  @ConditionalOnMissingBean
  public PlaceTrainEnginePlugin placeTrainEnginePlugin(ResourceLoader resourceLoader) {
    return new PlaceTrainEnginePlugin(PlaceTrainResources.load(resourceLoader.getClassLoader()));
  }
}
