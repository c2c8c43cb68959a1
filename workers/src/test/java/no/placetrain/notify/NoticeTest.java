package no.placetrain.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import no.placetrain.domain.agreement.CommitmentKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.MailSendException;

/**
 * Notices, their keys and texts, the log channel and the dispatcher's arithmetic, without a
 * database: the keys are made of ids only, a notice refuses missing parts, the text is Norwegian
 * and names the participation and never more, a failure is described by classes and an SMTP
 * status only, and the backoff doubles up to its limit.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoticeTest {

  private static final Instant DUE = Instant.parse("2026-03-09T09:00:00Z");

  @Test
  void theKeysAreMadeOfIdsOnly() {
    Notice reminder = Notice.reminder(new Reminder("P-42", "C-7",
        CommitmentKind.SCREEN_REFERRAL, DUE, "nav-drammen-caseworker"));
    Notice escalated = Notice.escalated("P-42", "C-7", CommitmentKind.SCREEN_REFERRAL, DUE, 3,
        "nav-drammen-lead");
    Notice checkpoint = Notice.checkpointDue("P-42", 2, "C-9", DUE, "nav-drammen-kam");

    List<String> keys = List.of(reminder.idempotencyKey(), escalated.idempotencyKey(),
        checkpoint.idempotencyKey());
    System.out.println("[NoticeTest] keys: " + keys);
    assertThat(keys).containsExactly("reminder:C-7", "escalation:C-7:3",
        "checkpoint-due:P-42:2:nav-drammen-kam");
    assertThat(reminder.kind()).isEqualTo(NoticeKind.REMINDER);
    assertThat(reminder.recipientGroup()).isEqualTo("nav-drammen-caseworker");
    assertThat(escalated.number()).isEqualTo(3);
    assertThat(checkpoint.commitmentKind()).isEqualTo(CommitmentKind.HOLD_CHECKPOINT);
    assertThat(Notice.checkpointDue("P-42", 2, null, null, "employer-kiwi-mentor")
        .idempotencyKey()).isNotEqualTo(checkpoint.idempotencyKey());
  }

  @Test
  void aNoticeRefusesMissingOrOverlongParts() {
    assertThatThrownBy(() -> new Notice("k", NoticeKind.REMINDER, null, "P-1", null, null, null,
        null)).isInstanceOf(IllegalArgumentException.class).hasMessage(
        "a notice needs recipientGroup");
    assertThatThrownBy(() -> new Notice("k", null, "g", "P-1", null, null, null, null))
        .hasMessage("a notice needs a kind");
    assertThatThrownBy(() -> new Notice("k".repeat(201), NoticeKind.REMINDER, "g", "P-1", null,
        null, null, null)).hasMessage("idempotencyKey is longer than 200 characters");
    assertThatThrownBy(() -> new Notice("k", NoticeKind.ESCALATED, "g", "P-1", null, null, -1,
        null)).hasMessage("number must not be negative");
    assertThatThrownBy(() -> new Reminder("P-42", "C-7", CommitmentKind.SCREEN_REFERRAL,
        Instant.EPOCH, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLogChannelLogsIdsCodesAndTheGroupOnly(CapturedOutput output) {
    new LogChannel().deliver(Notice.checkpointDue("P-42", 2, "C-9", DUE, "nav-drammen-kam"));

    assertThat(output.getOut()).contains("Notice CHECKPOINT_DUE: participation P-42, commitment "
        + "kind HOLD_CHECKPOINT, number 2, due 2026-03-09T09:00:00Z, group nav-drammen-kam "
        + "(checkpoint-due:P-42:2:nav-drammen-kam)");
  }

  @Test
  void theTextIsNorwegianWithTheDueDateInTheZoneAndTheTasklistLink() {
    NoticeText text = new NoticeText("https://placetrain.example/camunda/app/tasklist/",
        ZoneId.of("Europe/Oslo"));
    Notice reminder = Notice.reminder(new Reminder("P-42", "C-7",
        CommitmentKind.ANSWER_PRESENTATION, DUE, "employer-kiwi"));

    String body = text.body(reminder);
    System.out.println("[NoticeTest] " + text.subject(reminder) + "\n" + body);
    assertThat(text.subject(reminder)).isEqualTo(
        "Påminnelse: forfalt forpliktelse i deltakelse P-42");
    assertThat(body).contains("Deltakelse: P-42",
        "Forpliktelse: svare på presentasjonen av kandidaten (ANSWER_PRESENTATION)",
        "Frist: 09.03.2026 kl. 10:00", "https://placetrain.example/camunda/app/tasklist/",
        "gruppen employer-kiwi");
    assertThat(text.subject(Notice.escalated("P-42", "C-7", CommitmentKind.ANSWER_PRESENTATION,
        DUE, 2, "nav-drammen-kam"))).isEqualTo(
        "Eskalert til nivå 2: forpliktelse i deltakelse P-42");
    assertThat(text.body(Notice.checkpointDue("P-42", 1, null, null, "nav-drammen-kam")))
        .contains("oppfølgingsmøte nr. 1").doesNotContain("Frist:");
    for (CommitmentKind kind : CommitmentKind.values()) {
      assertThat(text.body(Notice.escalated("P-1", "C-1", kind, DUE, 1, "g")))
          .as(kind.name()).doesNotContain("null");
    }
    assertThatThrownBy(() -> new NoticeText(" ", ZoneId.of("Europe/Oslo")))
        .hasMessage("placetrain.notify.tasklist-url is required");
  }

  @Test
  void aFailureIsDescribedByItsClassesAndTheSmtpStatusNeverItsMessage() {
    RuntimeException failure = new MailSendException("could not send to ola@nav.test",
        new SmtpRefusal(550));

    String described = OutboxDispatcher.describe(failure);

    System.out.println("[NoticeTest] described: " + described);
    assertThat(described).isEqualTo("MailSendException < SmtpRefusal, smtp 550");
    assertThat(OutboxDispatcher.describe(new IllegalStateException("ola@nav.test")))
        .isEqualTo("IllegalStateException");
  }

  @Test
  void theBackoffDoublesUpToItsLimitAndTheSettingsAreChecked() {
    NotifyProperties.Dispatch settings = new NotifyProperties.Dispatch();
    settings.setBackoff(Duration.ofMinutes(1));
    settings.setMaxBackoff(Duration.ofMinutes(10));
    OutboxDispatcher dispatcher = new OutboxDispatcher(null, notice -> { }, null, settings);

    List<Duration> waits = List.of(1, 2, 3, 4, 5, 40).stream()
        .map(dispatcher::backoffAfter).toList();
    System.out.println("[NoticeTest] backoff after attempts 1, 2, 3, 4, 5, 40: " + waits);
    assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2),
        Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(10),
        Duration.ofMinutes(10));
    assertThat(dispatcher.node()).isNotBlank().hasSizeLessThanOrEqualTo(100);
    assertThat(dispatcher.isAutoStartup()).isTrue();

    settings.setBatchSize(0);
    assertThatThrownBy(() -> new OutboxDispatcher(null, n -> { }, null, settings))
        .hasMessage("placetrain.notify.dispatch.batch-size must be positive");
    settings.setBatchSize(10);
    settings.setClaimTime(Duration.ZERO);
    assertThatThrownBy(() -> new OutboxDispatcher(null, n -> { }, null, settings))
        .hasMessage("placetrain.notify.dispatch.claim-time must be positive");
    settings.setClaimTime(Duration.ofMinutes(2));
    settings.setMaxBackoff(Duration.ofSeconds(1));
    assertThatThrownBy(() -> new OutboxDispatcher(null, n -> { }, null, settings))
        .hasMessage("placetrain.notify.dispatch.max-backoff must not be shorter than backoff");
  }

  /** Like Jakarta Mail's SMTP exceptions: a reply code behind {@code getReturnCode()}. */
  static class SmtpRefusal extends RuntimeException {
    private final int code;

    SmtpRefusal(int code) {
      super("550 mailbox ola@nav.test unavailable");
      this.code = code;
    }

    public int getReturnCode() {
      return code;
    }
  }
}
