package no.placetrain.engine.forms;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Thrown when a task completion or a process start breaks the rules of its Camunda Form or of a
 * {@link CompletionCheck}. It is a {@link FormFieldValidationException}, so the REST API answers
 * {@code 400} for {@code /task/{id}/complete}, {@code /task/{id}/submit-form} and
 * {@code /process-definition/.../submit-form}; the command's transaction rolls back, so the task
 * stays open (or no process instance is created) and the refused values are not stored.
 *
 * <p>Message format: {@code Form 'form-screen-candidate' rejected: candidateSkills: is required;
 * screeningOutcome: must be one of [SUITABLE, NOT_SUITABLE]} (or {@code Completion of
 * 'Task_X' rejected: ...} for an element without a form). The message names fields and rules,
 * never submitted values.
 *
 * <p>It never has a cause: the engine would otherwise treat an exception with a cause thrown by
 * a listener as a BPMN error that an error boundary event without error code could catch.
 */
public class FormRejectedException extends FormFieldValidationException {

  private static final long serialVersionUID = 1L;

  private final String formKey;
  private final String activityId;
  private final List<Violation> violations;

  /**
   * @param formKey the {@code camunda:formRef} of the element, or {@code null} if it has none
   * @param activityId the user task or start event
   * @param violations at least one
   */
  public FormRejectedException(String formKey, String activityId, List<Violation> violations) {
    super(List.copyOf(violations), message(formKey, activityId, violations));
    this.formKey = formKey;
    this.activityId = activityId;
    this.violations = List.copyOf(violations);
  }

  private static String message(String formKey, String activityId, List<Violation> violations) {
    String subject = formKey != null ? "Form '" + formKey + "'" : "Completion of '" + activityId + "'";
    return subject + " rejected: "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  /** @return the form key, or {@code null} when the element has no form */
  public String getFormKey() {
    return formKey;
  }

  /** @return the id of the user task or start event whose submission was refused */
  public String getActivityId() {
    return activityId;
  }

  /** @return every broken rule, in form order (form rules) or check order */
  public List<Violation> getViolations() {
    return violations;
  }
}
