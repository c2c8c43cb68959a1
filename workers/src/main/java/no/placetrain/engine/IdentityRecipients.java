package no.placetrain.engine;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import no.placetrain.notify.RecipientDirectory;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;

/**
 * The e-mail addresses of a group's members in the engine's identity service (its users'
 * {@code email}), for the mail channel of the notices. Users without an address are left out;
 * each address once, sorted. Read outside any user's authentication (the dispatcher's thread has
 * none), so the engine's authorization does not filter the members.
 */
public class IdentityRecipients implements RecipientDirectory {

  private final Supplier<ProcessEngine> engine;

  /** @param engine the engine whose identity service holds the users; asked for at each lookup */
  public IdentityRecipients(Supplier<ProcessEngine> engine) {
    this.engine = engine;
  }

  @Override
  public List<String> addressesOf(String groupId) {
    ProcessEngine processEngine = engine.get();
    if (processEngine == null) {
      throw new IllegalStateException("no process engine: the group's members are unknown");
    }
    return processEngine.getIdentityService().createUserQuery().memberOfGroup(groupId).list()
        .stream()
        .map(User::getEmail)
        .filter(Objects::nonNull)
        .map(String::trim)
        .filter(address -> !address.isEmpty())
        .distinct()
        .sorted()
        .toList();
  }
}
