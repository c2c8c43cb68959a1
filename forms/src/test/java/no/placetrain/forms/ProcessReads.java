package no.placetrain.forms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Expression;
import org.camunda.bpm.model.bpmn.instance.FormalExpression;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InformationRequirement;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The process variables a BPMN model reads through its expressions: sequence-flow and event
 * conditions, timer definitions and other BPMN expressions, {@code camunda:inputParameter} values,
 * user-task assignment attributes ({@code candidateUsers}, {@code candidateGroups},
 * {@code assignee}, due and follow-up dates), service-task {@code camunda:expression},
 * call-activity {@code camunda:in} ({@code source}, {@code sourceExpression}, {@code businessKey}),
 * and the input expressions of every decision a business rule task calls (with the decisions
 * those require). Bean names in {@code camunda:delegateExpression} are not variables and do not
 * count.
 */
final class ProcessReads {

  /** variable name → where it is read (for failure messages) */
  private final Map<String, List<String>> reads = new TreeMap<>();

  /** decisionRefs of business rule tasks that no given DMN defines */
  private final List<String> missingDecisions = new ArrayList<>();

  private ProcessReads() {}

  static ProcessReads of(BpmnModelInstance bpmn, Collection<DmnModelInstance> decisions) {
    ProcessReads r = new ProcessReads();
    r.collect(bpmn, decisions);
    return r;
  }

  Set<String> variables() {
    return reads.keySet();
  }

  boolean reads(String variable) {
    return reads.containsKey(variable);
  }

  Map<String, List<String>> byVariable() {
    return reads;
  }

  List<String> missingDecisions() {
    return missingDecisions;
  }

  private void collect(BpmnModelInstance bpmn, Collection<DmnModelInstance> dmns) {
    for (Expression e : bpmn.getModelElementsByType(Expression.class)) {
      String where = owner(e) + " " + e.getElementType().getTypeName();
      String language = e instanceof FormalExpression f ? f.getLanguage() : null;
      if (language != null && !language.isBlank() && !"juel".equalsIgnoreCase(language)) {
        addAll(Expressions.feelVariables(e.getTextContent()), where + " (" + language + ")");
      } else {
        addAll(Expressions.juelVariables(e.getTextContent()), where);
      }
    }
    for (CamundaInputParameter p : bpmn.getModelElementsByType(CamundaInputParameter.class)) {
      String where = owner(p) + " input parameter " + p.getCamundaName();
      Collection<CamundaScript> scripts = p.getChildElementsByType(CamundaScript.class);
      if (!scripts.isEmpty()) {
        scripts.forEach(s -> addAll(Expressions.feelVariables(s.getTextContent()), where));
      } else {
        addAll(Expressions.juelVariables(p.getTextContent()), where);
      }
    }
    for (UserTask t : bpmn.getModelElementsByType(UserTask.class)) {
      String where = t.getId();
      addJuel(t.getCamundaAssignee(), where + " assignee");
      addJuel(t.getCamundaCandidateUsers(), where + " candidateUsers");
      addJuel(t.getCamundaCandidateGroups(), where + " candidateGroups");
      addJuel(t.getCamundaDueDate(), where + " dueDate");
      addJuel(t.getCamundaFollowUpDate(), where + " followUpDate");
    }
    for (ServiceTask t : bpmn.getModelElementsByType(ServiceTask.class)) {
      addJuel(t.getCamundaExpression(), t.getId() + " expression");
    }
    for (CamundaIn in : bpmn.getModelElementsByType(CamundaIn.class)) {
      String where = owner(in) + " camunda:in";
      if (in.getCamundaSource() != null && !in.getCamundaSource().isBlank()) {
        add(in.getCamundaSource().strip(), where + " source");
      }
      addJuel(in.getCamundaSourceExpression(), where + " sourceExpression");
      addJuel(in.getCamundaBusinessKey(), where + " businessKey");
    }
    for (BusinessRuleTask t : bpmn.getModelElementsByType(BusinessRuleTask.class)) {
      String ref = t.getCamundaDecisionRef();
      if (ref == null || ref.isBlank()) {
        addJuel(t.getCamundaExpression(), t.getId() + " expression");
        continue;
      }
      addJuel(ref, t.getId() + " decisionRef");
      Decision decision = findDecision(dmns, ref);
      if (decision != null) {
        collectDecision(decision, t.getId() + " → " + ref, new HashSet<>());
      } else {
        missingDecisions.add(t.getId() + " → " + ref);
      }
    }
  }

  private void collectDecision(Decision decision, String where, Set<String> seen) {
    if (!seen.add(decision.getId())) {
      return;
    }
    var expression = decision.getExpression();
    if (expression instanceof DecisionTable table) {
      for (Input input : table.getInputs()) {
        if (input.getInputExpression() != null) {
          addDmnExpression(input.getInputExpression(), where + " input " + input.getLabel());
        }
      }
    } else if (expression instanceof LiteralExpression literal) {
      addDmnExpression(literal, where + " literal expression");
    }
    for (InformationRequirement requirement : decision.getInformationRequirements()) {
      if (requirement.getRequiredDecision() != null) {
        collectDecision(requirement.getRequiredDecision(), where, seen);
      }
    }
  }

  private void addDmnExpression(LiteralExpression expression, String where) {
    String text = expression.getText() == null ? null : expression.getText().getTextContent();
    if (text == null) {
      return;
    }
    if (text.contains("${") || text.contains("#{")) {
      addAll(Expressions.juelVariables(text), where);
    } else {
      addAll(Expressions.feelVariables(text), where);
    }
  }

  private static Decision findDecision(Collection<DmnModelInstance> dmns, String id) {
    for (DmnModelInstance dmn : dmns) {
      for (Decision d : dmn.getModelElementsByType(Decision.class)) {
        if (id.equals(d.getId())) {
          return d;
        }
      }
    }
    return null;
  }

  private void addJuel(String text, String where) {
    addAll(Expressions.juelVariables(text), where);
  }

  private void addAll(Collection<String> names, String where) {
    names.forEach(n -> add(n, where));
  }

  private void add(String name, String where) {
    reads.computeIfAbsent(name, k -> new ArrayList<>()).add(where);
  }

  /** The id of the nearest enclosing BPMN element that has one. */
  private static String owner(ModelElementInstance element) {
    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
      if (e instanceof BaseElement b && b.getId() != null) {
        return b.getId();
      }
    }
    return "?";
  }
}
