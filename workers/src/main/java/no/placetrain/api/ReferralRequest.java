package no.placetrain.api;

/**
 * The body of {@code POST /api/participations}: the same three values as the referral form.
 *
 * @param agreementId the agreement the candidate is referred to
 * @param candidateRef pseudonymous reference, 4–40 letters, digits or hyphens; never a national
 *     identity number
 * @param candidateDisplayName first name or initials, at most 60 characters
 */
public record ReferralRequest(
    String agreementId, String candidateRef, String candidateDisplayName) {}
