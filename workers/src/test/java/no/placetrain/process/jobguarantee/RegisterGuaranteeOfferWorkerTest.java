package no.placetrain.process.jobguarantee;

import static no.placetrain.process.jobguarantee.JobGuaranteeProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

class RegisterGuaranteeOfferWorkerTest {


  private final RegisterGuaranteeOfferWorker worker = new RegisterGuaranteeOfferWorker();

  private FakeExecution offer(String relevance) {
    return FakeExecution.activity().with(OFFERS_RECORDED, 1).with(GUARANTEE_MET, false)
        .input("employer", "Coop Obs").input("relevance", relevance)
        .input("contractType", "PERMANENT");
  }

  @Test
  void aRelevantOfferMeetsTheGuarantee() {
    FakeExecution execution = offer("RELEVANT");

    worker.execute(execution);

    assertThat(OFFERS_RECORDED.get(execution)).isEqualTo(2);
    assertThat(GUARANTEE_MET.get(execution)).isTrue();
  }

  @Test
  void anIrrelevantOfferIsCountedOnly() {
    FakeExecution execution = offer("NOT_RELEVANT");

    worker.execute(execution);

    assertThat(OFFERS_RECORDED.get(execution)).isEqualTo(2);
    assertThat(GUARANTEE_MET.get(execution)).isFalse();
  }

  @Test
  void anUnknownRelevanceIsABadRequestAndCountsNothing() {
    FakeExecution execution = offer("MAYBE");

    assertThatThrownBy(() -> worker.execute(execution))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageStartingWith("relevance: is not a known code");
    assertThat(OFFERS_RECORDED.get(execution)).isEqualTo(1);
  }
}
