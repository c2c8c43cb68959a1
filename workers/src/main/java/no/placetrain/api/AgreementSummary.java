package no.placetrain.api;

import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.AgreementKind;
import no.placetrain.domain.agreement.AgreementStatus;

/**
 * One agreement in the list of {@code GET /api/agreements}.
 *
 * @param id the agreement's id
 * @param kind LOCAL or FRAMEWORK
 * @param parent the framework of a LOCAL under one, else {@code null}
 * @param name its name
 * @param status its life-cycle state
 */
public record AgreementSummary(
    String id, AgreementKind kind, String parent, String name, AgreementStatus status) {

  static AgreementSummary of(Agreement a) {
    return new AgreementSummary(a.id(), a.kind(), a.parentId(), a.name(), a.status());
  }
}
