package no.placetrain.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import no.placetrain.domain.AgreementCatalogue;
import no.placetrain.domain.SelectionMode;
import no.placetrain.engine.PlaceTrainEnginePlugin;
import no.placetrain.engine.forms.FormValidationPlugin;
import no.placetrain.process.placeandtrain.RegisterReferralWorker;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The auto-configuration without an engine: catalogue binding, defaults and back-off. */
class PlaceTrainAutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(PlaceTrainAutoConfiguration.class))
      .withPropertyValues(
          "placetrain.agreements[0].id=aleris-stella",
          "placetrain.agreements[0].name=Aleris × Stella (Røde Kors)",
          "placetrain.agreements[0].employer=Aleris",
          "placetrain.agreements[0].nav-offices=NAV Frogner,NAV St. Hanshaugen",
          "placetrain.agreements[0].broker=Stella",
          "placetrain.agreements[0].selection=SPEED_INTERVIEW",
          "placetrain.agreements[0].practice-min-months=9",
          "placetrain.agreements[0].practice-max-months=9",
          "placetrain.agreements[0].job-guarantee-period=P6M");

  @Test
  void bindsTheCatalogueFromKebabCaseProperties() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      var agreement = context.getBean(AgreementCatalogue.class).find("aleris-stella").orElseThrow();
      assertThat(agreement.navOffices()).containsExactly("NAV Frogner", "NAV St. Hanshaugen");
      assertThat(agreement.brokerName()).contains("Stella");
      assertThat(agreement.selectionMode()).isEqualTo(SelectionMode.SPEED_INTERVIEW);
      assertThat(agreement.practiceTerms().maxMonths()).isEqualTo(9);
      assertThat(agreement.jobGuaranteePeriod()).isEqualTo(Period.ofMonths(6));
    });
  }

  @Test
  void anInvalidEntryStopsTheStartNamingPropertyAndReason() {
    runner.withPropertyValues(
            "placetrain.agreements[1].id=kiwi-nav-drammen",
            "placetrain.agreements[1].name=KIWI",
            "placetrain.agreements[1].employer=KIWI",
            "placetrain.agreements[1].nav-offices=NAV Drammen",
            "placetrain.agreements[1].selection=INTERVIEW",
            "placetrain.agreements[1].practice-min-months=6",
            "placetrain.agreements[1].practice-max-months=3")
        .run(context -> assertThat(catalogueFailure(context.getStartupFailure()))
            .hasMessage("placetrain.agreements[1].practice-max-months (agreement id "
                + "'kiwi-nav-drammen'): must not be less than practice-min-months")
            .extracting(InvalidCatalogueConfigurationException::property)
            .isEqualTo("placetrain.agreements[1].practice-max-months"));
  }

  @Test
  void aMissingFieldIsNamedToo() {
    runner.withPropertyValues("placetrain.agreements[0].nav-offices=")
        .run(context -> assertThat(catalogueFailure(context.getStartupFailure()))
            .hasMessage("placetrain.agreements[0].nav-offices (agreement id 'aleris-stella'): "
                + "must list at least one NAV office"));
  }

  @Test
  void defaultsToTheSystemClockInOslo() {
    runner.run(context -> {
      assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/Oslo"));
      assertThat(context).hasSingleBean(FormValidationPlugin.class)
          .hasSingleBean(PlaceTrainEnginePlugin.class);
      assertThat(context.getBean(FormValidationPlugin.class).checks()).hasSize(4);
    });
  }

  @Test
  void theZoneIsConfigurable() {
    runner.withPropertyValues("placetrain.zone=UTC")
        .run(context -> assertThat(context.getBean(Clock.class).getZone())
            .isEqualTo(ZoneId.of("UTC")));
  }

  @Test
  void aHostReplacesTheClockAndAWorkerWithItsOwnBeans() {
    runner.withUserConfiguration(HostBeans.class).run(context -> {
      assertThat(context.getBean(Clock.class)).isSameAs(HostBeans.CLOCK);
      assertThat(context.getBean("registerReferralWorker")).isSameAs(HostBeans.WORKER);
      assertThat(context).doesNotHaveBean(RegisterReferralWorker.class);
      assertThat(context).hasBean("recordScreeningWorker");
    });
  }

  private static InvalidCatalogueConfigurationException catalogueFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InvalidCatalogueConfigurationException found) {
        return found;
      }
    }
    throw new AssertionError("the start did not fail on the catalogue", failure);
  }

  @Configuration(proxyBeanMethods = false)
  static class HostBeans {
    static final Clock CLOCK = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
    static final JavaDelegate WORKER = execution -> { };

    @Bean
    Clock hostClock() {
      return CLOCK;
    }

    @Bean
    JavaDelegate registerReferralWorker() {
      return WORKER;
    }
  }
}
