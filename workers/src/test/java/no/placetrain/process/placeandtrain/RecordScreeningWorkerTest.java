package no.placetrain.process.placeandtrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.placetrain.domain.StrengthsProfile;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;

class RecordScreeningWorkerTest {

  private final RecordScreeningWorker worker = new RecordScreeningWorker();

  private static FakeExecution withInputs(String skills) {
    return FakeExecution.activity()
        .input("skills", skills)
        .input("interests", "mat og service")
        .input("languages", "norsk B1, arabisk")
        .input("motivation", "vil ha fast jobb");
  }

  @Test
  void storesTheProfileAsOneJsonObjectOnTheProcessInstance() {
    FakeExecution execution = withInputs("kasse, vareplassering");

    worker.execute(execution);

    assertThat(PlaceAndTrainProcess.STRENGTHS_PROFILE.get(execution)).isEqualTo(
        new StrengthsProfile("kasse, vareplassering", "mat og service", "norsk B1, arabisk",
            "vil ha fast jobb"));
    assertThat(execution.rawOnProcessInstance("strengthsProfile"))
        .isInstanceOfSatisfying(ObjectValue.class,
            v -> assertThat(v.getSerializationDataFormat()).isEqualTo("application/json"));
  }

  @Test
  void aBlankPartIsABadRequestNamingThePart() {
    FakeExecution execution = withInputs("  ");

    assertThatThrownBy(() -> worker.execute(execution))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("skills: is required");
    assertThat(execution.processInstanceHas("strengthsProfile")).isFalse();
  }
}
