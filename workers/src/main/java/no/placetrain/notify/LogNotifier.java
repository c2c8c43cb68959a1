package no.placetrain.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link Notifier}: writes one log line per reminder with the participation id, the
 * commitment kind, the due date and the group, and nothing else (no names).
 */
public class LogNotifier implements Notifier {

  private static final Logger LOG = LoggerFactory.getLogger(LogNotifier.class);

  @Override
  public void remind(Reminder reminder) {
    LOG.info("Reminder: participation {}, commitment kind {} was due {}, group {}",
        reminder.participationId(), reminder.kind(), reminder.dueAt(), reminder.group());
  }
}
