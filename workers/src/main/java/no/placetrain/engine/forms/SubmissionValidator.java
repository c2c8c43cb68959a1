package no.placetrain.engine.forms;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.dmn.invocation.VariableScopeContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks one submission (a task completion or a process start) inside the running command: first
 * the rules of the deployed form, then, if they passed, the {@link CompletionCheck}s that apply.
 * Throws one {@link FormRejectedException} listing every violation.
 */
final class SubmissionValidator {

  private static final Logger LOG = LoggerFactory.getLogger(SubmissionValidator.class);

  private final List<CompletionCheck> checks;
  private final DeployedForms forms;

  SubmissionValidator(List<CompletionCheck> checks, DeployedForms forms) {
    this.checks = List.copyOf(checks);
    this.forms = forms;
  }

  /**
   * @param scope the task (for completions) or the process instance (for starts): the submitted
   *     values together with the variables visible there
   * @param formRef the element's form, or {@code null} if it has none
   */
  void validate(VariableScope scope, String processDefinitionId, String activityId, FormRef formRef) {
    ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
    ProcessDefinitionEntity processDefinition =
        configuration.getDeploymentCache().findDeployedProcessDefinitionById(processDefinitionId);

    List<Violation> violations = new ArrayList<>();
    String formKey = null;
    if (formRef != null) {
      formKey = resolve(formRef, scope, activityId);
      if (formKey != null) {
        forms.find(formKey, formRef.binding(), formRef.resolveVersion(scope), processDefinition.getDeploymentId())
            .ifPresent(schema -> violations.addAll(schema.validate(scope::getVariable,
                new FeelHideCondition(feelEngine(configuration), VariableScopeContext.wrap(scope)))));
      }
    }
    if (violations.isEmpty()) {
      for (CompletionCheck check : checks) {
        if (check.appliesTo(processDefinition.getKey(), activityId)) {
          check.check(scope, (fieldKey, message) -> violations.add(new Violation(fieldKey, message)));
        }
      }
    }
    if (!violations.isEmpty()) {
      throw new FormRejectedException(formKey, activityId, violations);
    }
  }

  boolean hasCheckFor(String processDefinitionKey, String activityId) {
    return checks.stream().anyMatch(check -> check.appliesTo(processDefinitionKey, activityId));
  }

  /** @return the form key, or {@code null} (debug log) if a {@code formRef} expression fails */
  private static String resolve(FormRef formRef, VariableScope scope, String activityId) {
    try {
      return formRef.resolveKey(scope);
    } catch (ProcessEngineException e) {
      LOG.debug("formRef of {} could not be resolved: its form is not checked on the server", activityId);
      return null;
    }
  }

  /**
   * The engine's FEEL engine, unless the DMN engine runs the legacy (JUEL-based) FEEL, which cannot
   * evaluate form-js expressions: then a Scala FEEL engine of our own.
   */
  private static FeelEngine feelEngine(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
    if (dmn != null && !dmn.isEnableFeelLegacyBehavior() && dmn.getFeelEngine() != null) {
      return dmn.getFeelEngine();
    }
    return OwnFeelEngine.INSTANCE;
  }

  /** Created on first use only. */
  private static final class OwnFeelEngine {
    static final FeelEngine INSTANCE = new ScalaFeelEngineFactory().createInstance();
  }
}
