package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import no.placetrain.notify.LogChannel;
import no.placetrain.notify.NoticeChannel;
import no.placetrain.notify.Notifier;
import no.placetrain.notify.OutboxDispatcher;
import no.placetrain.notify.OutboxNotifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The server as configured (application.yaml): notices go to the outbox and out through the log;
 * its dispatcher runs; without {@code spring.mail.host} there is no mail sender.
 */
class NotificationDefaultsServerTest extends ServerTestBase {

  @Autowired Notifier notifier;
  @Autowired NoticeChannel channel;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired ObjectProvider<JavaMailSender> mailSender;

  @Test
  void noticesGoThroughTheOutboxAndTheLogAndTheDispatcherRuns() {
    System.out.println("[NotificationDefaultsServerTest] notifier "
        + notifier.getClass().getSimpleName() + ", channel " + channel.getClass().getSimpleName()
        + ", dispatcher running " + dispatcher.isRunning() + " on node " + dispatcher.node()
        + ", mail sender " + (mailSender.getIfAvailable() != null));
    assertThat(notifier).isInstanceOf(OutboxNotifier.class);
    assertThat(channel).isInstanceOf(LogChannel.class);
    assertThat(dispatcher.isRunning()).isTrue();
    assertThat(dispatcher.maxAttempts()).isEqualTo(10);
    assertThat(mailSender.getIfAvailable()).isNull();
  }
}
