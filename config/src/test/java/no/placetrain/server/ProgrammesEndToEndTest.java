package no.placetrain.server;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.Elements.*;
import static no.placetrain.server.ParticipationRun.KAM;
import static no.placetrain.server.ParticipationRun.MENTOR;
import static no.placetrain.server.ParticipationRun.OSLO;
import static no.placetrain.server.ParticipationRun.midnight;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import no.placetrain.domain.ContractType;
import no.placetrain.domain.JobOffer;
import no.placetrain.domain.agreement.PartyKey;
import no.placetrain.engine.forms.FormRejectedException;
import no.placetrain.engine.forms.Violation;
import no.placetrain.process.commitment.CommitmentEscalationProcess;
import no.placetrain.process.jobguarantee.JobGuaranteeProcess;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 3, first test: each of the eight programmes of the catalogue runs one participation end
 * to end on the real server (catalogue, models, forms, completion checks, workers, ledger), and
 * each asserts its own parameters as the engine sees them: the selection (speed interview for
 * Nordic Choice, an ordinary interview elsewhere), the broker's approval (Aleris, Fretex), the
 * practice length (a draft inside the programme's months is accepted, one month below or above is
 * refused naming {@code practiceMonths}; the end is start + months), the commitment deadlines of
 * its agreement, how it ends, and the ledger row {@code GET /api/participations/{id}} shows.
 *
 * <p>The engine is driven through its Java API as Tasklist drives it ({@link ParticipationRun}):
 * forms are submitted by demo users of the task's group, due jobs executed by activity id (the
 * job executor is off). Every deadline is met on time, so no escalation starts.
 */
class ProgrammesEndToEndTest extends ServerTestBase {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;

  private ParticipationRun.Engine engine;

  @BeforeEach
  void engine() {
    engine = new ParticipationRun.Engine(repositoryService, runtimeService, taskService,
        // the ledger (GET /api/participations/{id}) as the regional coordinator: she reads
        // every participation of every agreement
        formService, managementService, historyService, identityService, as("frida"));
  }

  private ParticipationRun participation(String agreementId, String displayName) {
    return ParticipationRun.refer(engine, agreementId, displayName);
  }

  /** KIWI × NAV Drammen: 3–6 months, NAV follows up personal matters; no offer ends it, no guarantee. */
  @Test
  void kiwiNavDrammen_noOfferWithoutGuaranteeEndsTheParticipation() {
    ParticipationRun run = participation("kiwi-nav-drammen", "Amina");
    assertTerms(run, "INTERVIEW", false, false, 3, 6);

    run.screen().present().select(TASK_INTERVIEW);
    agreePracticeLength(run, 3, 6, 4);
    assertThat(run.openTasks()).as("no broker").containsExactly(TASK_EMPLOYER_APPROVES);
    run.employerApproves().kamApproves();
    assertPracticeScheduled(run, 4, Period.ZERO);
    assertThat(run.variable("mentorDue")).as("ASSIGN_MENTOR P0D: by the start")
        .isEqualTo(midnight(run.practiceStart));

    // the KAM flags personal matters at the first checkpoint; NAV follows them up
    run.checkpoint(KAM, "PARTIAL", true, true);
    assertThat(run.openTasks()).contains(TASK_FOLLOW_UP_PERSONAL_MATTERS);
    JsonNode personalMatters = run.commitment("RESOLVE_PERSONAL_MATTERS#1");
    assertThat(personalMatters.get("party").asText()).isEqualTo("nav-drammen");
    assertThat(dueAt(personalMatters)).isEqualTo(plusDays(anchorAt(personalMatters), 14));
    run.followUpPersonalMatters();
    run.checkpoint(MENTOR);

    run.decisionWindowOpens();
    assertThat(run.variable("decisionDue")).as("DECIDE_END_OF_PRACTICE P0D: by the end")
        .isEqualTo(run.variable("practiceEndDate"));
    run.noOffer();

    assertThat(run.hasEnded()).isTrue();
    assertThat(run.passed(END_NO_OFFER)).isTrue();
    assertThat(run.passed(CALL_JOB_GUARANTEE)).as("KIWI has no job guarantee").isFalse();
    assertThat(run.guaranteesCalled()).isZero();
    assertThat(run.variable("outcome")).isEqualTo("ENDED");
    assertThat(run.variable("endReason")).isEqualTo("NO_OFFER");
    assertEnded(run, "ENDED", "NO_OFFER", met("SCREEN_REFERRAL", "ANSWER_PRESENTATION",
        "ASSIGN_MENTOR", "HOLD_CHECKPOINT#1", "RESOLVE_PERSONAL_MATTERS#1", "HOLD_CHECKPOINT#2",
        "DECIDE_END_OF_PRACTICE#0"));
  }

