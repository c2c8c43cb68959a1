/**
 * Personal data: {@link no.placetrain.privacy.CandidateErasure} erases one candidate on request
 * (the engine's runtime and history rows deleted, our rows anonymised; docs/access.md, "Erasing a
 * candidate"). Auto-configured by {@code PlaceTrainPrivacyConfiguration}; the REST API's
 * {@code DELETE /api/candidates/{candidateRef}} ({@code no.placetrain.api.CandidateController})
 * calls it for administrators.
 */
package no.placetrain.privacy;
