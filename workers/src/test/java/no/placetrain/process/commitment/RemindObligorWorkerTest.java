package no.placetrain.process.commitment;

import static no.placetrain.process.commitment.CommitmentEscalationProcess.COMMITMENT_ID;
import static no.placetrain.process.commitment.CommitmentEscalationProcess.REMINDER_GRACE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import no.placetrain.testsupport.FakeExecution;
import org.junit.jupiter.api.Test;

class RemindObligorWorkerTest {

  private final EscalationService escalations = mock(EscalationService.class);

  @Test
  void remindsAndSetsTheGraceOnTheProcessInstance() {
    FakeExecution execution = FakeExecution.activity().with(COMMITMENT_ID, "C-1");

    new RemindObligorWorker(escalations, Duration.ofDays(2)).execute(execution);

    verify(escalations).remind("C-1");
    assertThat(execution.rawOnProcessInstance("reminderGrace")).isEqualTo("P2D");
  }

  @Test
  void aGraceTheInstanceWasStartedWithIsKept() {
    FakeExecution execution = FakeExecution.activity().businessKey("C-2")
        .with(REMINDER_GRACE, "PT1H");

    new RemindObligorWorker(escalations, Duration.ofDays(2)).execute(execution);

    verify(escalations).remind("C-2");
    assertThat(REMINDER_GRACE.get(execution)).isEqualTo("PT1H");
  }

  @Test
  void theGraceIsWrittenInDaysWhenWholeAndAsADurationOtherwise() {
    assertThat(RemindObligorWorker.iso(Duration.ofDays(3))).isEqualTo("P3D");
    assertThat(RemindObligorWorker.iso(Duration.ofHours(36))).isEqualTo("PT36H");
    assertThatThrownBy(() -> new RemindObligorWorker(escalations, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("placetrain.escalation.reminder-grace");
  }
}
