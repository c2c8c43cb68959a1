package no.placetrain.api;

import java.time.Instant;
import java.util.List;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.Outcome;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.ParticipationStatus;

/**
 * A participation as {@code GET /api/participations/{id}} answers it: its fields and its
 * commitments from the ledger. The strengths profile is never part of it.
 *
 * @param id {@code P-} + UUID, also the business key of its {@code place-and-train} instance
 * @param agreementId the agreement
 * @param navOfficeId the referring NAV office
 * @param candidateRef the candidate's pseudonymous reference
 * @param candidateDisplayName first name or initials
 * @param status ACTIVE or ENDED
 * @param outcome how it ended (ENDED only)
 * @param endReason why it ended, if a reason applies
 * @param referredAt when the candidate was referred
 * @param firstEmployerContactAt when the employer first answered, else {@code null}
 * @param selectedAt when the employer selected the candidate for practice, else {@code null}
 * @param endedAt when it ended, else {@code null}
 * @param processInstanceId its process instance
 * @param commitments its commitments, by due instant
 */
public record ParticipationResource(
    String id,
    String agreementId,
    String navOfficeId,
    String candidateRef,
    String candidateDisplayName,
    ParticipationStatus status,
    Outcome outcome,
    EndReason endReason,
    Instant referredAt,
    Instant firstEmployerContactAt,
    Instant selectedAt,
    Instant endedAt,
    String processInstanceId,
    List<CommitmentResource> commitments) {

  static ParticipationResource of(Participation p, List<Commitment> commitments) {
    return new ParticipationResource(p.id(), p.agreementId(), p.officeId(),
        p.candidate().reference(), p.candidate().displayName(), p.status(), p.outcome(),
        p.endReason(), p.referredAt(), p.firstEmployerContactAt(), p.selectedAt(), p.endedAt(),
        p.processInstanceId(),
        commitments.stream().map(CommitmentResource::of).toList());
  }
}
