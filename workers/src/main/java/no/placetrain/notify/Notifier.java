package no.placetrain.notify;

/**
 * Notifies the parties of a participation: reminders to the obligors of overdue commitments, the
 * levels of their escalation, checkpoints that fell due. Called from the workers, inside the
 * engine's transaction.
 *
 * <p>The default, {@link OutboxNotifier}, writes each {@link Notice} to the outbox in that
 * transaction — a rolled-back job leaves nothing, a retried or replayed one writes the notice
 * once (its idempotency key) — and the {@link OutboxDispatcher} sends it afterwards through a
 * {@link NoticeChannel} (log by default, e-mail with {@code placetrain.notify.channel=mail}, or a
 * host's own channel bean). A host that wants no outbox replaces this bean; its implementation
 * then runs inside the engine's transaction and should tolerate the same notice twice.
 */
@FunctionalInterface
public interface Notifier {

  /** Notifies {@code notice.recipientGroup()} (writes the notice; sending comes later). */
  void send(Notice notice);

  /** Reminds {@code reminder.group()} that the commitment is overdue: {@link Notice#reminder}. */
  default void remind(Reminder reminder) {
    send(Notice.reminder(reminder));
  }
}