  /** Aleris × Stella: the broker approves too; 9 months exactly; a permanent job at the end. */
  @Test
  void alerisStella_brokerApprovesNineMonthsEndInAJobOffer() {
    ParticipationRun run = participation("aleris-stella", "Samira");
    assertTerms(run, "INTERVIEW", true, false, 9, 9);
    assertThat(run.variable("brokerName")).isEqualTo("Stella Røde Kors kvinnesenter");

    run.screen().present().select(TASK_INTERVIEW);
    agreePracticeLength(run, 9, 9, 9);
    assertThat(run.openTasks()).as("employer and broker approve side by side")
        .containsExactly(TASK_BROKER_APPROVES, TASK_EMPLOYER_APPROVES);
    run.employerApproves();
    assertThat(run.openTasks()).as("the KAM waits for the broker").containsExactly(TASK_BROKER_APPROVES);
    run.brokerApproves().kamApproves();
    assertPracticeScheduled(run, 9, Period.ofMonths(1));
    assertThat(run.variable("mentorDue")).as("ASSIGN_MENTOR P7D before the start")
        .isEqualTo(midnight(run.practiceStart.minusDays(7)));

    run.checkpoint(MENTOR);
    JsonNode checkpoint = run.commitment("HOLD_CHECKPOINT#1");
    assertThat(checkpoint.get("obligorRole").asText())
        .as("the KAM holds checkpoints (Stella's follow-up is a responsibility, not this task)")
        .isEqualTo("KAM");
    assertThat(checkpoint.get("party").asText()).isEqualTo("kam");

    run.decisionWindowOpens();
    assertThat(run.variable("decisionDue")).as("DECIDE_END_OF_PRACTICE P1M before the end")
        .isEqualTo(monthsBefore((Date) run.variable("practiceEndDate"), 1));
    assertThat(violation(run.extensionRefused(1)).fieldKey()).isEqualTo("extensionMonths");
    run.offer("PERMANENT", 37.5);

    assertThat(run.passed(END_JOB_OFFER)).isTrue();
    assertThat(run.variable("outcome")).isEqualTo("JOB_OFFER");
    assertThat(run.variable("jobOffer")).as("the contract offered")
        .isEqualTo(new JobOffer(ContractType.PERMANENT, 37.5));
    assertEnded(run, "JOB_OFFER", null, met("SCREEN_REFERRAL", "ANSWER_PRESENTATION",
        "ASSIGN_MENTOR", "HOLD_CHECKPOINT#1", "DECIDE_END_OF_PRACTICE#0"));
  }

