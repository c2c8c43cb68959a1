package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.EMPLOYER_APPROVAL;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.EMPLOYER_NAME;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.MENTOR_GROUP;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.MENTOR_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import no.placetrain.testsupport.FakeExecution;
import no.placetrain.testsupport.RecordingViolations;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.UserQuery;
import org.junit.jupiter.api.Test;

class MentorCheckTest {

  private final IdentityService identityService = mock(IdentityService.class);
  private final UserQuery query = mock(UserQuery.class, RETURNS_SELF);
  private final MentorCheck check = new MentorCheck(() -> identityService);
  private final RecordingViolations violations = new RecordingViolations();

  private void mentorsFound(long count) {
    when(identityService.createUserQuery()).thenReturn(query);
    when(query.count()).thenReturn(count);
  }

  @Test
  void appliesToTheEmployersApprovalOnly() {
    assertThat(check.appliesTo("party-desk", "Task_EmployerApproves")).isTrue();
    assertThat(check.appliesTo("place-and-train", "Task_EmployerApproves"))
        .as("the call activity, not the employer's task").isFalse();
    assertThat(check.appliesTo("place-and-train", "Task_BrokerApproves")).isFalse();
  }

  @Test
  void aMemberOfTheEmployersMentorGroupPasses() {
    mentorsFound(1);

    check.check(FakeExecution.processInstance().with(MENTOR_GROUP, "employer-kiwi-mentor")
        .with(EMPLOYER_APPROVAL, "APPROVE").with(MENTOR_ID, "ola.mentor"), violations);

    assertThat(violations.byField()).isEmpty();
    verify(query).userId("ola.mentor");
    verify(query).memberOfGroup("employer-kiwi-mentor");
  }

  @Test
  void someoneOutsideTheGroupIsAViolation() {
    mentorsFound(0);

    check.check(FakeExecution.processInstance().with(MENTOR_GROUP, "employer-kiwi-mentor")
        .with(EMPLOYER_APPROVAL, "APPROVE").with(MENTOR_ID, "kari.kam"), violations);

    assertThat(violations.byField())
        .containsEntry("mentorId", "must be a user of the group employer-kiwi-mentor");
  }

  @Test
  void anInstanceWithoutTheMentorGroupUsesTheGroupOfItsEmployersName() {
    mentorsFound(1);

    check.check(FakeExecution.processInstance().with(EMPLOYER_NAME, "Nordic Choice Hotels")
        .with(EMPLOYER_APPROVAL, "APPROVE").with(MENTOR_ID, "ola.mentor"), violations);

    assertThat(violations.byField()).isEmpty();
    verify(query).memberOfGroup("employer-nordic-choice-hotels-mentor");
  }

  @Test
  void withoutAnEmployerTheMentorCannotBeChecked() {
    check.check(FakeExecution.processInstance()
        .with(EMPLOYER_APPROVAL, "APPROVE").with(MENTOR_ID, "ola.mentor"), violations);

    assertThat(violations.byField()).containsEntry("mentorId",
        "cannot be checked: the participation names no employer");
    verifyNoInteractions(identityService);
  }

  @Test
  void aMissingMentorOnApprovalIsAViolation() {
    check.check(FakeExecution.processInstance().with(EMPLOYER_APPROVAL, "APPROVE"), violations);

    assertThat(violations.byField()).containsEntry("mentorId", "is required");
  }

  @Test
  void aRejectionNeedsNoMentor() {
    check.check(FakeExecution.processInstance().with(EMPLOYER_APPROVAL, "REJECT"), violations);

    assertThat(violations.byField()).isEmpty();
    verifyNoInteractions(identityService);
  }
}
