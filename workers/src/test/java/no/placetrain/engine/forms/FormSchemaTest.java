package no.placetrain.engine.forms;

import static no.placetrain.engine.forms.AllRulesForm.SCHEMA;
import static no.placetrain.engine.forms.AllRulesForm.valid;
import static no.placetrain.engine.forms.AllRulesForm.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsing of form-js schemas into {@link FormSchema}, and the messages of a rejection. */
class FormSchemaTest {

  @Test
  void collectsInputFieldsInDocumentOrderAlsoInsideGroups() {
    assertThat(SCHEMA.id()).isEqualTo("all-rules");
    assertThat(SCHEMA.fields()).extracting(FormField::key).containsExactly(
        "ref", "note", "email", "phone", "count", "hours", "steps", "accepted", "newsletter", "color", "size",
        "dynamic", "tags", "labels", "start", "meeting", "extra", "extraDetail", "reason");
  }

  @Test
  void skipsDisabledAlwaysHiddenNestedAndNonInputComponents() {
    assertThat(SCHEMA.fields()).extracting(FormField::key)
        .doesNotContain("disabledField", "alwaysHidden", "nested.key", "street", "submit");
  }

  @Test
  void readsRulesOptionsAndHideConditionsOfGroups() {
    FormField extraDetail = field("extraDetail");
    assertThat(extraDetail.required()).isTrue();
    assertThat(extraDetail.hideExpressions()).containsExactly("=color = \"RED\"", "=extra = \"none\"");
    assertThat(field("color").allowedValues()).containsExactly("RED", "GREEN");
    assertThat(field("dynamic").allowedValues()).isNull();
    assertThat(field("count").min()).isEqualByComparingTo("1");
    assertThat(field("count").decimalDigits()).isZero();
    assertThat(field("steps").increment()).isEqualByComparingTo("5");
    assertThat(field("ref").pattern().pattern()).isEqualTo("[A-Z]{2}[0-9]{3}");
    assertThatThrownBy(() -> SCHEMA.fields().add(extraDetail)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesWhatIsNotAFormSchema() {
    assertThatThrownBy(() -> FormSchema.parse("{ not json")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FormSchema.parse("[]")).isInstanceOf(IllegalArgumentException.class);
    assertThat(FormSchema.parse("{\"id\":\"empty\"}").fields()).isEmpty();
  }

  private FormField field(String key) {
    return SCHEMA.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void nameFieldAndRuleButNeverTheValue() {
    Map<String, Object> values = valid();
    values.put("ref", "12017012345"); // looks like a national id number
    values.put("note", "Kari has a diagnosis");
    values.put("email", "kari at example");
    values.put("phone", "22334455");
    values.put("color", "PURPLE");
    values.put("start", "17.05.1990");
    values.put("tags", List.of("SECRET"));
    List<Violation> violations = validate(values);
    String message = new FormRejectedException("all-rules", "Task_X", violations).getMessage();

    assertThat(message).startsWith("Form 'all-rules' rejected: ref: must match the pattern [A-Z]{2}[0-9]{3}; ")
        .contains("note: must have at most 10 characters", "email: must be a valid e-mail address",
            "phone: must be a valid international phone number", "color: must be one of [RED, GREEN]",
            "start: must be a date (yyyy-MM-dd)", "tags: must only contain values of [A, B, C]")
        .doesNotContain("12017012345", "diagnosis", "kari", "22334455", "PURPLE", "1990", "SECRET");
  }

  @Test
  void exceptionListsAllViolationsWithoutCause() {
    FormRejectedException e = new FormRejectedException("form-screen-candidate", "Task_ScreenCandidate", List.of(
        new Violation("candidateSkills", "is required"),
        new Violation("screeningOutcome", "must be one of [SUITABLE, NOT_SUITABLE]")));
    assertThat(e.getMessage()).isEqualTo("Form 'form-screen-candidate' rejected: candidateSkills: is required; "
        + "screeningOutcome: must be one of [SUITABLE, NOT_SUITABLE]");
    assertThat(e.getCause()).isNull();
    assertThat(e.getViolations()).hasSize(2);
    assertThat(new FormRejectedException(null, "Task_X", List.of(new Violation("a", "b"))).getMessage())
        .isEqualTo("Completion of 'Task_X' rejected: a: b");
  }

  @Test
  void textFieldsAreCheckedForSensitiveTextUnlessTheyOptOut() {
    FormSchema form = FormSchema.parse("""
        {"id": "opt-out", "components": [
          {"type": "textfield", "key": "checked", "label": "Checked"},
          {"type": "textarea", "key": "free", "label": "Free",
           "properties": {"sensitiveTextCheck": "off"}}
        ]}""");
    assertThat(form.fields()).extracting(FormField::sensitiveTextCheck).containsExactly(true, false);

    Map<String, Object> values = Map.of("checked", "Bor i kommunal bolig", "free", "Bor i kommunal bolig");
    assertThat(form.validate(values::get, expression -> false)).extracting(Violation::toString)
        .containsExactly("checked: must not describe housing (personal matters are followed up by"
            + " NAV outside the system)");
  }

  @Test
  void keysAreEveryComponentKeyAndPathAlsoDisabledHiddenAndNested() {
    assertThat(SCHEMA.keys()).containsAll(SCHEMA.fields().stream().map(FormField::key).toList())
        .contains("disabledField", "alwaysHidden", "nested", "address")
        .doesNotContain("nested.key");
  }
}