  /** Nordic Choice × NAV Grünerløkka: speed interview, 3 months exactly, 70 % offer target. */
  @Test
  void nordicChoiceGrunerlokka_speedInterviewThreeMonthsCountsTowardsTheOfferTarget() {
    JsonNode before = scorecard("nordic-choice-grunerlokka");
    assertThat(before.at("/offerRate/target").asInt()).isEqualTo(70);

    ParticipationRun run = participation("nordic-choice-grunerlokka", "Yonas");
    assertTerms(run, "SPEED_INTERVIEW", false, false, 3, 3);

    run.screen().present().select(TASK_SPEED_INTERVIEW);
    assertThat(run.passed(TASK_INTERVIEW)).isFalse();
    agreePracticeLength(run, 3, 3, 3);
    assertThat(run.openTasks()).as("no broker").containsExactly(TASK_EMPLOYER_APPROVES);
    run.employerApproves().kamApproves();
    assertPracticeScheduled(run, 3, Period.ZERO);

    run.checkpoint(KAM);
    assertThat(run.commitment("HOLD_CHECKPOINT#1").get("obligorRole").asText()).isEqualTo("KAM");
    assertThat(run.variable("checkpointInterval")).as("monthly after the first week").isEqualTo("P1M");
    run.decisionWindowOpens();
    assertThat(violation(run.extensionRefused(1)).rule()).contains("maximum of 3 months");
    run.offer("TEMPORARY", 30.0);

    assertThat(run.variable("jobOffer")).isEqualTo(new JobOffer(ContractType.TEMPORARY, 30));
    assertEnded(run, "JOB_OFFER", null, met("SCREEN_REFERRAL", "ANSWER_PRESENTATION",
        "ASSIGN_MENTOR", "HOLD_CHECKPOINT#1", "DECIDE_END_OF_PRACTICE#0"));

    JsonNode after = scorecard("nordic-choice-grunerlokka");
    assertThat(after.at("/participations/endedByOutcome/JOB_OFFER").asInt())
        .isEqualTo(before.at("/participations/endedByOutcome/JOB_OFFER").asInt() + 1);
    assertThat(after.at("/offerRate/target").asInt()).isEqualTo(70);
    assertThat(after.at("/offerRate/completedPractices").asInt())
        .isEqualTo(before.at("/offerRate/completedPractices").asInt() + 1);
  }

  /** Olav Thon × NAV Alna and NAV Bjerke: 3–6 months; the candidate drops out during the practice. */
  @Test
  void olavThonAlnaBjerke_dropoutDuringThePracticeEndsIt() {
    JsonNode before = scorecard("olav-thon-alna-bjerke");
    ParticipationRun run = ParticipationRun.refer(engine, "olav-thon-alna-bjerke", "nav-bjerke",
        "Hamid");
    assertTerms(run, "INTERVIEW", false, false, 3, 6);
    assertThat(run.commitment("SCREEN_REFERRAL").get("party").asText())
        .as("two offices: the referring one owes NAV's commitments").isEqualTo("nav-bjerke");
    assertThat(run.variable("navOfficeName")).isEqualTo("NAV Bjerke");

    run.screen().present().select(TASK_INTERVIEW);
    assertThat(dueAt(run.commitment("ANSWER_PRESENTATION")))
        .as("ANSWER_PRESENTATION P10D")
        .isEqualTo(plusDays(anchorAt(run.commitment("ANSWER_PRESENTATION")), 10));
    agreePracticeLength(run, 3, 6, 6);
    assertThat(run.openTasks()).as("no broker").containsExactly(TASK_EMPLOYER_APPROVES);
    run.employerApproves().kamApproves();
    assertPracticeScheduled(run, 6, Period.ZERO);

    run.checkpoint(KAM).checkpointDue(); // the second checkpoint is due when the candidate leaves
    assertThat(run.openTasks()).containsExactly(TASK_HOLD_CHECKPOINT);
    run.dropout("FOUND_OTHER_JOB");

    assertThat(run.hasEnded()).isTrue();
    assertThat(run.passed(END_DROPOUT)).isTrue();
    assertThat(run.passed(TASK_DECIDE_END_OF_PRACTICE)).isFalse();
    assertThat(run.variable("endReason")).isEqualTo("DROPOUT");
    assertThat(run.variable("endDetail")).isEqualTo("FOUND_OTHER_JOB");
    // The dropout interrupts the second checkpoint, whose commitment can no longer be kept; the
    // dropout also removed its deadline timer, so it is never escalated. The ending cancels it
    // with the end reason (docs/agreements.md, "Commitments when a participation ends").
    assertEnded(run, "ENDED", "DROPOUT", met("SCREEN_REFERRAL", "ANSWER_PRESENTATION",
        "ASSIGN_MENTOR", "HOLD_CHECKPOINT#1").cancelled("HOLD_CHECKPOINT#2"));
    assertThat(run.commitment("HOLD_CHECKPOINT#2").get("cancelledReason").asText())
        .isEqualTo("participation ended: DROPOUT");
    assertThat(run.commitment("HOLD_CHECKPOINT#2").get("escalationLevel").asInt()).isZero();
    JsonNode after = scorecard("olav-thon-alna-bjerke");
    assertThat(officeMet(after, "nav-bjerke")).as("NAV Bjerke's screening, met")
        .isEqualTo(officeMet(before, "nav-bjerke") + 1);
    assertThat(after.at("/participations/byOffice/nav-bjerke").asInt())
        .isEqualTo(before.at("/participations/byOffice/nav-bjerke").asInt() + 1);
    assertThat(after.at("/participations/endedByReason/DROPOUT").asInt())
        .isEqualTo(before.at("/participations/endedByReason/DROPOUT").asInt() + 1);
    assertThat(after.at("/offerRate/completedPractices").asInt())
        .as("a dropout did not complete the practice")
        .isEqualTo(before.at("/offerRate/completedPractices").asInt());
  }

