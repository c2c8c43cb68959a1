package no.placetrain.privacy;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.Elements.*;
import static no.placetrain.testsupport.EngineJourney.OSLO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.Outcome;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentStatus;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.ParticipationStatus;
import no.placetrain.process.commitment.CommitmentEscalationProcess;
import no.placetrain.process.partydesk.PartyDeskProcess;
import no.placetrain.process.jobguarantee.JobGuaranteeProcess;
import no.placetrain.process.placeandtrain.PlaceAndTrainProcess;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import no.placetrain.store.ParticipationStore;
import no.placetrain.testapp.TestApplication;
import no.placetrain.testsupport.PartyDesks;
import no.placetrain.testsupport.EngineJourney;
import no.placetrain.testsupport.MutableClock;
import no.placetrain.testing.TableScan;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * {@link CandidateErasure} on the real engine: a candidate with two participations — a KIWI one
 * still running in its practice, with an escalated checkpoint, comments, an attachment and user
 * operations, and a Fretex one ended when the job guarantee ran out, its called
 * {@code job-guarantee} instance and the broker's escalation behind it, waived with a reason that
 * names the candidate — is erased. Every table
 * of the engine and ours is scanned before and after ({@link TableScan}; the counts are printed).
 * Another candidate, referred at the same time, keeps every row.
 */
@SpringBootTest(classes = {TestApplication.class, MutableClock.Config.class})
class CandidateErasureSpringTest {

  private static final String MENTOR = "erasurementor";
  private static final String CASEWORKER = "erasure.caseworker";
  private static final String ADMIN = "erasure.admin";
  private static final String BROKER_LEAD = "erasure.broker";
  private static final AtomicInteger CANDIDATES = new AtomicInteger();

  @Autowired ProcessEngine processEngine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired ParticipationService participations;
  @Autowired ParticipationStore participationStore;
  @Autowired CommitmentService commitments;
  @Autowired CandidateErasure erasure;
  @Autowired DataSource dataSource;
  @Autowired MutableClock clock;
  @Autowired ApplicationContext context;

  private EngineJourney journey;
  private TableScan scan;

  @BeforeEach
  void systemTime() {
    clock.reset();
    identityService.clearAuthentication();
    journey = new EngineJourney(processEngine, participations, commitments,
        () -> "REF-ERASURE-" + CANDIDATES.incrementAndGet());
    scan = TableScan.of(dataSource);
  }

  @AfterEach
  void noAuthentication() {
    identityService.clearAuthentication();
    clock.reset();
  }

