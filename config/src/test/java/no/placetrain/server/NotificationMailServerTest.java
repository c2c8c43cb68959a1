package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.notify.MailChannel;
import no.placetrain.notify.OutboxDispatcher;
import no.placetrain.notify.OutboxStore;
import no.placetrain.process.commitment.CommitmentEscalationProcess;
import no.placetrain.process.commitment.EscalationService;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server sending notices by e-mail ({@code placetrain.notify.channel=mail}, Spring Boot's
 * {@code spring.mail.*} pointing at an SMTP server in the test JVM, GreenMail): the reminder of an
 * overdue KIWI × NAV Drammen commitment, written by the escalation's job, reaches the demo
 * caseworker of NAV Drammen (nils@nav.example, from application.yaml) once, by the running
 * dispatcher, and names the participation, never the candidate.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:placetrain-notify-mail-test;DB_CLOSE_DELAY=-1",
    // an engine of its own name: the shared server context's REST API and webapps find theirs
    // ("default") in Camunda's JVM-wide registry, not this one
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.job-execution.enabled=false",
    "camunda.bpm.admin-user.password=admin-test-password",
    "placetrain.notify.channel=mail",
    "placetrain.notify.mail.from=placetrain@nav.example",
    "placetrain.notify.dispatch.interval=PT0.2S",
    "spring.mail.host=127.0.0.1",
})
@DirtiesContext // closed after the class (no other test shares it), while the database is up
class NotificationMailServerTest {

  private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

  static {
    SMTP.start();
  }

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
  }

  @AfterAll
  static void stop() {
    SMTP.stop();
  }

  @Autowired ProcessEngine processEngine;
  @Autowired ParticipationService participations;
  @Autowired CommitmentService commitments;
  @Autowired EscalationService escalations;
  @Autowired OutboxStore outbox;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired MailChannel channel;
  @Autowired Clock clock;

  @Test
  void aReminderReachesTheDemoCaseworkerOnceByMail() throws Exception {
    String reference = "NOTIFYMAIL-1";
    Participation participation = participations.register("kiwi-nav-drammen", null,
        new Candidate(reference, "Zelmira Quistgaard"), null);
    Commitment overdue = commitments.open(participation.id(), CommitmentKind.SCREEN_REFERRAL, 0,
        clock.instant().minus(Duration.ofDays(20))).orElseThrow();
    String escalation = escalations.escalate(processEngine, participation.id(),
        CommitmentKind.SCREEN_REFERRAL, 0).orElseThrow();
    Job reminder = processEngine.getManagementService().createJobQuery()
        .processInstanceId(escalation)
        .activityId(CommitmentEscalationProcess.Elements.TASK_REMIND_OBLIGOR).singleResult();
    processEngine.getManagementService().executeJob(reminder.getId());

    String key = "reminder:" + overdue.id();
    await(() -> outbox.find(key).orElseThrow().sent());
    long rounds = dispatcher.rounds();
    await(() -> dispatcher.rounds() >= rounds + 3);

    List<MimeMessage> toNils = SMTP.findReceivedMessages(
        user -> "nils@nav.example".equals(user.getEmail()), message -> true).toList();
    System.out.println("[NotificationMailServerTest] messages to nils " + toNils.size()
        + ", all " + SMTP.getReceivedMessages().length + ", dispatcher " + dispatcher.totals());
    assertThat(toNils).hasSize(1);
    MimeMessage message = toNils.get(0);
    assertThat(message.getSubject()).isEqualTo(
        "Påminnelse: forfalt forpliktelse i deltakelse " + participation.id());
    assertThat(message.getMessageID()).isEqualTo(
        channel.messageId(outbox.find(key).orElseThrow().notice()));
    String body = message.getContent().toString();
    assertThat(body).contains(participation.id(), "/camunda/app/tasklist/")
        .doesNotContain(reference).doesNotContain("Zelmira").doesNotContain("Quistgaard");
    assertThat(message.getFrom()[0].toString()).isEqualTo("placetrain@nav.example");
  }

  private static void await(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    for (int i = 0; i < 2400 && !condition.getAsBoolean(); i++) {
      Thread.sleep(50);
    }
    assertThat(condition.getAsBoolean()).as("condition reached").isTrue();
  }
}
