package no.placetrain.engine.forms;

import static no.placetrain.engine.forms.AllRulesForm.FEEL;
import static no.placetrain.engine.forms.AllRulesForm.SCHEMA;
import static no.placetrain.engine.forms.AllRulesForm.valid;
import static no.placetrain.engine.forms.AllRulesForm.validate;
import static no.placetrain.engine.forms.AllRulesForm.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/** {@code conditional.hide} evaluated with the real (Scala) FEEL engine. */
class HiddenFieldsTest {

  @Test
  void fieldHiddenByFeelIsNotDemanded() {
    Map<String, Object> values = with("color", "RED"); // hides group Extra and field reason
    values.remove("extra");
    values.remove("extraDetail");
    values.remove("reason");
    assertThat(validate(values)).isEmpty();
  }

  @Test
  void hiddenFieldIsNotCheckedAtAll() {
    Map<String, Object> values = with("color", "RED");
    values.put("reason", 42); // would be "must be text" if visible
    assertThat(validate(values)).isEmpty();
  }

  @Test
  void fieldShownByFeelIsDemanded() {
    Map<String, Object> values = valid();
    values.remove("reason");
    assertThat(validate(values)).containsExactly(new Violation("reason", "is required"));
  }

  @Test
  void conditionOfTheFieldItselfInsideAVisibleGroup() {
    Map<String, Object> values = with("extra", "none");
    values.remove("extraDetail");
    assertThat(validate(values)).isEmpty();
  }

  @Test
  void hideConditionOnAMissingVariableFollowsFeel() {
    Map<String, Object> values = valid();
    values.remove("color"); // null != "GREEN" is true in FEEL: reason hidden; color itself required
    values.remove("reason");
    assertThat(validate(values)).containsExactly(new Violation("color", "is required"));
  }

  @Test
  void withoutAHideConditionEvaluatorEveryFieldIsVisible() {
    Map<String, Object> values = with("color", "RED");
    values.remove("reason");
    assertThat(SCHEMA.validate(values::get, HideCondition.NEVER))
        .containsExactly(new Violation("reason", "is required"));
  }

  @Test
  void aConditionThatCannotBeEvaluatedMeansVisible() {
    var variables = Variables.fromMap(Map.<String, Object>of("color", "RED")).asVariableContext();
    assertThat(new FeelHideCondition(FEEL, variables).isHidden("=color = \"RED\"")).isTrue();
    assertThat(new FeelHideCondition(FEEL, variables).isHidden("=color = ")).isFalse();
    assertThat(new FeelHideCondition(FEEL, variables).isHidden("=\"not a boolean\"")).isFalse();
    assertThat(new FeelHideCondition(null, variables).isHidden("=true")).isFalse();
  }
}
