package no.placetrain.notify;

/**
 * Delivers a notice from the outbox to the members of its group: {@link LogChannel} (the
 * default), {@link MailChannel} ({@code placetrain.notify.channel=mail}), or a host's own bean of
 * this type (chat, a case system, …), which replaces both.
 *
 * <p>Called by the {@link OutboxDispatcher} outside any transaction, once per claimed notice.
 * Returning normally marks the notice sent; throwing records a failed attempt (the exception's
 * class only, never its message) and the notice is tried again later. A notice may be delivered
 * twice when a node dies between delivering and marking it sent: derive whatever lets a receiver
 * drop a duplicate from {@link Notice#idempotencyKey()}.
 */
@FunctionalInterface
public interface NoticeChannel {

  /**
   * Delivers {@code notice}.
   *
   * @throws RuntimeException when it could not be delivered (it is tried again)
   */
  void deliver(Notice notice);
}
