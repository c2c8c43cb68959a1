package no.placetrain.process.commitment;

import static no.placetrain.process.commitment.CommitmentEscalationProcess.COMMITMENT_ID;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.List;
import java.time.Instant;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentStatus;
import no.placetrain.service.CommitmentService;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;

class RecordCommitmentWorkerTest {

  private final CommitmentService commitments = mock(CommitmentService.class);
  private final IdentityService identity = mock(IdentityService.class);
  private final ProcessEngineServices engine = mock(ProcessEngineServices.class);
  private final RecordCommitmentWorker worker = new RecordCommitmentWorker(commitments);

  RecordCommitmentWorkerTest() {
    when(engine.getIdentityService()).thenReturn(identity);
    when(commitments.settle(any(), any(), any(), any())).thenReturn(OpenCommitmentWorkerTest
        .commitment(CommitmentKind.SCREEN_REFERRAL, Instant.EPOCH, CommitmentStatus.MET_LATE));
  }

  private FakeExecution record(String status) {
    return FakeExecution.activity().withEngine(engine).with(COMMITMENT_ID, "C-1")
        .input("commitmentStatus", status);
  }

  @Test
  void metLateAndBreachedAreWrittenWithoutAUser() {
    worker.execute(record("MET_LATE"));
    worker.execute(record("BREACHED"));

    verify(commitments).settle("C-1", CommitmentStatus.MET_LATE, null, null);
    verify(commitments).settle("C-1", CommitmentStatus.BREACHED, null, null);
  }

  @Test
  void aWaiverNamesTheAuthenticatedUserAndTheReason() {
    when(identity.getCurrentAuthentication())
        .thenReturn(new Authentication("anna.leder", List.of("nav-drammen-lead")));

    worker.execute(record("WAIVED").input("waivedReason", "Kandidaten trakk seg"));

    verify(commitments).settle(
        "C-1", CommitmentStatus.WAIVED, "anna.leder", "Kandidaten trakk seg");
  }

  @Test
  void aWaiverWithoutAnAuthenticatedUserIsRefused() {
    assertThatThrownBy(() -> worker.execute(record("WAIVED").input("waivedReason", "grunn")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageStartingWith("waivedBy: a commitment is waived only by an authenticated user");
    when(identity.getCurrentAuthentication()).thenReturn(new Authentication(null, List.of()));
    assertThatThrownBy(() -> worker.execute(record("WAIVED").input("waivedReason", "grunn")))
        .isInstanceOf(BadUserRequestException.class).hasMessageStartingWith("waivedBy:");
    verifyNoInteractions(commitments);
  }

  @Test
  void anUnknownStatusIsABadRequest() {
    assertThatThrownBy(() -> worker.execute(record("DONE")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageStartingWith("commitmentStatus: is not a known code");
    verifyNoInteractions(commitments);
  }
}
