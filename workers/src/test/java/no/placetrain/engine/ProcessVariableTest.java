package no.placetrain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import no.placetrain.domain.StrengthsProfile;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;

class ProcessVariableTest {

  private static final ProcessVariable<Integer> MONTHS = ProcessVariable.integer("months");
  private static final ProcessVariable<String> SITE = ProcessVariable.string("site");

  @Test
  void integersAcceptEveryWholeNumberType() {
    FakeExecution execution = FakeExecution.activity();

    assertThat(MONTHS.get(execution.input("months", 3L))).isEqualTo(3);
    assertThat(MONTHS.get(execution.input("months", 4.0d))).isEqualTo(4);
    assertThat(MONTHS.get(execution.input("months", (short) 5))).isEqualTo(5);
  }

  @Test
  void fractionsAndOutOfRangeNumbersAreRefusedWithoutTheirValue() {
    FakeExecution execution = FakeExecution.activity().input("months", 3.5d);

    assertThatThrownBy(() -> MONTHS.get(execution))
        .isInstanceOf(ProcessVariableException.class)
        .hasMessage("Variable 'months' must be a whole number within the range of Integer");
    execution.input("months", 5_000_000_000L);
    assertThatThrownBy(() -> MONTHS.get(execution)).isInstanceOf(ProcessVariableException.class);
  }

  @Test
  void wrongTypesNameTheVariableAndBothTypes() {
    FakeExecution execution = FakeExecution.activity().input("site", 42);

    assertThatThrownBy(() -> SITE.get(execution))
        .hasMessage("Variable 'site' must be of type String but is of type Integer");
  }

  @Test
  void missingRequiredVariablesAreNamed() {
    assertThat(SITE.find(FakeExecution.activity())).isEmpty();
    assertThatThrownBy(() -> SITE.get(FakeExecution.activity()))
        .hasMessage("Variable 'site' is required but not set");
  }

  @Test
  void localLookupIgnoresTheProcessInstance() {
    FakeExecution execution = FakeExecution.activity().with(SITE, "hotel");

    assertThat(SITE.find(execution)).contains("hotel");
    assertThat(SITE.findLocal(execution)).isEmpty();
    assertThat(SITE.getLocal(execution.input("site", "store"))).isEqualTo("store");
  }

  @Test
  void setOnProcessInstanceIsNotSwallowedByALocalInputOfTheSameName() {
    FakeExecution execution = FakeExecution.activity().input("months", 3);

    MONTHS.set(execution, 9);
    assertThat(execution.processInstanceHas("months")).isFalse();

    MONTHS.setOnProcessInstance(execution, 6);
    assertThat(execution.rawOnProcessInstance("months")).isEqualTo(6);
    assertThat(MONTHS.getLocal(execution)).isEqualTo(9);
  }

  @Test
  void jsonVariablesAreWrittenAsJsonObjectValues() {
    ProcessVariable<StrengthsProfile> profile =
        ProcessVariable.json("strengthsProfile", StrengthsProfile.class);
    FakeExecution execution = FakeExecution.activity();
    StrengthsProfile value = new StrengthsProfile("a", "b", "c", "d");

    profile.setOnProcessInstance(execution, value);

    assertThat(execution.rawOnProcessInstance("strengthsProfile"))
        .isInstanceOfSatisfying(ObjectValue.class, v -> {
          assertThat(v.getSerializationDataFormat())
              .isEqualTo(Variables.SerializationDataFormats.JSON.getName());
          assertThat(v.getValue()).isEqualTo(value);
        });
    assertThat(profile.get(execution)).isEqualTo(value);
  }

  @Test
  void simpleTypesCannotBeDeclaredAsJson() {
    assertThatThrownBy(() -> ProcessVariable.json("d", Date.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ProcessVariable.date("practiceEndDate").name()).isEqualTo("practiceEndDate");
  }
}
