package no.placetrain.process.placeandtrain;

import no.placetrain.domain.AgreementCatalogue;
import org.camunda.bpm.engine.delegate.VariableScope;

/** {@code StartEvent_Referral}: {@code agreementId} names an agreement of the catalogue. */
public class AgreementExistsCheck extends PlaceAndTrainCheck {

  private final AgreementCatalogue catalogue;

  /** @param catalogue the configured agreements */
  public AgreementExistsCheck(AgreementCatalogue catalogue) {
    super(PlaceAndTrainProcess.Elements.START_REFERRAL);
    this.catalogue = catalogue;
  }

  @Override
  public void check(VariableScope variables, Violations violations) {
    String agreementId = CheckValues.string(
        variables, PlaceAndTrainProcess.AGREEMENT_ID, violations).orElse(null);
    if (agreementId != null && catalogue.find(agreementId).isEmpty()) {
      violations.add(PlaceAndTrainProcess.AGREEMENT_ID.name(),
          "must name an agreement of the catalogue");
    }
  }
}
