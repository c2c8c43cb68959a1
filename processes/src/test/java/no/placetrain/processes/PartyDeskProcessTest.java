package no.placetrain.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The called process {@code party-desk}: one task of a party outside NAV ({@code desk} = its id,
 * the id of the calling call activity in place-and-train or job-guarantee) with that task's Camunda
 * Form and the party's group as its only candidate group (the checkpoint: the KAM group, and the
 * mentor as candidate user); the office's grants come from {@code partyDeskAccess} at the start.
 * {@link #INPUTS} is the contract of what a desk may hold: what the form shows (docs/access.md).
 */
@Deployment(resources = PartyDeskProcessTest.PARTY_DESK_BPMN)
class PartyDeskProcessTest {

  static final String PARTY_DESK_BPMN = "placetrain/processes/party-desk.bpmn";
  static final String PROCESS_KEY = "party-desk";

  private static final List<String> STRENGTHS =
      List.of("candidateSkills", "candidateInterests", "candidateLanguages", "candidateMotivation");

  /** Per task: the variable naming its candidate group, passed in as well. */
  static final Map<String, String> GROUPS = Map.of(
      "Task_PresentToEmployer", "employerGroup",
      "Task_SpeedInterview", "employerGroup",
      "Task_Interview", "employerGroup",
      "Task_EmployerApproves", "employerGroup",
      "Task_DecideEndOfPractice", "employerGroup",
      "Task_BrokerApproves", "brokerGroup",
      "Task_HoldCheckpoint", "kamGroup",
      "Task_RecordGuaranteeOffer", "brokerGroup");

  /** Per task: the variables the caller passes in (besides desk and the group of {@link #GROUPS}). */
  static final Map<String, Set<String>> INPUTS = Map.of(
      "Task_PresentToEmployer", with(STRENGTHS, "candidateDisplayName", "agreementName"),
      "Task_SpeedInterview", with(STRENGTHS, "candidateDisplayName", "agreementName"),
      "Task_Interview", with(STRENGTHS, "candidateDisplayName", "agreementName"),
      "Task_EmployerApproves", with(STRENGTHS, "candidateDisplayName", "agreementName", "employerName",
          "brokerInvolved", "brokerName", "practiceStartDate", "practiceMonths", "workSite", "mentorGroup",
          "mentorId"),
      "Task_DecideEndOfPractice", with(List.of(), "candidateDisplayName", "agreementName",
          "practiceTotalMonths", "practiceMaxMonths"),
      "Task_BrokerApproves", with(List.of(), "candidateDisplayName", "agreementName", "employerName",
          "brokerInvolved", "brokerName", "practiceStartDate", "practiceMonths", "workSite"),
      "Task_HoldCheckpoint", with(List.of(), "candidateDisplayName", "checkpointNumber",
          "personalMattersOpen", "mentorId"),
      "Task_RecordGuaranteeOffer", with(List.of(), "candidateDisplayName", "agreementName",
          "offersRecorded"));

  /** Per task: its form and the fields it gives back. */
  static final Map<String, String> FORMS = Map.of(
      "Task_PresentToEmployer", "form-present-to-employer",
      "Task_SpeedInterview", "form-speed-interview",
      "Task_Interview", "form-interview",
      "Task_EmployerApproves", "form-employer-approval",
      "Task_DecideEndOfPractice", "form-end-of-practice",
      "Task_BrokerApproves", "form-broker-approval",
      "Task_HoldCheckpoint", "form-hold-checkpoint",
      "Task_RecordGuaranteeOffer", "form-guarantee-offer");

  private static final String PARTY_GROUP = "party-kiwi";

  @RegisterExtension
  static ProcessEngineCoverageExtension extension =
      ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml").assertClassCoverageAtLeast(0.9).build();

  private final List<String> granted = new ArrayList<>();

  private static Set<String> with(List<String> some, String... more) {
    return Set.copyOf(Stream.concat(some.stream(), Stream.of(more)).toList());
  }

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(extension.getProcessEngine());
    Mocks.register("partyDeskAccess",
        (ExecutionListener) execution -> granted.add(execution.getProcessInstanceId()));
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
  }

  static Stream<Arguments> desks() {
    return Stream.of(
        Arguments.of("Task_PresentToEmployer", withVariables("employerResponse", "INVITE")),
        Arguments.of("Task_SpeedInterview", withVariables("interviewResult", "SELECTED")),
        Arguments.of("Task_Interview", withVariables("interviewResult", "NOT_SELECTED")),
        Arguments.of("Task_EmployerApproves", withVariables("employerApproval", "APPROVE", "mentorId", "kari")),
        Arguments.of("Task_DecideEndOfPractice", withVariables("practiceDecision", "NO_OFFER")),
        Arguments.of("Task_BrokerApproves", withVariables("brokerApproval", "APPROVE")),
        Arguments.of("Task_HoldCheckpoint", withVariables("checkpointResult", "COMPLETED",
            "checkpointRisk", false, "personalMattersOpen", true)),
        Arguments.of("Task_RecordGuaranteeOffer", withVariables("offerEmployer", "Fretex Alnabru",
            "offerRelevance", "RELEVANT", "offerContractType", "PERMANENT")));
  }

  @ParameterizedTest
  @MethodSource("desks")
  void theDeskShowsItsTaskWithItsFormToItsPartyOnly(String desk, Map<String, Object> answer) {
    Map<String, Object> variables = new HashMap<>();
    INPUTS.get(desk).forEach(name -> variables.put(name, "x"));
    variables.put("desk", desk);
    variables.put(GROUPS.get(desk), PARTY_GROUP);
    ProcessInstance pi = extension.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, variables);

    assertThat(granted).as("the office is granted the desk at its start").containsExactly(pi.getId());
    assertThat(pi).isWaitingAtExactly(desk);
    Task task = extension.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .initializeFormKeys().singleResult();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(desk);
    assertThat(task.getCamundaFormRef().getKey()).isEqualTo(FORMS.get(desk));
    assertThat(task.getCamundaFormRef().getBinding()).isEqualTo("deployment");
    assertThat(extension.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId).filter(group -> group != null)).containsExactly(PARTY_GROUP);
    assertThat(extension.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getUserId).filter(user -> user != null))
        .as("the mentor is a candidate user of the checkpoint only")
        .containsExactlyElementsOf(desk.equals("Task_HoldCheckpoint") ? List.of("x") : List.of());

    complete(task(desk, pi), answer);
    assertThat(pi).isEnded().hasPassed(desk, "EndEvent_Answered");
  }
}
