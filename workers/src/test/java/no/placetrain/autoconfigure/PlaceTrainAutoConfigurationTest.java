package no.placetrain.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import no.placetrain.catalogue.InvalidCatalogueException;
import no.placetrain.domain.SelectionMode;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.engine.PlaceTrainEnginePlugin;
import no.placetrain.engine.forms.FormValidationPlugin;
import no.placetrain.process.placeandtrain.RegisterReferralWorker;
import no.placetrain.service.AgreementService;
import no.placetrain.store.AgreementStore;
import no.placetrain.testing.PostgresContextInitializer;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.liquibase.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The auto-configuration without an engine: the run's database (embedded H2, or a new PostgreSQL
 * database in a PostgreSQL run) with our changelog, the catalogue loaded at start, defaults and
 * back-off.
 */
class PlaceTrainAutoConfigurationTest {

  private static final String CHANGELOG = "classpath:placetrain/db/changelog/placetrain-changelog.xml";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      // embedded H2, or a new PostgreSQL database in a PostgreSQL run
      .withInitializer(new PostgresContextInitializer())
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
          DataSourceTransactionManagerAutoConfiguration.class, LiquibaseAutoConfiguration.class,
          PlaceTrainAutoConfiguration.class))
      .withPropertyValues("spring.liquibase.change-log=" + CHANGELOG);

  @Test
  void loadsTheCatalogueOfTheClassPathIntoTheDatabaseAtStart() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      AgreementService agreements = context.getBean(AgreementService.class);
      assertThat(agreements.list()).extracting(Agreement::id).containsExactly(
          "fretex-job-guarantee", "iss-alna", "iss-oslo-region", "kiwi-nav-drammen");
      Agreement fretex = agreements.find("fretex-job-guarantee").orElseThrow();
      assertThat(fretex.brokerName()).contains("Fretex");
      assertThat(fretex.selectionMode()).isEqualTo(SelectionMode.INTERVIEW);
      assertThat(fretex.practiceTerms().maxMonths()).isEqualTo(6);
      assertThat(fretex.terms().jobGuaranteePeriod()).isEqualTo(Period.ofMonths(6));
      assertThat(context.getBean(AgreementStore.class).find("kiwi-nav-drammen").orElseThrow())
          .satisfies(row -> assertThat(row.source()).isEqualTo("kiwi-nav-drammen.yaml"))
          .satisfies(row -> assertThat(row.version()).isEqualTo(1));
    });
  }

  @Test
  void theLocationsAreConfigurable() {
    runner.withPropertyValues("placetrain.catalogue.locations=classpath:catalogues/ordering/*.yaml")
        .run(context -> assertThat(context.getBean(AgreementService.class).list())
            .extracting(Agreement::id)
            .containsExactlyInAnyOrder("a-local", "z-framework"));
  }

  @Test
  void anInvalidFileStopsTheStartNamingFileFieldAndReason() {
    runner.withPropertyValues(
            "placetrain.catalogue.locations=classpath:catalogues/invalid-months/*.yaml")
        .run(context -> assertThat(catalogueFailure(context.getStartupFailure()))
            .hasMessage("kiwi-nav-drammen.yaml: terms.practice-months.max: must be at least min (6)")
            .extracting(InvalidCatalogueException::file, InvalidCatalogueException::field)
            .containsExactly("kiwi-nav-drammen.yaml", "terms.practice-months.max"));
  }

  @Test
  void withoutOurTablesTheStartFailsNamingTheChangelogToInclude() {
    new ApplicationContextRunner()
        // embedded H2, or a new PostgreSQL database in a PostgreSQL run
        .withInitializer(new PostgresContextInitializer())
        .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
            DataSourceTransactionManagerAutoConfiguration.class, PlaceTrainAutoConfiguration.class))
        .run(context -> assertThat(context.getStartupFailure()).rootCause().isNotNull()
            .satisfies(failure -> assertThat(messages(context.getStartupFailure()))
                .contains("placetrain/db/changelog/placetrain-changelog.xml")));
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
      assertThat(context.getBean(AgreementStore.class).find("kiwi-nav-drammen").orElseThrow()
          .createdAt()).isEqualTo(Instant.EPOCH);
    });
  }

  private static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }

  private static InvalidCatalogueException catalogueFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InvalidCatalogueException found) {
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
