package no.placetrain.notify;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.process.commitment.CommitmentEscalationProcess;
import no.placetrain.process.commitment.EscalationService;
import no.placetrain.process.placeandtrain.PlaceAndTrainProcess;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import no.placetrain.testsupport.EngineJourney;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The notices of the real workers, through the outbox, by e-mail to a real SMTP server (GreenMail
 * in the test JVM): the reminder of an overdue commitment and the first level of its escalation
 * ({@code commitment-escalation}'s jobs), and a checkpoint that fell due ({@code place-and-train}'s
 * timer). Each reaches every member of its group with an address, once; no message names the
 * candidate (the participation's real reference and name are looked for in every header and the
 * body). The dispatcher is called by hand here; on H2 and on PostgreSQL.
 */
class MailNoticesTest {

  private static final String CASEWORKERS = "nav-drammen-caseworker";
  private static final String KAMS = "nav-drammen-kam";
  private static final String TASKLIST = "https://placetrain.test/camunda/app/tasklist/";

  private static Smtp smtp;
  private static Node node;

  @BeforeAll
  static void aNodeSendingByMail() {
    smtp = Smtp.start();
    node = Node.start("mail-node", smtp);
    node.member("mailcw1", "cw1@nav.test", CASEWORKERS);
    node.member("mailcw2", "cw2@nav.test", CASEWORKERS);
    node.member("mailcw3", null, CASEWORKERS); // no address: left out
    node.member("mailkam1", "kam1@nav.test", KAMS);
  }

  @AfterAll
  static void stop() {
    node.close();
    smtp.close();
  }

  @BeforeEach
  void nothingPending() {
    node.clock().reset();
    node.drain();
    smtp.purge();
  }

  @Test
  void aReminderAndItsEscalationReachEveryMemberOfTheGroupOnceAndNeverNameTheCandidate() {
    String reference = Node.nextReference("MAILREF");
    String name = "Zelmira Quistgaard";
    Commitment overdue = node.overdue(new Candidate(reference, name),
        CommitmentKind.SCREEN_REFERRAL);
    String escalation = node.escalate(overdue);

    node.remind(escalation); // the job of remindObligorWorker: the notice is written, not sent
    assertThat(smtp.all()).as("nothing is sent inside the job").isEmpty();
    // the worker's work replayed (a job run again after a crash that had committed)
    node.transactions().executeWithoutResult(status ->
        node.bean(EscalationService.class).remind(overdue.id()));
    OutboxEntry written = node.outbox().find("reminder:" + overdue.id()).orElseThrow();
    assertThat(node.outbox().ofParticipation(overdue.participationId())).hasSize(1);

    DispatchRound first = node.dispatcher().dispatchOnce();
    DispatchRound second = node.dispatcher().dispatchOnce();

    List<MimeMessage> cw1 = smtp.to("cw1@nav.test");
    List<MimeMessage> cw2 = smtp.to("cw2@nav.test");
    System.out.println("[MailNoticesTest] reminder: rounds " + first + " / " + second
        + "; messages cw1=" + cw1.size() + " cw2=" + cw2.size() + " kam1="
        + smtp.to("kam1@nav.test").size() + " all=" + smtp.all().size());
    assertThat(first.sent()).isEqualTo(1);
    assertThat(second.sent()).isZero();
    assertThat(cw1).hasSize(1);
    assertThat(cw2).hasSize(1);
    assertThat(smtp.to("kam1@nav.test")).as("another group").isEmpty();
    assertThat(smtp.all()).hasSize(2);
    MimeMessage message = cw1.get(0);
    System.out.println("[MailNoticesTest] the reminder as received:\n" + Smtp.everything(message));
    assertThat(Smtp.subject(message)).isEqualTo(
        "Påminnelse: forfalt forpliktelse i deltakelse " + overdue.participationId());
    assertThat(Smtp.body(message)).contains("Deltakelse: " + overdue.participationId(),
        "kartlegge den henviste kandidaten (SCREEN_REFERRAL)", "Frist: ", TASKLIST,
        "gruppen " + CASEWORKERS);
    assertThat(Smtp.messageId(message)).isEqualTo(
        node.bean(MailChannel.class).messageId(written.notice()));
    assertThat(Smtp.messageId(cw2.get(0))).isEqualTo(Smtp.messageId(message));
    assertNamesNobody(message, reference, name);
    OutboxEntry sent = node.outbox().find("reminder:" + overdue.id()).orElseThrow();
    assertThat(sent.sent()).isTrue();
    assertThat(sent.attempts()).isEqualTo(1);
    assertThat(sent.claimedBy()).isEqualTo("mail-node");
    assertThat(sent.lastError()).isNull();

    // the grace is over: the first level (OBLIGOR: the caseworkers again) is notified
    node.fire(escalation, CommitmentEscalationProcess.Elements.TIMER_REMINDER_GRACE);
    smtp.purge();
    DispatchRound level = node.dispatcher().dispatchOnce();
    System.out.println("[MailNoticesTest] escalation level 1: " + level + "; messages cw1="
        + smtp.to("cw1@nav.test").size() + " cw2=" + smtp.to("cw2@nav.test").size());
    assertThat(level.sent()).isEqualTo(1);
    assertThat(smtp.to("cw1@nav.test")).singleElement().satisfies(m -> {
      assertThat(Smtp.subject(m)).isEqualTo(
          "Eskalert til nivå 1: forpliktelse i deltakelse " + overdue.participationId());
      assertNamesNobody(m, reference, name);
    });
    assertThat(smtp.to("cw2@nav.test")).hasSize(1);
    assertThat(node.outbox().find("escalation:" + overdue.id() + ":1")).isPresent();
  }

