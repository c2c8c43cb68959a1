package no.placetrain.service;

import java.util.List;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.CommitmentTemplate;

/**
 * An agreement with the commitments that apply to it (a local's include its framework's).
 *
 * @param agreement the agreement as declared
 * @param effectiveCommitments inherited and own commitments, see
 *     {@link Agreement#effectiveCommitments(Agreement)}
 */
public record AgreementView(Agreement agreement, List<CommitmentTemplate> effectiveCommitments) {

  /** Copies the list. */
  public AgreementView {
    effectiveCommitments = List.copyOf(effectiveCommitments);
  }
}
