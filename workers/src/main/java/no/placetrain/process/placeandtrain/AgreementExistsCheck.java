package no.placetrain.process.placeandtrain;

import java.util.Optional;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.FrameworkReferralException;
import no.placetrain.service.AgreementLookup;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * {@code StartEvent_Referral}: {@code agreementId} names an agreement of the catalogue that takes
 * referrals: a LOCAL agreement (a FRAMEWORK has no participants of its own: {@value
 * FrameworkReferralException#RULE}) that is ACTIVE.
 */
public class AgreementExistsCheck extends PlaceAndTrainCheck {

  private final AgreementLookup agreements;

  /** @param agreements the catalogue */
  public AgreementExistsCheck(AgreementLookup agreements) {
    super(PlaceAndTrainProcess.Elements.START_REFERRAL);
    this.agreements = agreements;
  }

  @Override
  public void check(VariableScope variables, Violations violations) {
    String agreementId = CheckValues.string(
        variables, PlaceAndTrainProcess.AGREEMENT_ID, violations).orElse(null);
    if (agreementId == null) {
      return;
    }
    Optional<Agreement> agreement = agreements.find(agreementId);
    if (agreement.isEmpty()) {
      violations.add(PlaceAndTrainProcess.AGREEMENT_ID.name(),
          "must name an agreement of the catalogue");
    } else if (agreement.get().isFramework()) {
      violations.add(PlaceAndTrainProcess.AGREEMENT_ID.name(), FrameworkReferralException.RULE);
    } else if (!agreement.get().acceptsReferrals()) {
      violations.add(PlaceAndTrainProcess.AGREEMENT_ID.name(),
          "must name an agreement that takes referrals (this one is "
              + agreement.get().status() + ")");
    }
  }
}
