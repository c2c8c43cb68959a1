package no.placetrain.domain.agreement;

import no.placetrain.domain.InvalidValueException;

/**
 * A referral names an agreement that is not ACTIVE (a DRAFT, or one that has ENDED or was
 * CANCELLED), e.g. {@code agreementId: names an agreement that takes no referrals (status ENDED)}.
 * Unlike a {@link FrameworkReferralException} it depends on the agreement's current state.
 */
public class InactiveAgreementException extends InvalidValueException {

  /**
   * @param field the field that named the agreement ({@code agreementId})
   * @param status the agreement's status
   */
  public InactiveAgreementException(String field, AgreementStatus status) {
    super(field, "names an agreement that takes no referrals (status " + status + ")");
  }
}