  /** Telenor × NAV Intro Oslo: 6 months exactly (no extension possible); a permanent job. */
  @Test
  void telenorNavIntro_sixMonthsExactlyThenAJobOffer() {
    ParticipationRun run = participation("telenor-nav-intro", "Farah");
    assertTerms(run, "INTERVIEW", false, false, 6, 6);

    run.screen().present().select(TASK_INTERVIEW);
    agreePracticeLength(run, 6, 6, 6);
    assertThat(run.openTasks()).as("no broker").containsExactly(TASK_EMPLOYER_APPROVES);
    run.employerApproves().kamApproves();
    assertPracticeScheduled(run, 6, Period.ofDays(14));
    assertThat(run.variable("mentorDue")).as("ASSIGN_MENTOR P7D before the start")
        .isEqualTo(midnight(run.practiceStart.minusDays(7)));

    run.checkpoint(KAM).checkpoint(MENTOR);
    run.decisionWindowOpens();
    assertThat(run.variable("decisionDue")).as("DECIDE_END_OF_PRACTICE P14D before the end")
        .isEqualTo(midnight(run.practiceStart.plusMonths(6).minusDays(14)));
    assertThat(violation(run.extensionRefused(1)).rule()).contains("maximum of 6 months");
    run.offer("PERMANENT", 37.5);

    assertThat(run.variable("jobOffer")).isEqualTo(new JobOffer(ContractType.PERMANENT, 37.5));
    assertThat(run.variable("practiceTotalMonths")).isEqualTo(6);
    assertEnded(run, "JOB_OFFER", null, met("SCREEN_REFERRAL", "ANSWER_PRESENTATION",
        "ASSIGN_MENTOR", "HOLD_CHECKPOINT#1", "HOLD_CHECKPOINT#2", "DECIDE_END_OF_PRACTICE#0"));
  }

