package no.placetrain.engine.forms;

import java.util.Objects;

/**
 * One broken rule of one submission: the form field (variable) at fault and the rule it broke,
 * e.g. {@code screeningOutcome: must be one of [SUITABLE, NOT_SUITABLE]}. Never holds the submitted
 * value: values may be personal data.
 *
 * @param fieldKey the field key (= variable name)
 * @param rule why the value was refused, phrased without the value
 */
public record Violation(String fieldKey, String rule) {

  public Violation {
    Objects.requireNonNull(fieldKey, "fieldKey");
    Objects.requireNonNull(rule, "rule");
  }

  @Override
  public String toString() {
    return fieldKey + ": " + rule;
  }
}
