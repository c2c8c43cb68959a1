package no.placetrain.api;

import java.time.Instant;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentStatus;
import no.placetrain.domain.agreement.ObligorRole;

/**
 * One commitment of a participation, from the ledger.
 *
 * @param id {@code C-} + UUID
 * @param kind what is committed
 * @param obligorRole who owes it
 * @param party the obligor's party id (office id, employer or broker name, {@code kam})
 * @param sequence the checkpoint number for HOLD_CHECKPOINT, else 0
 * @param anchorAt when its anchor event happened (or will, for practice start and end)
 * @param dueAt when it falls due
 * @param status OPEN, MET, MET_LATE, BREACHED, WAIVED or CANCELLED
 * @param resolvedAt when it left OPEN, else {@code null}
 * @param escalationLevel the highest escalation level reached, 0 before any
 * @param waivedBy who waived it (WAIVED only)
 * @param waivedReason why (WAIVED only)
 * @param cancelledReason why it fell away (CANCELLED only): {@code participation ended: <END_REASON>}
 */
public record CommitmentResource(
    String id,
    CommitmentKind kind,
    ObligorRole obligorRole,
    String party,
    int sequence,
    Instant anchorAt,
    Instant dueAt,
    CommitmentStatus status,
    Instant resolvedAt,
    int escalationLevel,
    String waivedBy,
    String waivedReason,
    String cancelledReason) {

  static CommitmentResource of(Commitment c) {
    return new CommitmentResource(c.id(), c.kind(), c.obligorRole(), c.party(), c.sequence(),
        c.anchorAt(), c.dueAt(), c.status(), c.resolvedAt(), c.escalationLevel(), c.waivedBy(),
        c.waivedReason(), c.cancelledReason());
  }
}
