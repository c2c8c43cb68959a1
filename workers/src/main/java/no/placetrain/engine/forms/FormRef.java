package no.placetrain.engine.forms;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The {@code camunda:formRef}, {@code camunda:formRefBinding} and {@code camunda:formRefVersion}
 * of a user task or start event, as read from the BPMN element at parse time. Key and version may
 * be expressions; they are resolved against the submission's variables.
 */
record FormRef(Expression key, String binding, Expression version) {

  /** @return the element's form reference, or {@code null} if it has no {@code camunda:formRef} */
  static FormRef of(Element element, ExpressionManager expressions) {
    String key = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    if (key == null || key.isBlank()) {
      return null;
    }
    String binding = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRefBinding", "latest");
    String version = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRefVersion");
    return new FormRef(
        expressions.createExpression(key),
        binding,
        version == null || version.isBlank() ? null : expressions.createExpression(version));
  }

  String resolveKey(VariableScope scope) {
    Object value = key.getValue(scope);
    return value == null ? null : value.toString();
  }

  /** @return the version for binding {@code version}, or {@code null} (also if its expression fails) */
  Integer resolveVersion(VariableScope scope) {
    if (version == null) {
      return null;
    }
    Object value;
    try {
      value = version.getValue(scope);
    } catch (ProcessEngineException e) {
      return null;
    }
    if (value instanceof Number number) {
      return number.intValue();
    }
    try {
      return value == null ? null : Integer.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