  /**
   * ISS × NAV Alna, a local agreement under the ISS framework: it screens within its own 5
   * working days and inherits the framework's other deadlines; the employer sends the first draft
   * back; no offer at the end.
   */
  @Test
  void issAlna_inheritsTheFrameworkReworkedDraftNoOffer() {
    ParticipationRun run = participation("iss-alna", "Olga");
    assertTerms(run, "INTERVIEW", false, false, 3, 6);
    JsonNode screening = run.commitment("SCREEN_REFERRAL");
    assertThat(screening.get("party").asText()).isEqualTo("nav-alna");
    assertThat(dueAt(screening)).as("the local's P5D working days, not the framework's P10D")
        .isEqualTo(plusWorkingDays(anchorAt(screening), 5));

    run.screen().present().select(TASK_INTERVIEW);
    JsonNode presentation = run.commitment("ANSWER_PRESENTATION");
    assertThat(dueAt(presentation)).as("inherited from the framework: P10D")
        .isEqualTo(plusDays(anchorAt(presentation), 10));
    assertThat(run.ledger().get("agreementId").asText()).isEqualTo("iss-alna");

    agreePracticeLength(run, 3, 6, 3);
    assertThat(run.openTasks()).as("no broker").containsExactly(TASK_EMPLOYER_APPROVES);
    JsonNode mentor = run.commitment("ASSIGN_MENTOR");
    assertThat(dueAt(mentor)).as("inherited ASSIGN_MENTOR P0D: by the first draft's start")
        .isEqualTo(midnight(run.practiceStart).toInstant());
    run.employerSendsBack();
    assertThat(run.openTasks()).as("back to the caseworker").containsExactly(TASK_DRAFT_PRACTICE_AGREEMENT);

    // the reworked draft starts a week later: the mentor deadline follows the new start
    LocalDate newStart = run.practiceStart.plusDays(7);
    run.draft(5, newStart);
    JsonNode moved = run.commitment("ASSIGN_MENTOR");
    assertThat(moved.get("id").asText()).as("the same commitment").isEqualTo(mentor.get("id").asText());
    assertThat(moved.get("status").asText()).isEqualTo("OPEN");
    assertThat(anchorAt(moved)).isEqualTo(midnight(newStart).toInstant());
    assertThat(dueAt(moved)).as("re-anchored on the new start").isEqualTo(midnight(newStart).toInstant());
    assertThat(run.variable("mentorDue")).isEqualTo(midnight(newStart));
    assertThat(run.jobDue(BOUNDARY_MENTOR_OVERDUE)).as("the employer's deadline timer")
        .isEqualTo(midnight(newStart));
    run.employerApproves().kamApproves();
    assertPracticeScheduled(run, 5, Period.ZERO);

    run.checkpoint(KAM, "COMPLETED", false, true);
    JsonNode checkpoint = run.commitment("HOLD_CHECKPOINT#1");
    assertThat(dueAt(checkpoint)).as("inherited: P10D").isEqualTo(plusDays(anchorAt(checkpoint), 10));
    JsonNode personalMatters = run.commitment("RESOLVE_PERSONAL_MATTERS#1");
    assertThat(dueAt(personalMatters)).as("inherited: P21D")
        .isEqualTo(plusDays(anchorAt(personalMatters), 21));
    run.followUpPersonalMatters();

    run.decisionWindowOpens().noOffer();

    assertThat(run.passed(END_NO_OFFER)).isTrue();
    assertThat(run.guaranteesCalled()).isZero();
    assertEnded(run, "ENDED", "NO_OFFER", met("SCREEN_REFERRAL", "ANSWER_PRESENTATION",
        "ASSIGN_MENTOR", "HOLD_CHECKPOINT#1", "RESOLVE_PERSONAL_MATTERS#1",
        "DECIDE_END_OF_PRACTICE#0"));
  }

  /** Posten × NAV (mentoring): 6–9 months, the mentor holds the checkpoints; extended, then offered. */
  @Test
  void postenMentoring_extendedThenOffered() {
    ParticipationRun run = participation("posten-mentoring", "Daniel");
    assertTerms(run, "INTERVIEW", false, false, 6, 9);

    run.screen().present().select(TASK_INTERVIEW);
    agreePracticeLength(run, 6, 9, 6);
    assertThat(run.openTasks()).as("no broker").containsExactly(TASK_EMPLOYER_APPROVES);
    run.employerApproves().kamApproves();
    assertPracticeScheduled(run, 6, Period.ofMonths(1));
    assertThat(run.variable("mentorDue")).as("ASSIGN_MENTOR P14D before the start")
        .isEqualTo(midnight(run.practiceStart.minusDays(14)));

    run.checkpoint(MENTOR);
    run.decisionWindowOpens();
    assertThat(run.variable("decisionDue")).as("DECIDE_END_OF_PRACTICE P1M before the end")
        .isEqualTo(monthsBefore((Date) run.variable("practiceEndDate"), 1));
    assertThat(violation(run.extensionRefused(4)).rule()).contains("must not exceed 3");
    run.extend(3);

    assertThat(run.variable("practiceTotalMonths")).isEqualTo(9);
    assertThat(run.variable("practiceEndDate")).isEqualTo(midnight(run.practiceStart.plusMonths(9)));
    assertThat(run.variable("decisionWindowOpens"))
        .as("14 days before a decision due P1M before the new end")
        .isEqualTo(midnight(run.practiceStart.plusMonths(9).minusMonths(1).minusDays(14)));
    run.checkpoint(MENTOR);
    run.decisionWindowOpens().offer("PERMANENT", 37.5);

    assertThat(run.passed(TASK_EXTEND_PRACTICE)).isTrue();
    assertThat(run.variable("jobOffer")).isEqualTo(new JobOffer(ContractType.PERMANENT, 37.5));
    // two DECIDE_END_OF_PRACTICE: the decision after the extension is a round of its own
    assertEnded(run, "JOB_OFFER", null, met("SCREEN_REFERRAL", "ANSWER_PRESENTATION",
        "ASSIGN_MENTOR", "HOLD_CHECKPOINT#1", "HOLD_CHECKPOINT#2", "DECIDE_END_OF_PRACTICE#0",
        "DECIDE_END_OF_PRACTICE#1"));
  }

