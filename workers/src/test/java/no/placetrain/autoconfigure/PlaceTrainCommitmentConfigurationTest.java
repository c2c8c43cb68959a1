package no.placetrain.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import no.placetrain.notify.Notifier;
import no.placetrain.notify.OutboxNotifier;
import no.placetrain.process.commitment.EscalationService;
import no.placetrain.service.CheckpointService;
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
 * The commitment beans of the auto-configuration without an engine: every worker the models
 * name, the services, the outbox notifier unless the host brings one, and the two periods.
 */
class PlaceTrainCommitmentConfigurationTest {

  private static final String[] WORKERS = {"openCommitmentWorker", "meetCommitmentWorker",
      "escalateCommitmentWorker", "remindObligorWorker", "climbLadderWorker",
      "recordCommitmentWorker"};

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      // embedded H2, or a new PostgreSQL database in a PostgreSQL run
      .withInitializer(new PostgresContextInitializer())
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
          DataSourceTransactionManagerAutoConfiguration.class, LiquibaseAutoConfiguration.class,
          PlaceTrainAutoConfiguration.class))
      .withPropertyValues("spring.liquibase.change-log="
          + "classpath:placetrain/db/changelog/placetrain-changelog.xml");

  @Test
  void theWorkersOfTheCommitmentsAndTheirServicesAreThere() {
    runner.run(context -> {
      assertThat(context).hasNotFailed()
          .hasSingleBean(EscalationService.class).hasSingleBean(CheckpointService.class);
      for (String worker : WORKERS) {
        assertThat(context.getBean(worker)).as(worker).isInstanceOf(JavaDelegate.class);
      }
      assertThat(context.getBean(Notifier.class)).isInstanceOf(OutboxNotifier.class);
    });
  }

  @Test
  void theDecisionWindowAndTheReminderGraceHaveDefaultsAndAreConfigurable() {
    runner.run(context -> {
      PlaceTrainProperties properties = context.getBean(PlaceTrainProperties.class);
      assertThat(properties.getDecisionWindow()).isEqualTo(Period.ofDays(14));
      assertThat(properties.getEscalation().getReminderGrace()).isEqualTo(Duration.ofDays(2));
    });
    runner.withPropertyValues("placetrain.decision-window=P3W",
            "placetrain.escalation.reminder-grace=PT36H")
        .run(context -> {
          PlaceTrainProperties properties = context.getBean(PlaceTrainProperties.class);
          assertThat(properties.getDecisionWindow()).isEqualTo(Period.ofWeeks(3));
          assertThat(properties.getEscalation().getReminderGrace())
              .isEqualTo(Duration.ofHours(36));
        });
  }

  @Test
  void aHostsNotifierReplacesTheOutboxNotifier() {
    runner.withUserConfiguration(HostNotifier.class).run(context -> {
      assertThat(context).hasSingleBean(Notifier.class).doesNotHaveBean(OutboxNotifier.class);
      assertThat(context.getBean(Notifier.class)).isSameAs(HostNotifier.NOTIFIER);
    });
  }

  @Configuration(proxyBeanMethods = false)
  static class HostNotifier {
    static final Notifier NOTIFIER = notice -> { };

    @Bean
    Notifier hostNotifier() {
      return NOTIFIER;
    }
  }
}
