package no.placetrain.process.placeandtrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.placetrain.domain.ContractType;
import no.placetrain.domain.JobOffer;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;

class RecordJobOfferWorkerTest {

  private final RecordJobOfferWorker worker = new RecordJobOfferWorker();

  @Test
  void storesTheOfferAsJsonAndTheOutcome() {
    FakeExecution execution = FakeExecution.activity()
        .input("contractType", "PERMANENT").input("weeklyHours", 37.0d);

    worker.execute(execution);

    assertThat(PlaceAndTrainProcess.JOB_OFFER.get(execution))
        .isEqualTo(new JobOffer(ContractType.PERMANENT, 37));
    assertThat(execution.rawOnProcessInstance("jobOffer")).isInstanceOfSatisfying(
        ObjectValue.class,
        v -> assertThat(v.getSerializationDataFormat()).isEqualTo("application/json"));
    assertThat(PlaceAndTrainProcess.OUTCOME.get(execution)).isEqualTo("JOB_OFFER");
  }

  @Test
  void hoursOutsideOneToFortyAreABadRequest() {
    FakeExecution execution = FakeExecution.activity()
        .input("contractType", "TEMPORARY").input("weeklyHours", 45);

    assertThatThrownBy(() -> worker.execute(execution))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessage("weeklyHours: must be between 1 and 40");
    assertThat(execution.processInstanceHas("outcome")).isFalse();
  }
}
