package no.placetrain.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import no.placetrain.domain.agreement.CommitmentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class LogNotifierTest {

  @Test
  void logsParticipationKindDueDateAndGroupOnly(CapturedOutput output) {
    new LogNotifier().remind(new Reminder("P-42", "C-7", CommitmentKind.SCREEN_REFERRAL,
        Instant.parse("2026-03-09T09:00:00Z"), "nav-drammen-caseworker"));

    assertThat(output.getOut()).contains(
        "Reminder: participation P-42, commitment kind SCREEN_REFERRAL was due "
            + "2026-03-09T09:00:00Z, group nav-drammen-caseworker");
  }

  @Test
  void aReminderNeedsEveryPart() {
    assertThatThrownBy(() -> new Reminder("P-42", "C-7", CommitmentKind.SCREEN_REFERRAL,
        Instant.EPOCH, null)).isInstanceOf(IllegalArgumentException.class);
  }
}
