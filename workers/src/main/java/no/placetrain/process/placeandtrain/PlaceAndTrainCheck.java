package no.placetrain.process.placeandtrain;

import no.placetrain.engine.forms.CompletionCheck;

/** A completion check of one element of {@code place-and-train}. */
abstract class PlaceAndTrainCheck implements CompletionCheck {

  private final String activityId;

  /** @param activityId the user task or start event whose submissions this check sees */
  PlaceAndTrainCheck(String activityId) {
    this.activityId = activityId;
  }

  @Override
  public final boolean appliesTo(String processDefinitionKey, String activityId) {
    return PlaceAndTrainProcess.KEY.equals(processDefinitionKey) && this.activityId.equals(activityId);
  }
}
