package no.placetrain.service;

import java.util.Collection;
import java.util.List;
import no.placetrain.domain.agreement.WorkflowGroup;

/**
 * Where the groups of the agreements' parties live (docs/access.md, "Groups"): the engine's
 * identity service in a host, nothing without an engine. Engine-free code (the catalogue, the
 * agreement service) creates groups through this interface; the engine-facing implementation is
 * {@code no.placetrain.engine.IdentityGroupDirectory}.
 */
public interface GroupDirectory {

  /** Creates nothing: for stores and services used without an engine. */
  GroupDirectory NONE = groups -> List.of();

  /**
   * Creates every group that does not exist yet (type {@value WorkflowGroup#TYPE}, its name); an
   * existing group is left as it is (its name and members included). Idempotent.
   *
   * @return the ids of the groups created by this call
   */
  List<String> ensure(Collection<WorkflowGroup> groups);
}
