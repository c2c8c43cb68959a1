package no.placetrain.engine.forms;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a {@link SubmissionGuard} on every user task ({@code complete}) and every none start event
 * of a process ({@code start}) that has a {@code camunda:formRef} or a {@link CompletionCheck}.
 *
 * <p>The guards are built-in listeners: they run before the model's own listeners (which thus
 * never see refused values) and also when an API call asks to skip custom listeners.
 */
final class FormRefParseListener extends AbstractBpmnParseListener {

  private static final Logger LOG = LoggerFactory.getLogger(FormRefParseListener.class);

  private final ProcessEngineConfigurationImpl configuration;
  private final SubmissionValidator validator;

  FormRefParseListener(ProcessEngineConfigurationImpl configuration, SubmissionValidator validator) {
    this.configuration = configuration;
    this.validator = validator;
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    FormRef formRef = FormRef.of(element, configuration.getExpressionManager());
    if (!(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)
        || (formRef == null && !validator.hasCheckFor(processKey(activity), activity.getId()))) {
      return;
    }
    behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE,
        new SubmissionGuard(activity.getId(), formRef, validator));
    LOG.debug("Completions of {} / {} are checked on the server", processKey(activity), activity.getId());
  }

  @Override
  public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
    if (!(scope instanceof ProcessDefinitionImpl) || hasEventDefinition(element)) {
      return; // forms belong to a process's none start event only
    }
    FormRef formRef = FormRef.of(element, configuration.getExpressionManager());
    if (formRef == null && !validator.hasCheckFor(processKey(activity), activity.getId())) {
      return;
    }
    activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
        new SubmissionGuard(activity.getId(), formRef, validator));
    LOG.debug("Starts of {} / {} are checked on the server", processKey(activity), activity.getId());
  }

  private static boolean hasEventDefinition(Element element) {
    return element.elements().stream().anyMatch(child -> child.getTagName().endsWith("EventDefinition"));
  }

  private static String processKey(ActivityImpl activity) {
    ProcessDefinitionImpl processDefinition = activity.getProcessDefinition();
    return processDefinition instanceof ProcessDefinitionEntity entity ? entity.getKey() : processDefinition.getId();
  }
}
