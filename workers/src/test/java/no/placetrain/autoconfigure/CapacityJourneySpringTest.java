package no.placetrain.autoconfigure;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.Elements.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.ParticipationStatus;
import no.placetrain.process.placeandtrain.PlaceAndTrainProcess;
import no.placetrain.service.ParticipationService;
import no.placetrain.store.AgreementStore;
import no.placetrain.testapp.TestApplication;
import no.placetrain.testsupport.Agreements;
import no.placetrain.testsupport.PartyDesks;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An agreement's capacity per round on the real engine, models, forms and workers: the employer's
 * selection ({@code interviewResult = SELECTED}) takes a place in {@code Task_TakePlace}, which
 * runs synchronously in the completion of the interview task. When every place is held the
 * completion is refused (a {@link BadUserRequestException}: 400 in Tasklist and REST) and rolled
 * back: the interview task stays open and nothing is recorded. A place frees when a participation
 * holding one ends.
 *
 * <p>Each test refers its candidates to an agreement of its own with two places (inserted as the
 * API would, so the candidates are referred as {@code POST /api/participations} does: a start
 * before {@code Task_RegisterReferral}); the Spring context, and so the database, is shared.
 */
@SpringBootTest(classes = TestApplication.class)
class CapacityJourneySpringTest {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final String MENTOR = "capacitymentor";
  private static final String DISPLAY_NAME = "Testkandidat";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired AgreementStore agreementStore;
  @Autowired ParticipationService participations;

  private String agreementId;

  @BeforeEach
  void anAgreementOfTwoPlacesAndAMentor() {
    agreementId = "capacity-two-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
    agreementStore.insert(
        Agreements.withCapacity(agreementId, 2), AgreementStore.SOURCE_API, Instant.now());
    // the agreement's employer is KIWI: its mentors' group (the catalogue's KIWI made it)
    if (identityService.createGroupQuery().groupId("employer-kiwi-mentor").count() == 0) {
      identityService.saveGroup(identityService.newGroup("employer-kiwi-mentor"));
    }
    if (identityService.createUserQuery().userId(MENTOR).count() == 0) {
      identityService.saveUser(identityService.newUser(MENTOR));
      identityService.createMembership(MENTOR, "employer-kiwi-mentor");
    }
  }

  @Test
  void aSelectionWhileEveryPlaceIsHeldIsRefusedUntilAHolderEnds() {
    String first = atInterview();
    String second = atInterview();
    String third = atInterview();
    String fourth = atInterview();

    select(first);
    select(second);

    for (String pi : new String[] {first, second}) {
      assertThat(participation(pi).selectedAt()).as("selected at").isNotNull();
      assertThat(participation(pi).holdsPlace()).isTrue();
      assertThat(tookPlace(pi)).isTrue();
      assertThat(openTask(pi, TASK_DRAFT_PRACTICE_AGREEMENT)).isNotNull();
    }
    assertThat(placesHeld()).isEqualTo(2);

    // every place is held: the third selection is refused and the interview stays open
    Task interview = openTask(third, TASK_INTERVIEW);
    assertThatThrownBy(() -> select(third))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageStartingWith("interviewResult: ")
        .hasMessageContaining("cannot be SELECTED")
        .hasMessageContaining("every place of the agreement is held (2 of 2)")
        .message().doesNotContain(DISPLAY_NAME, participation(third).candidate().reference());
    assertThat(openTask(third, TASK_INTERVIEW).getId()).as("the same interview task, still open")
        .isEqualTo(interview.getId());
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(interview.getId())
        .singleResult().getEndTime()).as("the interview task is not completed").isNull();
    assertThat(runtimeService.getVariable(third, "interviewResult"))
        .as("the refused completion is rolled back").isNull();
    assertThat(tookPlace(third)).isFalse();
    assertThat(participation(third).selectedAt()).isNull();
    assertThat(participation(third).status()).isEqualTo(ParticipationStatus.ACTIVE);
    assertThat(placesHeld()).isEqualTo(2);

    // the employer may still answer "not selected" while every place is held
    submit(fourth, TASK_INTERVIEW, Map.of("interviewResult", "NOT_SELECTED"));
    assertThat(participation(fourth).status()).isEqualTo(ParticipationStatus.ENDED);
    assertThat(participation(fourth).endReason()).isEqualTo(EndReason.NOT_SELECTED);
    assertThat(participation(fourth).selectedAt()).isNull();

