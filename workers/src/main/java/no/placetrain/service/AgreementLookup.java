package no.placetrain.service;

import java.util.List;
import java.util.Optional;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentTemplate;

/** Finds agreements by id: what the workers and completion checks need of the catalogue. */
@FunctionalInterface
public interface AgreementLookup {

  /** The agreement with {@code id}; empty for {@code null} or an unknown id. */
  Optional<Agreement> find(String id);

  /**
   * The commitments that apply to {@code agreement} (its framework's merged with its own).
   *
   * @throws IllegalStateException when its framework is not found
   */
  default List<CommitmentTemplate> effectiveCommitments(Agreement agreement) {
    if (!agreement.hasParent()) {
      return agreement.commitments();
    }
    Agreement parent = find(agreement.parentId()).orElseThrow(() ->
        new IllegalStateException("the framework of " + agreement.id() + " is not stored"));
    return agreement.effectiveCommitments(parent);
  }

  /** The template of {@code kind} that applies to {@code agreement}, if it has one. */
  default Optional<CommitmentTemplate> effectiveCommitment(
      Agreement agreement, CommitmentKind kind) {
    return effectiveCommitments(agreement).stream().filter(c -> c.kind() == kind).findFirst();
  }
}
