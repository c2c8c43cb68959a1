package no.placetrain.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * Every input field of a form writes a variable that the process showing the form reads in an
 * expression (docs/models.md, "Forms"): a field nobody reads is either dead weight in the form or
 * a missing mapping in the model. The forms of the parties outside NAV are shown by
 * {@code party-desk} and read by the caller ({@code place-and-train}, {@code job-guarantee} for the
 * offer task), which maps each field back from the desk's call activity.
 */
class FormFieldsReadByProcessTest {

  @Test
  void everyInputFieldIsReadByTheProcessThatShowsTheForm() {
    Map<String, CamundaForm> forms = CamundaForm.all().stream()
        .collect(Collectors.toMap(CamundaForm::id, Function.identity()));
    List<DmnModelInstance> dmn = Models.dmn();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    Map<String, BpmnModelInstance> models = Models.bpmn();
    for (Map.Entry<String, BpmnModelInstance> model : models.entrySet()) {
      ProcessReads reads = ProcessReads.of(model.getValue(), dmn);
      assertThat(reads.missingDecisions()).as("decisions called by %s", model.getKey()).isEmpty();
      for (FormRefTest.FormUse use : FormRefTest.formUses(model.getKey(), model.getValue())) {
        CamundaForm form = forms.get(use.formRef());
        if (form == null) {
          continue;
        }
        if (Contract.PARTY_DESK.equals(use.processId())) {
          problems.addAll(readByTheCaller(form, use, models, dmn));
        } else {
          problems.addAll(FieldUsage.unreadFields(form, model.getKey(), reads));
        }
        checked++;
      }
    }
    assertThat(checked).as("form references checked").isGreaterThanOrEqualTo(forms.size());
    assertThat(problems).isEmpty();
  }

  /**
   * A form of the parties' desk: each field is mapped back by the calling call activity (same id
   * as the desk's task, {@code camunda:out} per field) and read by the calling process.
   */
  private static List<String> readByTheCaller(CamundaForm form, FormRefTest.FormUse use,
      Map<String, BpmnModelInstance> models, List<DmnModelInstance> dmn) {
    String callerModel = Contract.partyDeskCaller(use.elementId()) + ".bpmn";
    BpmnModelInstance caller = models.get(callerModel);
    List<String> problems = new ArrayList<>();
    if (caller == null) {
      problems.add(use + ": the calling model " + callerModel + " is missing");
      return problems;
    }
    CallActivity call = caller.getModelElementById(use.elementId()) instanceof CallActivity c ? c : null;
    if (call == null || !Contract.PARTY_DESK.equals(call.getCalledElement())) {
      problems.add(use + ": " + callerModel + " has no call activity " + use.elementId()
          + " calling " + Contract.PARTY_DESK);
      return problems;
    }
    Set<String> outs = call.getExtensionElements() == null ? Set.of()
        : call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list().stream()
            .filter(out -> out.getCamundaSource() != null && out.getCamundaSource().equals(out.getCamundaTarget()))
            .map(CamundaOut::getCamundaSource).collect(Collectors.toSet());
    for (String key : form.inputKeys()) {
      if (!outs.contains(key)) {
        problems.add("form " + form.id() + ": field '" + key + "' is not mapped back by "
            + callerModel + "#" + use.elementId() + " (camunda:out)");
      }
    }
    problems.addAll(FieldUsage.unreadFields(form, callerModel, ProcessReads.of(caller, dmn)));
    return problems;
  }
}