  @Test
  void aCheckpointDueNotifiesTheKamAndTheMentorsOnce() {
    String mentor = "mailmentor";
    node.member(mentor, "mentor@kiwi.test", EngineJourney.KIWI_MENTORS);
    String reference = Node.nextReference("CPMAILREF");
    EngineJourney journey = new EngineJourney(node.engine(),
        node.bean(ParticipationService.class), node.bean(CommitmentService.class),
        () -> reference);
    String pi = journey.practiceRunning(EngineJourney.suitableCashier(),
        LocalDate.now(EngineJourney.OSLO).plusDays(7), mentor);
    String participationId = journey.participationId(pi);
    node.drain();
    smtp.purge();

    journey.fire(pi, PlaceAndTrainProcess.Elements.TIMER_CHECKPOINT_DUE);

    List<OutboxEntry> rows = node.outbox().ofParticipation(participationId).stream()
        .filter(e -> e.notice().kind() == NoticeKind.CHECKPOINT_DUE).toList();
    assertThat(rows).extracting(e -> e.notice().idempotencyKey()).containsExactlyInAnyOrder(
        "checkpoint-due:" + participationId + ":1:" + KAMS,
        "checkpoint-due:" + participationId + ":1:" + EngineJourney.KIWI_MENTORS);
    Commitment checkpoint = journey.commitment(pi, CommitmentKind.HOLD_CHECKPOINT, 1);
    assertThat(rows).allSatisfy(e -> {
      assertThat(e.notice().commitmentId()).isEqualTo(checkpoint.id());
      assertThat(e.notice().dueAt()).isEqualTo(checkpoint.dueAt());
      assertThat(e.notice().number()).isEqualTo(1);
    });

    DispatchRound round = node.drain();
    List<MimeMessage> kam = smtp.to("kam1@nav.test");
    List<MimeMessage> mentors = smtp.to("mentor@kiwi.test");
    System.out.println("[MailNoticesTest] checkpoint due: " + round + "; messages kam1="
        + kam.size() + " mentor=" + mentors.size() + " caseworkers="
        + smtp.to("cw1@nav.test").size());
    assertThat(kam).hasSize(1);
    assertThat(mentors).hasSize(1);
    assertThat(smtp.to("cw1@nav.test")).isEmpty();
    for (MimeMessage message : List.of(kam.get(0), mentors.get(0))) {
      assertThat(Smtp.subject(message)).isEqualTo(
          "Oppfølgingsmøte 1 skal holdes: deltakelse " + participationId);
      assertThat(Smtp.body(message)).contains("holde oppfølgingsmøtet i praksisen", TASKLIST);
      assertNamesNobody(message, reference, "Testkandidat");
    }
    assertThat(Smtp.messageId(kam.get(0))).isNotEqualTo(Smtp.messageId(mentors.get(0)));
  }

  @Test
  void theSameNoticeWrittenTwiceIsOneRowAndOneMailAndARolledBackOneIsNone() {
    Commitment overdue = node.overdue(new Candidate(Node.nextReference("TWICEREF"), "Ola"),
        CommitmentKind.ANSWER_PRESENTATION);
    Notice notice = Notice.escalated(overdue.participationId(), overdue.id(), overdue.kind(),
        overdue.dueAt(), 2, CASEWORKERS);
    Notice rolledBack = Notice.escalated(overdue.participationId(), overdue.id(), overdue.kind(),
        overdue.dueAt(), 3, CASEWORKERS);
    OutboxNotifier notifier = (OutboxNotifier) node.bean(Notifier.class);

    // a worker whose job fails after writing: the engine's transaction rolls back
    node.transactions().executeWithoutResult(status -> {
      notifier.send(rolledBack);
      status.setRollbackOnly();
    });
    // the retried job writes it; a replay after a crash that committed finds it stored
    OutboxNotifier.Outcome retried = node.transactions().execute(s -> notifier.write(notice));
    OutboxNotifier.Outcome replayed = node.transactions().execute(s -> notifier.write(notice));
    DispatchRound round = node.drain();

    System.out.println("[MailNoticesTest] written twice: " + retried + ", " + replayed
        + "; rows " + node.outbox().ofParticipation(overdue.participationId()).size()
        + "; " + round + "; messages cw1=" + smtp.to("cw1@nav.test").size());
    assertThat(retried).isEqualTo(OutboxNotifier.Outcome.WRITTEN);
    assertThat(replayed).isEqualTo(OutboxNotifier.Outcome.ALREADY_STORED);
    assertThat(node.outbox().ofParticipation(overdue.participationId()))
        .extracting(e -> e.notice().idempotencyKey())
        .containsExactly(notice.idempotencyKey());
    assertThat(node.outbox().find(rolledBack.idempotencyKey())).isEmpty();
    assertThat(smtp.to("cw1@nav.test")).hasSize(1);
    assertThat(smtp.to("cw2@nav.test")).hasSize(1);
  }

  /** Nothing a receiver sees (headers, body) holds the candidate's reference or name. */
  private static void assertNamesNobody(MimeMessage message, String reference, String name) {
    String everything = Smtp.everything(message);
    assertThat(everything).doesNotContainIgnoringCase(reference);
    for (String part : name.split(" ")) {
      assertThat(everything).doesNotContainIgnoringCase(part);
    }
  }
}
