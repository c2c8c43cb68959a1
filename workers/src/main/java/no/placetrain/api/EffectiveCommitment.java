package no.placetrain.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentTemplate;
import no.placetrain.domain.agreement.ObligorRole;

/**
 * A commitment that applies to an agreement, in the agreement document's kebab-case (the
 * {@code effective-commitments} of {@code GET /api/agreements/{id}}).
 *
 * @param kind what is committed
 * @param deadline ISO-8601 period from the anchor event (before it for practice start and end)
 * @param workingDays whether the period counts Monday–Friday only
 * @param obligor the role that owes it
 * @param inherited whether it comes unchanged from the framework (a LOCAL that does not
 *     re-declare it); {@code false} for the agreement's own declarations
 */
@JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
@JsonPropertyOrder({"kind", "deadline", "working-days", "obligor", "inherited"})
public record EffectiveCommitment(
    CommitmentKind kind, String deadline, boolean workingDays, ObligorRole obligor,
    boolean inherited) {

  static EffectiveCommitment of(CommitmentTemplate t, Agreement agreement) {
    return new EffectiveCommitment(t.kind(), t.deadline().toString(), t.workingDays(),
        t.obligor(), agreement.hasParent() && agreement.ownCommitment(t.kind()).isEmpty());
  }
}
