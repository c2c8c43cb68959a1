package no.placetrain.engine.forms;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates {@code conditional.hide} with the engine's own FEEL engine (the Scala FEEL engine the
 * DMN engine uses), against the variables the task or start event sees. A failure, a result other
 * than {@code true}, or no FEEL engine at all means "visible": the rules then apply.
 */
final class FeelHideCondition implements HideCondition {

  private static final Logger LOG = LoggerFactory.getLogger(FeelHideCondition.class);

  private final FeelEngine feelEngine;
  private final VariableContext variables;

  FeelHideCondition(FeelEngine feelEngine, VariableContext variables) {
    this.feelEngine = feelEngine;
    this.variables = variables;
  }

  @Override
  public boolean isHidden(String expression) {
    if (feelEngine == null) {
      LOG.debug("No FEEL engine available: field with hide condition '{}' is treated as visible", expression);
      return false;
    }
    String feel = expression.startsWith("=") ? expression.substring(1) : expression;
    try {
      Object result = feelEngine.evaluateSimpleExpression(feel, variables);
      return Boolean.TRUE.equals(result);
    } catch (RuntimeException e) {
      // the exception message may quote variable values: log its type only
      LOG.debug("Hide condition '{}' could not be evaluated ({}): field is treated as visible",
          expression, e.getClass().getSimpleName());
      return false;
    }
  }
}
