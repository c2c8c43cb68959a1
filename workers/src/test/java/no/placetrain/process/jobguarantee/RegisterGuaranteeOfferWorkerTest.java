package no.placetrain.process.jobguarantee;

import static no.placetrain.process.jobguarantee.JobGuaranteeProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.process.commitment.EscalationService;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

class RegisterGuaranteeOfferWorkerTest {

  private final EscalationService escalations = mock(EscalationService.class);
  private final ProcessEngineServices engine = mock(ProcessEngineServices.class);
  private final RegisterGuaranteeOfferWorker worker = new RegisterGuaranteeOfferWorker(escalations);

  private FakeExecution offer(String relevance) {
    return FakeExecution.activity().withEngine(engine).with(PARTICIPATION_ID, "P-1")
        .with(OFFERS_RECORDED, 1).with(GUARANTEE_MET, false)
        .input("employer", "Coop Obs").input("relevance", relevance)
        .input("contractType", "PERMANENT");
  }

  @Test
  void aRelevantOfferMeetsTheGuarantee() {
    FakeExecution execution = offer("RELEVANT");

    worker.execute(execution);

    assertThat(OFFERS_RECORDED.get(execution)).isEqualTo(2);
    assertThat(GUARANTEE_MET.get(execution)).isTrue();
    verify(escalations).meet(engine, "P-1", CommitmentKind.DELIVER_GUARANTEE_OFFER, 0);
  }

  @Test
  void anIrrelevantOfferIsCountedOnly() {
    FakeExecution execution = offer("NOT_RELEVANT");

    worker.execute(execution);

    assertThat(OFFERS_RECORDED.get(execution)).isEqualTo(2);
    assertThat(GUARANTEE_MET.get(execution)).isFalse();
    verify(escalations, never()).meet(any(), anyString(), any(), anyInt());
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
