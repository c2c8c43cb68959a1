package no.placetrain.service;

import no.placetrain.domain.agreement.Scorecard;
import no.placetrain.domain.agreement.UnknownAgreementException;
import no.placetrain.store.ScorecardQuery;

/** Agreements' scorecards. */
public class ScorecardService {

  private final ScorecardQuery query;
  private final AgreementLookup agreements;

  /**
   * @param query aggregates the ledger and the participations
   * @param agreements finds the agreement (for its offer-rate target)
   */
  public ScorecardService(ScorecardQuery query, AgreementLookup agreements) {
    this.query = query;
    this.agreements = agreements;
  }

  /**
   * The scorecard of the agreement {@code agreementId}.
   *
   * @throws UnknownAgreementException naming {@code agreementId}
   */
  public Scorecard scorecard(String agreementId) {
    return query.scorecard(agreements.find(agreementId)
        .orElseThrow(() -> new UnknownAgreementException("agreementId")));
  }
}
