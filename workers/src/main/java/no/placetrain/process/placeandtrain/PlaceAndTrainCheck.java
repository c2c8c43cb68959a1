package no.placetrain.process.placeandtrain;

import no.placetrain.engine.forms.CompletionCheck;

/**
 * A completion check of one element of a participation: of {@code place-and-train}, or of
 * {@code party-desk} for the employer's tasks (which run there).
 */
abstract class PlaceAndTrainCheck implements CompletionCheck {

  private final String processKey;
  private final String activityId;

  /** @param activityId the user task or start event whose submissions this check sees */
  PlaceAndTrainCheck(String activityId) {
    this(PlaceAndTrainProcess.KEY, activityId);
  }

  /**
   * @param processKey the process whose element it is: {@code place-and-train}, or
   *     {@code party-desk} for an employer's task (same id as its call activity)
   * @param activityId the user task or start event whose submissions this check sees
   */
  PlaceAndTrainCheck(String processKey, String activityId) {
    this.processKey = processKey;
    this.activityId = activityId;
  }

  @Override
  public final boolean appliesTo(String processDefinitionKey, String activityId) {
    return processKey.equals(processDefinitionKey) && this.activityId.equals(activityId);
  }
}
