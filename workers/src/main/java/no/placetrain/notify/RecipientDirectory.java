package no.placetrain.notify;

import java.util.List;

/**
 * The e-mail addresses of a group's members, looked up when a notice is sent (the outbox stores
 * the group, never an address). The auto-configuration's implementation reads the engine's
 * identity service ({@code no.placetrain.engine.IdentityRecipients}); a host may define its own
 * bean (a directory service).
 */
@FunctionalInterface
public interface RecipientDirectory {

  /** The distinct, non-blank addresses of the members of {@code groupId}; empty when none. */
  List<String> addressesOf(String groupId);
}