    // the first candidate starts the practice and drops out: the place frees
    practiceRunning(first);
    assertThat(placesHeld()).as("a running practice holds its place").isEqualTo(2);
    dropout(first);
    assertThat(participation(first).status()).isEqualTo(ParticipationStatus.ENDED);
    assertThat(participation(first).endReason()).isEqualTo(EndReason.DROPOUT);
    assertThat(participation(first).holdsPlace()).isFalse();
    assertThat(placesHeld()).isEqualTo(1);

    // the same interview task now completes and the third candidate takes the freed place
    select(third);
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(interview.getId())
        .singleResult().getEndTime()).isNotNull();
    assertThat(openTask(third, TASK_DRAFT_PRACTICE_AGREEMENT)).isNotNull();
    assertThat(tookPlace(third)).isTrue();
    assertThat(participation(third).holdsPlace()).isTrue();
    assertThat(placesHeld()).isEqualTo(2);
  }

  // ---- the journey ------------------------------------------------------------------------

  /** Refers a new candidate (as the API does), screens them SUITABLE and invites them. */
  private String atInterview() {
    String pi = runtimeService.createProcessInstanceByKey(PlaceAndTrainProcess.KEY)
        .setVariables(Variables.createVariables()
            .putValue("agreementId", agreementId)
            .putValue("candidateRef", "REF-CAP-" + SEQUENCE.incrementAndGet())
            .putValue("candidateDisplayName", DISPLAY_NAME))
        .startBeforeActivity(TASK_REGISTER_REFERRAL)
        .execute().getId();
    submit(pi, TASK_SCREEN_CANDIDATE, Variables.createVariables()
        .putValue("candidateSkills", "kasse").putValue("candidateInterests", "kundeservice")
        .putValue("candidateLanguages", "norsk").putValue("candidateMotivation", "fast jobb")
        .putValue("screeningOutcome", "SUITABLE"));
    submit(pi, TASK_PRESENT_TO_EMPLOYER, Map.of("employerResponse", "INVITE"));
    assertThat(openTask(pi, TASK_INTERVIEW)).isNotNull();
    return pi;
  }

  private void select(String pi) {
    submit(pi, TASK_INTERVIEW, Map.of("interviewResult", "SELECTED"));
  }

  /** Drafts the practice (3 months from today), the employer and the KAM approve. */
  private void practiceRunning(String pi) {
    submit(pi, TASK_DRAFT_PRACTICE_AGREEMENT, Variables.createVariables()
        .putValue("practiceStartDate", LocalDate.now(OSLO).toString())
        .putValue("practiceMonths", 3L).putValue("workSite", "KIWI Bragernes"));
    submit(pi, TASK_EMPLOYER_APPROVES, Map.of("employerApproval", "APPROVE", "mentorId", MENTOR));
    submit(pi, TASK_KAM_APPROVES, Map.of("kamApproval", "APPROVE"));
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi)
        .activityId(TASK_SCHEDULE_PRACTICE).finished().count()).as("practice scheduled")
        .isEqualTo(1);
  }

  private void dropout(String pi) {
    runtimeService.createMessageCorrelation(PlaceAndTrainProcess.MESSAGE_DROPOUT)
        .processInstanceBusinessKey(participationId(pi))
        .setVariable(PlaceAndTrainProcess.DROPOUT_REASON.name(), "FOUND_OTHER_JOB")
        .correlate();
  }

  /** Submits the form of the open task {@code taskKey}, as Tasklist does. */
  private void submit(String pi, String taskKey, Map<String, Object> values) {
    formService.submitTaskForm(openTask(pi, taskKey).getId(), values);
  }

  private Task openTask(String pi, String taskKey) {
    Task task = taskService.createTaskQuery()
        .processInstanceIdIn(PartyDesks.withDesks(runtimeService, pi)).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    return task;
  }

  // ---- what the participations left ------------------------------------------------------

  private String participationId(String pi) {
    return (String) historyService.createHistoricVariableInstanceQuery().processInstanceId(pi)
        .variableName(PlaceAndTrainProcess.PARTICIPATION_ID.name()).singleResult().getValue();
  }

  private Participation participation(String pi) {
    return participations.get(participationId(pi));
  }

  /** Whether Task_TakePlace completed in the instance. */
  private boolean tookPlace(String pi) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(pi)
        .activityId(TASK_TAKE_PLACE).finished().count() > 0;
  }

  private long placesHeld() {
    return participations.ofAgreement(agreementId).stream().filter(Participation::holdsPlace)
        .count();
  }
}
