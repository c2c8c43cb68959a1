package no.placetrain.process.placeandtrain;

import java.util.Optional;
import no.placetrain.engine.ProcessVariable;
import no.placetrain.engine.ProcessVariableException;
import no.placetrain.engine.forms.CompletionCheck.Violations;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads submitted values for completion checks, reporting a missing or mistyped value as a
 * violation of its field instead of failing.
 */
final class CheckValues {

  private CheckValues() {}

  /** The value, or empty after reporting "is required" / a type error to {@code violations}. */
  static <T> Optional<T> required(
      VariableScope scope, ProcessVariable<T> variable, String typeRule, Violations violations) {
    try {
      Optional<T> value = variable.find(scope);
      if (value.isEmpty()) {
        violations.add(variable.name(), "is required");
      }
      return value;
    } catch (ProcessVariableException e) {
      violations.add(variable.name(), typeRule);
      return Optional.empty();
    }
  }

  /** A required, non-blank string. */
  static Optional<String> string(
      VariableScope scope, ProcessVariable<String> variable, Violations violations) {
    Optional<String> value = required(scope, variable, "must be text", violations);
    if (value.isPresent() && value.get().isBlank()) {
      violations.add(variable.name(), "is required");
      return Optional.empty();
    }
    return value;
  }

  /** A required whole number. */
  static Optional<Integer> wholeNumber(
      VariableScope scope, ProcessVariable<Integer> variable, Violations violations) {
    return required(scope, variable, "must be a whole number", violations);
  }
}
