package no.placetrain.process.placeandtrain;

import no.placetrain.domain.PracticeTerms;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the agreement's practice terms that registerReferralWorker copied into the process. */
final class PracticeTermsOf {

  private PracticeTermsOf() {}

  static PracticeTerms process(VariableScope scope) {
    return new PracticeTerms(
        PlaceAndTrainProcess.PRACTICE_MIN_MONTHS.get(scope),
        PlaceAndTrainProcess.PRACTICE_MAX_MONTHS.get(scope));
  }
}
