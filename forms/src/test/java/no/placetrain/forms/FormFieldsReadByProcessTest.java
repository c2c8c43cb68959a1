package no.placetrain.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * Every input field of a form writes a variable that the process showing the form reads in an
 * expression (docs/models.md, "Forms"): a field nobody reads is either dead weight in the form or
 * a missing mapping in the model.
 */
class FormFieldsReadByProcessTest {

  @Test
  void everyInputFieldIsReadByTheProcessThatShowsTheForm() {
    Map<String, CamundaForm> forms = CamundaForm.all().stream()
        .collect(Collectors.toMap(CamundaForm::id, Function.identity()));
    List<DmnModelInstance> dmn = Models.dmn();
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, BpmnModelInstance> model : Models.bpmn().entrySet()) {
      ProcessReads reads = ProcessReads.of(model.getValue(), dmn);
      assertThat(reads.missingDecisions()).as("decisions called by %s", model.getKey()).isEmpty();
      for (FormRefTest.FormUse use : FormRefTest.formUses(model.getKey(), model.getValue())) {
        CamundaForm form = forms.get(use.formRef());
        if (form != null) {
          problems.addAll(FieldUsage.unreadFields(form, model.getKey(), reads));
          checked++;
        }
      }
    }
    assertThat(checked).as("form references checked").isGreaterThanOrEqualTo(forms.size());
    assertThat(problems).isEmpty();
  }
}
