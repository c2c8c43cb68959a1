/**
 * Our own REST API under {@code /api} (beside Camunda's {@code /engine-rest}): agreements,
 * referrals and participations, scorecards. See the section "REST API" of docs/agreements.md.
 * Auto-configured by {@link no.placetrain.api.PlaceTrainApiAutoConfiguration} only in a servlet
 * web application with Spring MVC; authentication is the host's (the server registers Camunda's
 * HTTP Basic filter for {@code /api/*}). Errors are {@link no.placetrain.api.ApiError}s that name
 * a field and a rule, never a submitted value.
 */
package no.placetrain.api;
