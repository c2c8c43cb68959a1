package no.placetrain.notify;

/**
 * Sends reminders to the obligors of overdue commitments (e-mail, chat, a case system, …). The
 * default, {@link LogNotifier}, only logs; a host replaces it by defining a bean of this type.
 * Called from a job of the {@code commitment-escalation} process: a failure is retried by the
 * engine, so an implementation should tolerate sending the same reminder twice.
 */
@FunctionalInterface
public interface Notifier {

  /** Reminds {@code reminder.group()} that the commitment is overdue. */
  void remind(Reminder reminder);
}
