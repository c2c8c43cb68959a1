package no.placetrain.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link NoticeChannel}: one log line per notice with its kind, the participation id,
 * the commitment kind, the number (checkpoint, level), the due instant, the group and the
 * idempotency key, and nothing else (no names).
 */
public class LogChannel implements NoticeChannel {

  private static final Logger LOG = LoggerFactory.getLogger(LogChannel.class);

  @Override
  public void deliver(Notice notice) {
    LOG.info("Notice {}: participation {}, commitment kind {}, number {}, due {}, group {} ({})",
        notice.kind(), notice.participationId(), notice.commitmentKind(), notice.number(),
        notice.dueAt(), notice.recipientGroup(), notice.idempotencyKey());
  }
}