  /** Fretex: broker approves; no offer at the end goes to the job guarantee, where Fretex delivers one. */
  @Test
  void fretexJobGuarantee_noOfferGoesToTheGuaranteeWhichTheBrokerMeets() {
    ParticipationRun run = participation("fretex-job-guarantee", "Kofi");
    assertTerms(run, "INTERVIEW", true, true, 3, 6);
    assertThat(run.variable("brokerName")).isEqualTo("Fretex");
    assertThat(run.variable("guaranteePeriod")).isEqualTo("P6M");

    run.screen().present().select(TASK_INTERVIEW);
    agreePracticeLength(run, 3, 6, 3);
    assertThat(run.openTasks()).as("employer and broker approve side by side")
        .containsExactly(TASK_BROKER_APPROVES, TASK_EMPLOYER_APPROVES);
    run.brokerApproves().employerApproves().kamApproves();
    assertPracticeScheduled(run, 3, Period.ZERO);

    run.checkpoint(MENTOR);
    assertThat(run.commitment("HOLD_CHECKPOINT#1").get("obligorRole").asText())
        .as("the KAM holds checkpoints, not the broker").isEqualTo("KAM");
    assertThat(run.commitment("HOLD_CHECKPOINT#1").get("party").asText()).isEqualTo("kam");
    run.decisionWindowOpens().noOffer();

    assertThat(run.hasEnded()).as("the guarantee follows").isFalse();
    assertThat(run.ledger().get("status").asText()).isEqualTo("ACTIVE");
    LocalDate dayBefore = LocalDate.now(OSLO);
    String guarantee = run.guaranteeStarts();
    LocalDate dayAfter = LocalDate.now(OSLO); // the same day unless midnight passed meanwhile
    assertThat(run.variable(guarantee, "guaranteePeriod")).isEqualTo("P6M");
    Object deadline = run.variable(guarantee, "guaranteeDeadline");
    assertThat(deadline).as("six months from the day the guarantee starts")
        .isIn(midnight(dayBefore.plusMonths(6)), midnight(dayAfter.plusMonths(6)));
    JsonNode deliver = run.commitment("DELIVER_GUARANTEE_OFFER");
    assertThat(deliver.get("status").asText()).isEqualTo("OPEN");
    assertThat(deliver.get("obligorRole").asText()).isEqualTo("BROKER");
    assertThat(deliver.get("party").asText()).isEqualTo("Fretex");
    assertThat(Date.from(dueAt(deliver))).isEqualTo(deadline);

    // Fretex's staff (bjorn, broker-fretex) report an offer that does not count, then a relevant one
    run.guaranteeOffer(guarantee, "Coop Obs Storo", "NOT_RELEVANT", "TEMPORARY");
    assertThat(run.variable(guarantee, "offersRecorded")).isEqualTo(1);
    assertThat(run.hasEnded()).isFalse();
    run.guaranteeOffer(guarantee, "Rema 1000 Grønland", "RELEVANT", "PERMANENT");

    assertThat(run.hasEnded()).isTrue();
    assertThat(run.passed(guarantee, JobGuaranteeProcess.Elements.END_GUARANTEE_MET)).isTrue();
    assertThat(run.passed(END_GUARANTEE_OFFER)).isTrue();
    assertThat(run.variable("guaranteeMet")).isEqualTo(true);
    assertThat(run.variable("outcome")).isEqualTo("GUARANTEE_OFFER");
    assertThat(run.variable("endReason")).isEqualTo("GUARANTEE_MET");
    assertEnded(run, "GUARANTEE_OFFER", "GUARANTEE_MET", met("SCREEN_REFERRAL",
        "ANSWER_PRESENTATION", "ASSIGN_MENTOR", "HOLD_CHECKPOINT#1", "DECIDE_END_OF_PRACTICE#0",
        "DELIVER_GUARANTEE_OFFER"));
  }

