package no.placetrain.engine.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import no.placetrain.domain.SensitiveText;
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
  /** A variable name a refusal may repeat: a plain identifier (anything else is not shown). */
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
  static final String UNNAMED_VARIABLE = "(variable)";

  private final List<CompletionCheck> checks;
  private final DeployedForms forms;

  SubmissionValidator(List<CompletionCheck> checks, DeployedForms forms) {
    this.checks = List.copyOf(checks);
    this.forms = forms;
  }

  /** {@link #validate(VariableScope, String, String, FormRef, Optional, String)}, submitted names unknown. */
  void validate(VariableScope scope, String processDefinitionId, String activityId, FormRef formRef) {
    validate(scope, processDefinitionId, activityId, formRef, Optional.empty(), null);
  }

  /**
   * @param scope the task (for completions) or the process instance (for starts): the submitted
   *     values together with the variables visible there
   * @param formRef the element's form, or {@code null} if it has none
   * @param submitted the names of the variables the caller submitted, when known: each must be a
   *     field of the form (when the element has a deployed form), and a hidden field's submitted
   *     value must still keep its rules
   * @param businessKey a start's business key (checked for sensitive text), or {@code null}
   */
  void validate(VariableScope scope, String processDefinitionId, String activityId, FormRef formRef,
      Optional<Set<String>> submitted, String businessKey) {
    ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
    ProcessDefinitionEntity processDefinition =
        configuration.getDeploymentCache().findDeployedProcessDefinitionById(processDefinitionId);

    List<Violation> violations = new ArrayList<>();
    String formKey = null;
    if (formRef != null) {
      formKey = resolve(formRef, scope, activityId);
      if (formKey != null) {
        forms.find(formKey, formRef.binding(), formRef.resolveVersion(scope), processDefinition.getDeploymentId())
            .ifPresent(schema -> {
              submitted.ifPresent(names -> violations.addAll(notFieldsOf(schema, names)));
              violations.addAll(schema.validate(scope::getVariable,
                  new FeelHideCondition(feelEngine(configuration), VariableScopeContext.wrap(scope)),
                  submitted.orElse(Set.of())));
            });
      }
    }
    if (businessKey != null) {
      SensitiveText.find(businessKey)
          .ifPresent(category -> violations.add(new Violation("businessKey", category.rule())));
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

  /**
   * Data minimisation: a completion or start through a form may carry the form's fields only, so
   * nothing else a caller adds (notes, diagnoses, …) is stored on the way. Names a plain variable
   * name; any other name is not repeated.
   */
  private static List<Violation> notFieldsOf(FormSchema schema, Set<String> submitted) {
    List<Violation> violations = new ArrayList<>();
    int unnamed = 0;
    for (String name : new TreeSet<>(submitted)) {
      if (schema.keys().contains(name)) {
        continue;
      }
      if (PLAIN_NAME.matcher(name).matches() && SensitiveText.find(name).isEmpty()) {
        violations.add(new Violation(name, "is not a field of the form"));
      } else {
        unnamed++;
      }
    }
    if (unnamed > 0) {
      violations.add(new Violation(UNNAMED_VARIABLE, unnamed == 1
          ? "a submitted variable is not a field of the form"
          : unnamed + " submitted variables are not fields of the form"));
    }
    return violations;
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
