package no.placetrain.engine.forms;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A business rule checked on the server when a form is submitted, beyond the rules the form itself
 * declares (required, pattern, min/max, …). Example: the practice length must lie within the
 * agreement's minimum and maximum.
 *
 * <p>Checks are Spring beans (or registered with {@link FormValidationPlugin}); each is asked for
 * every submission of the element it {@linkplain #appliesTo applies to}, after the form's own
 * rules passed. A violation becomes a {@code FormFieldValidationException}: the REST API answers
 * 400, the transaction rolls back and the task stays open.
 */
public interface CompletionCheck {

  /**
   * @param processDefinitionKey key of the process, e.g. {@code place-and-train}
   * @param activityId id of the user task or start event, e.g. {@code Task_DraftPracticeAgreement}
   */
  boolean appliesTo(String processDefinitionKey, String activityId);

  /**
   * Reports every broken rule to {@code violations}. Messages name the field and the rule, never
   * the submitted value (it may be personal data).
   *
   * @param variables the submitted values together with the variables already visible to the task
   */
  void check(VariableScope variables, Violations violations);

  /** Collects violations of one submission. */
  interface Violations {
    /** @param fieldKey the form field (variable) at fault; @param message why, without its value */
    void add(String fieldKey, String message);
  }
}
