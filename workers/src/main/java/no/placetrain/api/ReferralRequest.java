package no.placetrain.api;

/**
 * The body of {@code POST /api/participations}: the same values as the referral form.
 *
 * @param agreementId the agreement the candidate is referred to
 * @param navOfficeId the referring NAV office, one of the agreement's; may be left out when the
 *     agreement has one office
 * @param candidateRef pseudonymous reference, 4–40 letters, digits or hyphens; never a national
 *     identity number
 * @param candidateDisplayName first name or initials, at most 60 characters
 */
public record ReferralRequest(
    String agreementId, String navOfficeId, String candidateRef, String candidateDisplayName) {

  /** A referral without an office (for an agreement of one office). */
  public ReferralRequest(String agreementId, String candidateRef, String candidateDisplayName) {
    this(agreementId, null, candidateRef, candidateDisplayName);
  }
}
