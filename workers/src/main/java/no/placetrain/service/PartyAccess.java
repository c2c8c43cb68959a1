package no.placetrain.service;

import java.util.Collection;
import no.placetrain.domain.agreement.Agreement;

/**
 * What the parties of the agreements may do in the engine (docs/access.md, "Authorization"): the
 * engine's authorizations in a host ({@code no.placetrain.access.EngineAccess}), nothing without
 * an engine. Engine-free code (the agreement service) grants through this interface.
 */
public interface PartyAccess {

  /** Grants nothing: for stores and services used without an engine. */
  PartyAccess NONE = agreements -> 0;

  /**
   * Grants the standing groups and the groups of every party of {@code agreements} what
   * docs/access.md gives them; a grant that exists already (for the group, resource and resource
   * id) is left as it is. Idempotent.
   *
   * @return how many authorizations this call created
   */
  int grant(Collection<Agreement> agreements);
}