  // ---- shared assertions ------------------------------------------------------------------

  /** What registerReferralWorker read from the agreement, as process variables. */
  private static void assertTerms(ParticipationRun run, String selectionMode,
      boolean brokerInvolved, boolean jobGuarantee, int minMonths, int maxMonths) {
    assertThat(run.participationId).startsWith("P-");
    assertThat(run.variable("referredBy")).isEqualTo(run.referredBy);
    // every task goes to the participation's own parties (docs/access.md)
    String office = (String) run.variable("navOfficeId");
    assertThat(run.variable("caseworkerGroup")).isEqualTo(office + "-caseworker");
    assertThat(run.variable("kamGroup")).isEqualTo(office + "-kam");
    assertThat(run.variable("officeLeadGroup")).isEqualTo(office + "-lead");
    assertThat((String) run.variable("employerGroup")).startsWith("employer-");
    assertThat(run.variable("mentorGroup")).isEqualTo(run.variable("employerGroup") + "-mentor");
    assertThat(run.variable("brokerGroup")).isEqualTo(brokerInvolved
        ? "broker-" + PartyKey.of((String) run.variable("brokerName")) : "");
    assertThat(run.variable("selectionMode")).isEqualTo(selectionMode);
    assertThat(run.variable("brokerInvolved")).isEqualTo(brokerInvolved);
    assertThat(run.variable("jobGuarantee")).isEqualTo(jobGuarantee);
    assertThat(run.variable("practiceMinMonths")).isEqualTo(minMonths);
    assertThat(run.variable("practiceMaxMonths")).isEqualTo(maxMonths);
    assertThat(run.openTasks()).containsExactly(TASK_SCREEN_CANDIDATE);
    assertThat(run.ledger().get("status").asText()).isEqualTo("ACTIVE");
  }

  /**
   * One month below the programme's minimum and one above its maximum are refused naming
   * {@code practiceMonths}; {@code agreed} is accepted.
   */
  private static void agreePracticeLength(ParticipationRun run, int min, int max, int agreed) {
    for (int months : new int[] {min - 1, max + 1}) {
      Violation violation = violation(run.draftRefused(months));
      assertThat(violation.fieldKey()).as("%d months", months).isEqualTo("practiceMonths");
      assertThat(violation.rule()).contains("between " + min + " and " + max + " months");
    }
    run.draft(agreed);
    assertThat(run.variable("practiceMonths")).isEqualTo((long) agreed);
  }

  private static Violation violation(FormFieldValidationException refusal) {
    assertThat(refusal).isInstanceOf(FormRejectedException.class);
    assertThat(((FormRejectedException) refusal).getViolations()).hasSize(1);
    return ((FormRejectedException) refusal).getViolations().get(0);
  }

  /**
   * The practice lasts start + {@code months}; the decision window opens 14 days before the
   * decision is due, {@code decisionDeadline} (the agreement's DECIDE_END_OF_PRACTICE) before the
   * end: the decision task appears before it is due, in every programme.
   */
  private static void assertPracticeScheduled(
      ParticipationRun run, int months, Period decisionDeadline) {
    LocalDate end = run.practiceStart.plusMonths(months);
    assertThat(run.variable("practiceEndDate")).as("practice of %d months", months)
        .isEqualTo(midnight(end));
    assertThat(run.variable("practiceTotalMonths")).isEqualTo(months);
    LocalDate decisionDue = end.minus(decisionDeadline);
    assertThat(run.variable("decisionWindowOpens"))
        .as("14 days before the decision is due (%s before the end)", decisionDeadline)
        .isEqualTo(midnight(decisionDue.minusDays(14)));
    assertThat((Date) run.variable("decisionWindowOpens")).isBefore(midnight(decisionDue));
    assertThat(run.variable("checkpointInterval")).as("first checkpoint after a week").isEqualTo("P7D");
    assertThat(run.variable("checkpointDueAt"))
        .as("a week after the practice starts (it lies ahead), not after the KAM's approval")
        .isEqualTo(midnight(run.practiceStart.plusDays(7)));
  }

