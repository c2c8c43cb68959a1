package no.placetrain.service;

import java.util.Optional;
import no.placetrain.domain.agreement.Agreement;

/** Finds agreements by id: what the workers and completion checks need of the catalogue. */
@FunctionalInterface
public interface AgreementLookup {

  /** The agreement with {@code id}; empty for {@code null} or an unknown id. */
  Optional<Agreement> find(String id);
}
