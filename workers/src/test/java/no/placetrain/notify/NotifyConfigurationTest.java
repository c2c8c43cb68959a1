package no.placetrain.notify;

import static org.assertj.core.api.Assertions.assertThat;

import no.placetrain.autoconfigure.PlaceTrainAutoConfiguration;
import no.placetrain.autoconfigure.PlaceTrainNotifyConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.liquibase.LiquibaseAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The auto-configuration of the notices without an engine: the outbox notifier and the log
 * channel by default, the mail channel with {@code placetrain.notify.channel=mail} and Spring
 * Boot's mail sender (a clear start-up failure without {@code spring.mail.host}), a host's channel
 * in place of both, and a dispatcher that starts only when enabled.
 */
class NotifyConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
          DataSourceTransactionManagerAutoConfiguration.class, LiquibaseAutoConfiguration.class,
          MailSenderAutoConfiguration.class, PlaceTrainAutoConfiguration.class,
          PlaceTrainNotifyConfiguration.class))
      .withPropertyValues("spring.liquibase.change-log="
          + "classpath:placetrain/db/changelog/placetrain-changelog.xml",
          "placetrain.notify.dispatch.enabled=false");

  @Test
  void byDefaultNoticesGoToTheOutboxAndOutThroughTheLog() {
    runner.run(context -> {
      assertThat(context).hasNotFailed()
          .hasSingleBean(OutboxStore.class).hasSingleBean(OutboxDispatcher.class)
          .doesNotHaveBean(MailChannel.class);
      assertThat(context.getBean(Notifier.class)).isInstanceOf(OutboxNotifier.class);
      assertThat(context.getBean(NoticeChannel.class)).isInstanceOf(LogChannel.class);
      assertThat(context.getBean(OutboxDispatcher.class).isRunning()).isFalse();
      System.out.println("[NotifyConfigurationTest] default: channel "
          + context.getBean(NoticeChannel.class).getClass().getSimpleName());
    });
  }

  @Test
  void theMailChannelNeedsSpringBootsMailSender() {
    runner.withPropertyValues("placetrain.notify.channel=mail").run(context -> {
      assertThat(context).hasFailed();
      System.out.println("[NotifyConfigurationTest] mail without spring.mail.host: "
          + context.getStartupFailure().getMessage().lines().findFirst().orElse(""));
      assertThat(context.getStartupFailure()).rootCause().hasMessage(
          "placetrain.notify.channel=mail needs Spring Boot's mail sender: set spring.mail.host "
              + "(and spring.mail.port, username, password)");
    });
    runner.withPropertyValues("placetrain.notify.channel=mail", "spring.mail.host=localhost",
        "placetrain.notify.mail.from=placetrain@nav.example").run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(MailChannel.class)
              .doesNotHaveBean(LogChannel.class);
          assertThat(context.getBean(NoticeChannel.class)).isInstanceOf(MailChannel.class);
        });
    runner.withPropertyValues("placetrain.notify.channel=mail", "spring.mail.host=localhost",
        "placetrain.notify.mail.from=not an address").run(context ->
        assertThat(context.getStartupFailure()).rootCause()
            .hasMessage("placetrain.notify.mail.from is not an e-mail address"));
  }

  @Test
  void aHostsChannelReplacesLogAndMail() {
    runner.withUserConfiguration(HostChannel.class)
        .withPropertyValues("placetrain.notify.channel=mail", "spring.mail.host=localhost")
        .run(context -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(MailChannel.class)
              .doesNotHaveBean(LogChannel.class);
          assertThat(context.getBean(NoticeChannel.class)).isSameAs(HostChannel.CHANNEL);
        });
  }

  @Test
  void theDispatcherStartsWithTheContextWhenEnabled() {
    runner.withPropertyValues("placetrain.notify.dispatch.enabled=true",
        "placetrain.notify.dispatch.interval=PT1H", "placetrain.notify.dispatch.node-id=node-x")
        .run(context -> {
          OutboxDispatcher dispatcher = context.getBean(OutboxDispatcher.class);
          assertThat(dispatcher.isRunning()).isTrue();
          assertThat(dispatcher.node()).isEqualTo("node-x");
        });
    runner.withPropertyValues("placetrain.notify.dispatch.batch-size=0").run(context ->
        assertThat(context.getStartupFailure()).rootCause()
            .hasMessage("placetrain.notify.dispatch.batch-size must be positive"));
  }

  @Configuration(proxyBeanMethods = false)
  static class HostChannel {
    static final NoticeChannel CHANNEL = notice -> { };

    @Bean
    NoticeChannel hostChannel() {
      return CHANNEL;
    }
  }
}
