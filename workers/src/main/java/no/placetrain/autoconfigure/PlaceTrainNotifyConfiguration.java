package no.placetrain.autoconfigure;

import java.time.Clock;
import no.placetrain.engine.IdentityRecipients;
import no.placetrain.notify.LogChannel;
import no.placetrain.notify.MailChannel;
import no.placetrain.notify.NoticeChannel;
import no.placetrain.notify.NoticeText;
import no.placetrain.notify.Notifier;
import no.placetrain.notify.NotifyProperties;
import no.placetrain.notify.OutboxDispatcher;
import no.placetrain.notify.OutboxNotifier;
import no.placetrain.notify.OutboxStore;
import no.placetrain.notify.RecipientDirectory;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sending the notices to the parties ({@code placetrain.notify.*}, {@link NotifyProperties}) that
 * the workers' {@link Notifier} ({@link OutboxNotifier}, from {@link PlaceTrainAutoConfiguration})
 * wrote to {@code PT_OUTBOX}: the channel that delivers ({@link LogChannel} by default;
 * {@link MailChannel} with {@code placetrain.notify.channel=mail} and Spring Boot's mail sender,
 * {@code spring.mail.*}), the members' addresses ({@link IdentityRecipients}) and the
 * {@link OutboxDispatcher}, started with the context unless
 * {@code placetrain.notify.dispatch.enabled=false}. Each bean backs off when the host defines one
 * of its type: a host's {@link NoticeChannel} bean replaces log and mail; a host's
 * {@link Notifier} bypasses the outbox. Runs after Spring Boot's mail auto-configuration.
 */
@AutoConfiguration(after = PlaceTrainAutoConfiguration.class,
    afterName = "org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration")
@EnableConfigurationProperties(NotifyProperties.class)
public class PlaceTrainNotifyConfiguration {

  /** The addresses of a group's members: the engine's users (looked up when sending). */
  @Bean
  @ConditionalOnMissingBean
  public RecipientDirectory placeTrainRecipients(ObjectProvider<ProcessEngine> processEngine) {
    return new IdentityRecipients(processEngine::getIfAvailable);
  }

  /** {@code placetrain.notify.channel=log} (the default): one log line per notice. */
  @Bean
  @ConditionalOnMissingBean(NoticeChannel.class)
  @ConditionalOnProperty(prefix = "placetrain.notify", name = "channel", havingValue = "log",
      matchIfMissing = true)
  public LogChannel placeTrainLogChannel() {
    return new LogChannel();
  }

  /** Sends the outbox through the channel. */
  @Bean
  @ConditionalOnMissingBean
  public OutboxDispatcher placeTrainOutboxDispatcher(OutboxStore store,
      ObjectProvider<NoticeChannel> channel, Clock clock, NotifyProperties properties) {
    NoticeChannel noticeChannel = channel.getIfUnique();
    if (noticeChannel == null) {
      throw new IllegalStateException("placetrain.notify.channel=" + properties.getChannel()
          .name().toLowerCase(java.util.Locale.ROOT) + " has no channel: mail needs "
          + "spring-boot-starter-mail on the class path and spring.mail.host (or define one "
          + "NoticeChannel bean)");
    }
    return new OutboxDispatcher(store, noticeChannel, clock, properties.getDispatch());
  }

  /** {@code placetrain.notify.channel=mail}: e-mail through Spring Boot's mail sender. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"org.springframework.mail.javamail.JavaMailSender",
      "jakarta.mail.internet.MimeMessage"})
  @ConditionalOnProperty(prefix = "placetrain.notify", name = "channel", havingValue = "mail")
  static class Mail {

    /** E-mail to the group's members, with a Message-ID from the idempotency key. */
    @Bean
    @ConditionalOnMissingBean(NoticeChannel.class)
    MailChannel placeTrainMailChannel(ObjectProvider<JavaMailSender> sender,
        RecipientDirectory recipients, NotifyProperties properties, Clock clock) {
      JavaMailSender mailSender = sender.getIfAvailable();
      if (mailSender == null) {
        throw new IllegalStateException("placetrain.notify.channel=mail needs Spring Boot's mail "
            + "sender: set spring.mail.host (and spring.mail.port, username, password)");
      }
      return new MailChannel(mailSender, recipients,
          new NoticeText(properties.getTasklistUrl(), clock.getZone()),
          properties.getMail().getFrom(), properties.getMail().getMessageIdDomain());
    }
  }
}