  /**
   * The participation has ended with {@code outcome} (and {@code endReason}): its ledger row
   * ({@link #assertLedger}), exactly the {@code expected} commitments with their statuses, and no
   * escalation ever started ({@link #assertNoEscalation}).
   */
  private void assertEnded(ParticipationRun run, String outcome, String endReason,
      Commitments expected) {
    assertLedger(run, outcome, endReason);
    assertThat(run.commitmentStatuses()).as("the ledger's commitments")
        .containsExactlyInAnyOrderEntriesOf(expected.statuses);
    assertNoEscalation(run);
  }

  /** The commitments a ledger should hold, by key (KIND, or KIND#n of a repeatable kind). */
  private static final class Commitments {
    private final Map<String, String> statuses = new LinkedHashMap<>();

    Commitments cancelled(String... keys) {
      return with("CANCELLED", keys);
    }

    private Commitments with(String status, String... keys) {
      for (String key : keys) {
        assertThat(statuses.put(key, status)).as("%s expected twice", key).isNull();
      }
      return this;
    }
  }

  /** The commitments {@code keys}, each MET. */
  private static Commitments met(String... keys) {
    return new Commitments().with("MET", keys);
  }

  /** The ledger row: ENDED with the outcome (and reason), tied to the process instance. */
  private static void assertLedger(ParticipationRun run, String outcome, String endReason) {
    assertThat(run.hasEnded()).as("process instance ended").isTrue();
    JsonNode participation = run.ledger();
    assertThat(participation.get("id").asText()).isEqualTo(run.participationId);
    assertThat(participation.get("processInstanceId").asText()).isEqualTo(run.processInstanceId);
    assertThat(participation.get("status").asText()).isEqualTo("ENDED");
    assertThat(participation.get("outcome").asText()).isEqualTo(outcome);
    if (endReason == null) {
      assertThat(participation.hasNonNull("endReason")).as("endReason").isFalse();
    } else {
      assertThat(participation.get("endReason").asText()).isEqualTo(endReason);
    }
    assertThat(participation.hasNonNull("endedAt")).isTrue();
    assertThat(participation.hasNonNull("firstEmployerContactAt")).isTrue();
  }

  /** Every deadline was met on time: no commitment-escalation ever started for the participation. */
  private void assertNoEscalation(ParticipationRun run) {
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(CommitmentEscalationProcess.KEY)
        .variableValueEquals("participationId", run.participationId).count()).isZero();
  }

  /** The commitments met on time by the NAV office {@code officeId} in a scorecard. */
  private static int officeMet(JsonNode scorecard, String officeId) {
    for (JsonNode party : scorecard.get("commitmentsByParty")) {
      if (party.get("role").asText().equals("NAV_OFFICE")
          && party.get("party").asText().equals(officeId)) {
        return party.at("/counts/met").asInt();
      }
    }
    return 0;
  }

  private JsonNode scorecard(String agreementId) {
    return as("nora").get("/api/agreements/" + agreementId + "/scorecard").expect(200).json();
  }

  private static Instant anchorAt(JsonNode commitment) {
    return Instant.parse(commitment.get("anchorAt").asText());
  }

  private static Instant dueAt(JsonNode commitment) {
    return Instant.parse(commitment.get("dueAt").asText());
  }

  private static Instant plusDays(Instant anchor, int days) {
    return anchor.atZone(OSLO).plusDays(days).toInstant();
  }

  /** {@code count} Monday–Friday days after the anchor's day, at the anchor's time of day. */
  private static Instant plusWorkingDays(Instant anchor, int count) {
    ZonedDateTime day = anchor.atZone(OSLO);
    for (int left = count; left > 0; ) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return day.toInstant();
  }

  private static Date monthsBefore(Date date, int months) {
    return Date.from(date.toInstant().atZone(OSLO).minusMonths(months).toInstant());
  }
}