  @Test
  void everyRowAboutTheCandidateIsDeletedOrAnonymisedAndNobodyElsesIsTouched() {
    // the candidate to erase: markers that must vanish from every table
    String ref = "ERASE-ME-" + CANDIDATES.incrementAndGet();
    String name = "Zelmira Quistgaard";
    String strength = "Zebrasveising";
    Fretex fretex = fretexGuaranteeRanOut(ref, name, strength);
    Kiwi kiwi = kiwiCheckpointEscalated(ref, name, strength);
    // another candidate, who stays
    String otherRef = "KEEP-ME-" + CANDIDATES.incrementAndGet();
    String otherName = "Yolanda Vargstad";
    String otherPi = refer(EngineJourney.KIWI, null, otherRef, otherName);
    journey.screen(otherPi, EngineJourney.screening("Yakstell", "butikk", "norsk", "fast jobb",
        "SUITABLE"));
    taskService.createComment(openTask(otherPi).getId(), otherPi, "Ringte " + otherName);
    Participation other = journey.participation(otherPi);

    List<String> personal = List.of(ref, name, strength);
    Set<String> ids = new LinkedHashSet<>(List.of(fretex.participationId, fretex.pi,
        fretex.guarantee, fretex.escalation, kiwi.participationId, kiwi.pi, kiwi.escalation));
    List<Commitment> ledgerBefore = new ArrayList<>(commitments.ofParticipation(kiwi.participationId));
    ledgerBefore.addAll(commitments.ofParticipation(fretex.participationId));
    ledgerBefore.forEach(c -> ids.add(c.id()));
    List<String> everything = new ArrayList<>(personal);
    everything.addAll(ids);
    List<String> others = List.of(otherRef, otherName, "Yakstell", other.id(), otherPi);

    long desks = Stream.of(fretex.pi, kiwi.pi, fretex.guarantee)
        .mapToLong(pi -> historyService.createHistoricProcessInstanceQuery()
            .processDefinitionKey(PartyDeskProcess.KEY).superProcessInstanceId(pi).count())
        .sum();
    assertThat(desks).as("the parties' tasks ran in party-desks").isPositive();
    SortedMap<String, Integer> rowsBefore = scan.rowCounts();
    SortedMap<String, Integer> aboutHimBefore = scan.rowsMentioning(everything);
    SortedMap<String, Integer> aboutOtherBefore = scan.rowsMentioning(others);
    assertThat(scan.find(personal)).extracting(TableScan.Hit::table)
        .as("the journey left the markers where erasure must find them")
        .contains("PT_PARTICIPATION", "ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL",
            "ACT_HI_COMMENT", "ACT_HI_ATTACHMENT", "ACT_GE_BYTEARRAY");
    assertThat(aboutHimBefore).containsKeys("ACT_RU_TASK", "ACT_RU_JOB", "ACT_HI_PROCINST",
        "ACT_HI_TASKINST", "ACT_HI_ACTINST", "ACT_HI_IDENTITYLINK", "ACT_HI_OP_LOG",
        "ACT_HI_DECINST", "ACT_HI_JOB_LOG", "PT_COMMITMENT", "PT_OUTBOX");

    ErasureReport report = asAdministrator(() -> erasure.erase(ref));

    SortedMap<String, Integer> rowsAfter = scan.rowCounts();
    SortedMap<String, Integer> aboutHimAfter = scan.rowsMentioning(everything);
    System.out.println("Erasure report: " + report);
    System.out.println("Rows of every ACT_*/PT_* table that changed:\n"
        + TableScan.difference(rowsBefore, rowsAfter));
    System.out.println("Rows naming the erased candidate (reference, name, strengths, ids):\n"
        + TableScan.difference(aboutHimBefore, aboutHimAfter) + "left after: " + aboutHimAfter);

    // nothing personal anywhere; the ids live on only in our anonymised rows
    assertThat(scan.find(personal)).as("rows still naming the candidate").isEmpty();
    assertThat(aboutHimAfter.keySet()).as("tables still holding the candidate's ids")
        .containsOnly("PT_PARTICIPATION", "PT_COMMITMENT");
    assertThat(aboutHimAfter).containsEntry("PT_PARTICIPATION", 2)
        .containsEntry("PT_COMMITMENT", ledgerBefore.size());

    // the report counts what went, table by table
    assertThat(report.participations()).isEqualTo(2);
    assertThat(report.count(ErasureReport.PARTICIPATIONS_ANONYMISED)).isEqualTo(2);
    assertThat(report.count(ErasureReport.PARTICIPATIONS_ENDED)).isEqualTo(1);
    // the KIWI participation's open checkpoint; the broker's guarantee offer was waived
    assertThat(report.count(ErasureReport.COMMITMENTS_CANCELLED)).isEqualTo(1);
    assertThat(report.count(ErasureReport.WAIVER_REASONS_ERASED)).isEqualTo(1);
    // the notices of the checkpoint and of the escalations: none goes out about them any more
    assertThat(report.count(ErasureReport.OUTBOX_NOTICES))
        .isEqualTo((long) aboutHimBefore.get("PT_OUTBOX"));
    assertThat(report.count(ErasureReport.PROCESS_INSTANCES))
        .as("running: KIWI's place-and-train, its checkpoint's desk and its escalation").isEqualTo(3);
    assertThat(report.count(ErasureReport.HISTORIC_PROCESS_INSTANCES))
        .as("two participations, a guarantee, two escalations and the parties' desks")
        .isEqualTo(5 + desks);
    Map<String, String> tables = Map.of(
        ErasureReport.HISTORIC_PROCESS_INSTANCES, "ACT_HI_PROCINST",
        ErasureReport.HISTORIC_ACTIVITY_INSTANCES, "ACT_HI_ACTINST",
        ErasureReport.HISTORIC_TASK_INSTANCES, "ACT_HI_TASKINST",
        ErasureReport.HISTORIC_VARIABLE_INSTANCES, "ACT_HI_VARINST",
        ErasureReport.HISTORIC_DETAILS, "ACT_HI_DETAIL",
        ErasureReport.HISTORIC_IDENTITY_LINKS, "ACT_HI_IDENTITYLINK",
        ErasureReport.HISTORIC_DECISION_INSTANCES, "ACT_HI_DECINST",
        ErasureReport.COMMENTS, "ACT_HI_COMMENT",
        ErasureReport.ATTACHMENTS, "ACT_HI_ATTACHMENT");
    tables.forEach((kind, table) -> {
      assertThat(report.count(kind)).as(kind).isPositive();
      assertThat(rowsBefore.get(table) - rowsAfter.get(table)).as(table)
          .isEqualTo((int) report.count(kind));
    });
    // the job logs include those the deletion of the running jobs wrote
    assertThat(report.count(ErasureReport.HISTORIC_JOB_LOGS)).isEqualTo(
        rowsBefore.get("ACT_HI_JOB_LOG") - rowsAfter.get("ACT_HI_JOB_LOG")
            + rowsBefore.get("ACT_RU_JOB") - rowsAfter.get("ACT_RU_JOB"));
    // the caseworker's operations, and the deletions' own entries about the instances
    assertThat(report.count(ErasureReport.USER_OPERATION_LOG_ENTRIES)).isPositive();
    // who erased stays in the engine's audit trail, with counts and no id: "DeleteHistory" of
    // process and decision instances by the administrator
    assertThat(historyService.createUserOperationLogQuery().userId(ADMIN).list())
        .isNotEmpty()
        .allSatisfy(entry -> {
          assertThat(entry.getOperationType()).isEqualTo("DeleteHistory");
          assertThat(entry.getProcessInstanceId()).isNull();
          assertThat(entry.getTaskId()).isNull();
        });
    assertThat(rowsAfter.get("ACT_RU_EXECUTION")).isLessThan(rowsBefore.get("ACT_RU_EXECUTION"));

    // our rows: anonymised, ended, the ledger kept and settled
    Participation erasedKiwi = participations.get(kiwi.participationId);
    Participation erasedFretex = participations.get(fretex.participationId);
    for (Participation erased : List.of(erasedKiwi, erasedFretex)) {
      assertThat(erased.candidate().reference()).matches("ERASED-[a-z0-9]{8}");
      assertThat(erased.candidate().displayName()).isEqualTo("—");
      assertThat(erased.strengths()).isNull();
      assertThat(erased.processInstanceId()).isNull();
      assertThat(erased.activeKey()).isNull();
      assertThat(erased.status()).isEqualTo(ParticipationStatus.ENDED);
      assertThat(commitments.ofParticipation(erased.id()))
          .noneMatch(Commitment::isOpen);
    }
    assertThat(erasedKiwi.candidate().reference())
        .isNotEqualTo(erasedFretex.candidate().reference());
    assertThat(erasedKiwi.outcome()).isEqualTo(Outcome.ENDED);
    assertThat(erasedKiwi.endReason()).isEqualTo(EndReason.ERASED);
    assertThat(erasedKiwi.agreementId()).isEqualTo(EngineJourney.KIWI);
    assertThat(erasedFretex.endReason()).as("an ended participation keeps how it ended")
        .isEqualTo(EndReason.GUARANTEE_NOT_MET);
    assertThat(commitments.get(kiwi.checkpoint.id()))
        .extracting(Commitment::status, Commitment::cancelledReason, Commitment::escalationLevel)
        .containsExactly(CommitmentStatus.CANCELLED, "participation ended: ERASED", 1);
    assertThat(commitments.ofParticipation(kiwi.participationId))
        .filteredOn(c -> c.kind() == CommitmentKind.SCREEN_REFERRAL)
        .extracting(Commitment::status).containsExactly(CommitmentStatus.MET);
    assertThat(commitments.get(fretex.guaranteeOffer.id()))
        .extracting(Commitment::status, Commitment::waivedBy, Commitment::waivedReason)
        .as("the waiver stands; its reason named the candidate")
        .containsExactly(CommitmentStatus.WAIVED, BROKER_LEAD,
            CandidateErasure.WAIVER_REASON_ERASED);
    assertThat(participationStore.findByCandidate(ref)).isEmpty();

    // the other candidate keeps every row
    assertThat(scan.rowsMentioning(others)).isEqualTo(aboutOtherBefore);
    assertThat(participations.get(other.id())).isEqualTo(other);
    assertThat(taskService.createTaskQuery()
        .processInstanceIdIn(PartyDesks.withDesks(runtimeService, otherPi)).count()).isEqualTo(1);

    // erasing again finds nothing and changes nothing
    ErasureReport again = asAdministrator(() -> erasure.erase(ref));
    assertThat(again.nothingFound()).isTrue();
    assertThat(again.counts().values()).containsOnly(0L);
    assertThat(scan.rowCounts()).isEqualTo(rowsAfter);
  }

