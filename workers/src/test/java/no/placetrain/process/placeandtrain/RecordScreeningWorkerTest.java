package no.placetrain.process.placeandtrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;

import no.placetrain.domain.StrengthsProfile;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.service.ParticipationService;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;

class RecordScreeningWorkerTest {

  private final ParticipationService participations = mock(ParticipationService.class);
  private final RecordScreeningWorker worker = new RecordScreeningWorker(participations);

  private static FakeExecution withInputs(String skills) {
    return FakeExecution.activity().businessKey("P-1")
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
  void storesTheProfileOnTheStoredParticipation() {
    when(participations.find("P-1")).thenReturn(Optional.of(mock(Participation.class)));

    worker.execute(withInputs("kasse"));

    verify(participations).recordStrengths("P-1",
        new StrengthsProfile("kasse", "mat og service", "norsk B1, arabisk", "vil ha fast jobb"));
  }

  @Test
  void aParticipationWithoutStoredRowKeepsTheProfileInTheProcessOnly() {
    FakeExecution execution = withInputs("kasse");

    worker.execute(execution);

    assertThat(execution.processInstanceHas("strengthsProfile")).isTrue();
    verify(participations, never()).recordStrengths(any(), any());
  }

  @Test
  void aBlankPartIsABadRequestNamingThePart() {
    FakeExecution execution = withInputs("  ");

    assertThatThrownBy(() -> worker.execute(execution))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("skills: is required");
    assertThat(execution.processInstanceHas("strengthsProfile")).isFalse();
    verify(participations, never()).recordStrengths(any(), any());
  }
}
