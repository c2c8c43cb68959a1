package no.placetrain.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/** Models ↔ forms: every formRef resolves, every user task has one, no form is an orphan. */
class FormRefTest {

  /** A user task or start event of a model, with its form reference (null when it has none). */
  record FormUse(String model, String processId, String elementId, String formRef,
      String binding, String formKey, boolean userTask) {

    @Override
    public String toString() {
      return model + "#" + elementId;
    }
  }

  static List<FormUse> formUses() {
    List<FormUse> uses = new ArrayList<>();
    Models.bpmn().forEach((model, bpmn) -> uses.addAll(formUses(model, bpmn)));
    return uses;
  }

  static List<FormUse> formUses(String model, BpmnModelInstance bpmn) {
    List<FormUse> uses = new ArrayList<>();
    for (UserTask t : bpmn.getModelElementsByType(UserTask.class)) {
      uses.add(new FormUse(model, processId(t), t.getId(), t.getCamundaFormRef(),
          t.getCamundaFormRefBinding(), t.getCamundaFormKey(), true));
    }
    for (StartEvent e : bpmn.getModelElementsByType(StartEvent.class)) {
      if (e.getCamundaFormRef() != null || e.getCamundaFormKey() != null) {
        uses.add(new FormUse(model, processId(e), e.getId(), e.getCamundaFormRef(),
            e.getCamundaFormRefBinding(), e.getCamundaFormKey(), false));
      }
    }
    return uses;
  }

  static String processId(FlowNode node) {
    for (ModelElementInstance e = node; e != null; e = e.getParentElement()) {
      if (e instanceof Process p) {
        return p.getId();
      }
    }
    return null;
  }

  private static Set<String> formIds() {
    return CamundaForm.all().stream().map(CamundaForm::id).collect(Collectors.toSet());
  }

  @Test
  void theModelsAreOnTheTestClasspath() {
    assertThat(Models.bpmn().keySet()).contains("place-and-train.bpmn", "job-guarantee.bpmn",
        "commitment-escalation.bpmn");
    assertThat(ClasspathFolder.read(Contract.PROCESSES_FOLDER, ".dmn").keySet())
        .contains("checkpoint-cadence.dmn", "escalation-ladder.dmn");
  }

  @Test
  void everyUserTaskHasAFormRef() {
    List<FormUse> userTasks = formUses().stream().filter(FormUse::userTask).toList();
    assertThat(userTasks).as("user tasks in the models").isNotEmpty();
    assertThat(userTasks.stream().filter(u -> u.formRef() == null || u.formRef().isBlank()))
        .as("user tasks without camunda:formRef").isEmpty();
    assertThat(formUses().stream().filter(u -> u.formKey() != null))
        .as("elements with a camunda:formKey (use camunda:formRef)").isEmpty();
  }

  @Test
  void everyFormRefResolvesToAFormOfTheDeploymentWithBindingDeployment() {
    Set<String> forms = formIds();
    List<String> problems = new ArrayList<>();
    for (FormUse use : formUses()) {
      if (use.formRef() == null) {
        continue;
      }
      if (!forms.contains(use.formRef())) {
        problems.add(use + ": formRef '" + use.formRef() + "' is not the id of any form in "
            + Contract.FORMS_FOLDER);
      }
      if (!"deployment".equals(use.binding())) {
        problems.add(use + ": formRefBinding is '" + use.binding() + "', expected 'deployment'");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyFormIsUsedBySomeModel() {
    Set<String> used = formUses().stream().map(FormUse::formRef).collect(Collectors.toSet());
    assertThat(formIds().stream().filter(id -> !used.contains(id)).sorted())
        .as("forms no model references").isEmpty();
  }

  @Test
  void theModelsShowTheFormsTheContractNames() {
    Map<String, Map<String, String>> actual = new TreeMap<>();
    for (FormUse use : formUses()) {
      if (use.formRef() != null) {
        actual.computeIfAbsent(use.processId(), k -> new LinkedHashMap<>())
            .put(use.elementId(), use.formRef());
      }
    }
    assertThat(actual).isEqualTo(new TreeMap<>(Contract.FORM_REFS));
  }
}