  @Test
  void anAuthenticatedUserWhoIsNoAdministratorIsRefusedAndNothingChanges() {
    String ref = "ERASE-NOT-" + CANDIDATES.incrementAndGet();
    String pi = refer(EngineJourney.KIWI, null, ref, "Xenia Nekt");
    Participation before = journey.participation(pi);

    identityService.setAuthentication(CASEWORKER, List.of("nav-caseworker"));
    assertThatThrownBy(() -> erasure.erase(ref)).isInstanceOf(AuthorizationException.class)
        .hasMessageNotContaining(ref);
    identityService.clearAuthentication();

    assertThat(participations.get(before.id())).isEqualTo(before);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi).count())
        .isEqualTo(1);
  }

  @Test
  void aMalformedReferenceIsRefusedNamingTheFieldNeverTheValue() {
    for (String malformed : new String[] {null, " ", "ab", "SECRET with spaces", "01017012345"}) {
      assertThatThrownBy(() -> erasure.erase(malformed)).as(String.valueOf(malformed))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageStartingWith("candidateRef: ")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET", "01017012345"));
    }
    assertThat(erasure.erase("NEVER-REFERRED-1").nothingFound()).isTrue();
  }

  @Test
  void theErasureIsABeanOfEveryHostAndItsEndpointOnlyOfAWebHost() {
    assertThat(context.getBeansOfType(CandidateErasure.class)).hasSize(1);
    assertThat(context.getBeanNamesForType(no.placetrain.api.CandidateController.class))
        .as("this test host is no web application").isEmpty();
  }

  // ---- the journeys ---------------------------------------------------------------------------

  private record Fretex(String pi, String participationId, String guarantee, String escalation,
      Commitment guaranteeOffer) {}

  private record Kiwi(String pi, String participationId, String escalation,
      Commitment checkpoint) {}

  /**
   * Fretex: referred, screened, practice approved by employer, broker and KAM, no offer at the
   * end; the job guarantee runs out without an offer: the participation ends
   * (GUARANTEE_NOT_MET) and the broker's commitment is escalated. At the first level it is waived
   * with a reason that names the candidate.
   */
  private Fretex fretexGuaranteeRanOut(String ref, String name, String strength) {
    String pi = refer("fretex-job-guarantee", "nav-alna", ref, name);
    journey.screen(pi, EngineJourney.screening(strength, "gjenbruk", "norsk", "fast jobb",
        "SUITABLE"));
    journey.submit(pi, TASK_PRESENT_TO_EMPLOYER, Map.of("employerResponse", "INVITE"));
    journey.submit(pi, TASK_INTERVIEW, Map.of("interviewResult", "SELECTED"));
    journey.submit(pi, TASK_DRAFT_PRACTICE_AGREEMENT, draft(LocalDate.now(OSLO), "Fretex Storo"));
    mentorMayBeNamed(pi);
    journey.submit(pi, TASK_EMPLOYER_APPROVES,
        Map.of("employerApproval", "APPROVE", "mentorId", MENTOR));
    journey.submit(pi, TASK_BROKER_APPROVES, Map.of("brokerApproval", "APPROVE"));
    journey.submit(pi, TASK_KAM_APPROVES, Map.of("kamApproval", "APPROVE"));
    journey.fire(pi, TIMER_DECISION_WINDOW_OPENS);
    journey.submit(pi, TASK_DECIDE_END_OF_PRACTICE, Map.of("practiceDecision", "NO_OFFER"));
    journey.fire(pi, CALL_JOB_GUARANTEE);
    String guarantee = runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi)
        .singleResult().getId();
    journey.fire(guarantee, JobGuaranteeProcess.Elements.TIMER_GUARANTEE_EXPIRES);

    Participation ended = journey.participation(pi);
    assertThat(ended.endReason()).isEqualTo(EndReason.GUARANTEE_NOT_MET);
    Commitment offer = journey.commitment(pi, CommitmentKind.DELIVER_GUARANTEE_OFFER, 0);
    String escalation = journey.escalationOf(offer);
    journey.fire(escalation, CommitmentEscalationProcess.Elements.TASK_REMIND_OBLIGOR);
    journey.fire(escalation, CommitmentEscalationProcess.Elements.TIMER_REMINDER_GRACE);
    Task followUp = taskService.createTaskQuery().processInstanceId(escalation).singleResult();
    identityService.setAuthentication(BROKER_LEAD, List.of());
    try {
      formService.submitTaskForm(followUp.getId(), Map.of("resolution", "WAIVE",
          "waivedReason", name + " fikk jobb på egen hånd"));
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(commitments.get(offer.id()).status()).isEqualTo(CommitmentStatus.WAIVED);
    return new Fretex(pi, ended.id(), guarantee, escalation, offer);
  }

  /**
   * KIWI: referred, screened, practice running; the first checkpoint's deadline passes and its
   * escalation reaches the first level. A caseworker claims the checkpoint task, comments on it
   * and on the participation (naming the candidate) and attaches a note; a variable is set by
   * hand: the history holds user operations, comments and an attachment about the candidate.
   */
  private Kiwi kiwiCheckpointEscalated(String ref, String name, String strength) {
    String pi = refer(EngineJourney.KIWI, null, ref, name);
    journey.screen(pi, EngineJourney.screening(strength, "kundeservice", "norsk", "fast jobb",
        "SUITABLE"));
    journey.submit(pi, TASK_PRESENT_TO_EMPLOYER, Map.of("employerResponse", "INVITE"));
    journey.submit(pi, TASK_INTERVIEW, Map.of("interviewResult", "SELECTED"));
    journey.submit(pi, TASK_DRAFT_PRACTICE_AGREEMENT,
        draft(LocalDate.now(OSLO).plusDays(7), "KIWI Bragernes"));
    mentorMayBeNamed(pi);
    journey.practiceApproved(pi, MENTOR);
    String escalation = journey.firstCheckpointEscalated(pi, clock);
    Commitment checkpoint = journey.commitment(pi, CommitmentKind.HOLD_CHECKPOINT, 1);

    Task hold = taskService.createTaskQuery().processInstanceIdIn(PartyDesks.withDesks(runtimeService, pi))
        .taskDefinitionKey(TASK_HOLD_CHECKPOINT).singleResult();
    identityService.setAuthentication(CASEWORKER, List.of("nav-caseworker"));
    try {
      taskService.claim(hold.getId(), CASEWORKER);
      taskService.createComment(hold.getId(), pi, name + " var syk, ny avtale neste uke");
      taskService.createComment(null, pi, "Samtale med " + name);
      taskService.createAttachment("text/plain", hold.getId(), pi, "notat.txt",
          "Notat om " + name, new ByteArrayInputStream(
              ("Oppfølging av " + name).getBytes(StandardCharsets.UTF_8)));
      runtimeService.setVariable(pi, "caseworkerNote", "Ringte " + name);
    } finally {
      identityService.clearAuthentication();
    }
    return new Kiwi(pi, journey.participationId(pi), escalation, checkpoint);
  }

  /**
   * Runs {@code work} as an administrator, with unbounded queries refused as on the server
   * ({@code queryMaxResultsLimit} 1000 applies to an authenticated user).
   */
  private <T> T asAdministrator(Supplier<T> work) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    int limit = configuration.getQueryMaxResultsLimit();
    configuration.setQueryMaxResultsLimit(1000);
    identityService.setAuthentication(ADMIN, List.of("camunda-admin"));
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
      configuration.setQueryMaxResultsLimit(limit);
    }
  }

  /** Submits the referral form of {@code place-and-train} for the candidate. */
  private String refer(String agreementId, String officeId, String ref, String name) {
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(PlaceAndTrainProcess.KEY).latestVersion().singleResult().getId();
    VariableMap values = Variables.createVariables().putValue("agreementId", agreementId)
        .putValue("candidateRef", ref).putValue("candidateDisplayName", name);
    if (officeId != null) {
      values.putValue("navOfficeId", officeId);
    }
    return formService.submitStartForm(definition, values).getId();
  }

  private static VariableMap draft(LocalDate start, String site) {
    return Variables.createVariables().putValue("practiceStartDate", start.toString())
        .putValue("practiceMonths", 3L).putValue("workSite", site);
  }

  /**
   * The mentor exists and belongs to the group the employer's approval checks: {@code mentor},
   * and the participation's own {@code mentorGroup} where the instance names one.
   */
  private void mentorMayBeNamed(String pi) {
    journey.mentorExists(MENTOR);
    Object group = runtimeService.getVariable(pi, "mentorGroup");
    if (group instanceof String mentorGroup && !mentorGroup.isBlank()) {
      if (identityService.createGroupQuery().groupId(mentorGroup).count() == 0) {
        identityService.saveGroup(identityService.newGroup(mentorGroup));
      }
      if (identityService.createUserQuery().userId(MENTOR).memberOfGroup(mentorGroup)
          .count() == 0) {
        identityService.createMembership(MENTOR, mentorGroup);
      }
    }
  }

  private Task openTask(String pi) {
    return taskService.createTaskQuery()
        .processInstanceIdIn(PartyDesks.withDesks(runtimeService, pi)).list().get(0);
  }
}
