package no.placetrain.engine.forms;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The listener put on one element: on a user task's {@code complete} event, or on the
 * {@code start} event of a process's start event. Delegates to the shared {@link SubmissionValidator}.
 */
final class SubmissionGuard implements TaskListener, ExecutionListener {

  private final String activityId;
  private final FormRef formRef;
  private final SubmissionValidator validator;

  SubmissionGuard(String activityId, FormRef formRef, SubmissionValidator validator) {
    this.activityId = activityId;
    this.formRef = formRef;
    this.validator = validator;
  }

  @Override
  public void notify(DelegateTask task) {
    validator.validate(task, task.getProcessDefinitionId(), activityId, formRef,
        SubmittedVariables.ofTaskCompletion(task.getId()), null);
  }

  @Override
  public void notify(DelegateExecution execution) {
    String definitionKey = execution.getProcessDefinitionId() == null ? ""
        : execution.getProcessDefinitionId().split(":", 2)[0];
    validator.validate(execution, execution.getProcessDefinitionId(), activityId, formRef,
        SubmittedVariables.ofProcessStart(execution.getProcessDefinitionId(), definitionKey),
        execution.getProcessBusinessKey());
  }
}
