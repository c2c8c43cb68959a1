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
 * The called process {@code employer-desk}: one employer's task ({@code desk} = its id, the id of
 * the calling call activity in place-and-train) with that task's Camunda Form and the employer
 * group as its only candidate; the office's grants come from {@code employerDeskAccess} at the start.
 * {@link #INPUTS} is the contract of what a desk may hold: what the form shows (docs/access.md).
 */
@Deployment(resources = EmployerDeskProcessTest.EMPLOYER_DESK_BPMN)
class EmployerDeskProcessTest {

  static final String EMPLOYER_DESK_BPMN = "placetrain/processes/employer-desk.bpmn";
  static final String PROCESS_KEY = "employer-desk";

  private static final List<String> STRENGTHS =
      List.of("candidateSkills", "candidateInterests", "candidateLanguages", "candidateMotivation");

  /** Per task: the variables place-and-train passes in (besides desk and employerGroup). */
  static final Map<String, Set<String>> INPUTS = Map.of(
      "Task_PresentToEmployer", with(STRENGTHS, "candidateDisplayName", "agreementName"),
      "Task_SpeedInterview", with(STRENGTHS, "candidateDisplayName", "agreementName"),
      "Task_Interview", with(STRENGTHS, "candidateDisplayName", "agreementName"),
      "Task_EmployerApproves", with(STRENGTHS, "candidateDisplayName", "agreementName", "employerName",
          "brokerInvolved", "brokerName", "practiceStartDate", "practiceMonths", "workSite", "mentorGroup",
          "mentorId"),
      "Task_DecideEndOfPractice", with(List.of(), "candidateDisplayName", "agreementName",
          "practiceTotalMonths", "practiceMaxMonths"));

  /** Per task: its form and the fields it gives back. */
  static final Map<String, String> FORMS = Map.of(
      "Task_PresentToEmployer", "form-present-to-employer",
      "Task_SpeedInterview", "form-speed-interview",
      "Task_Interview", "form-interview",
      "Task_EmployerApproves", "form-employer-approval",
      "Task_DecideEndOfPractice", "form-end-of-practice");

  private static final String EMPLOYER_GROUP = "employer-kiwi";

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
    Mocks.register("employerDeskAccess",
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
        Arguments.of("Task_DecideEndOfPractice", withVariables("practiceDecision", "NO_OFFER")));
  }

  @ParameterizedTest
  @MethodSource("desks")
  void theDeskShowsItsTaskWithItsFormToTheEmployerOnly(String desk, Map<String, Object> answer) {
    Map<String, Object> variables = new HashMap<>();
    INPUTS.get(desk).forEach(name -> variables.put(name, "x"));
    variables.put("desk", desk);
    variables.put("employerGroup", EMPLOYER_GROUP);
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
        .map(IdentityLink::getGroupId)).containsExactly(EMPLOYER_GROUP);

    complete(task(desk, pi), answer);
    assertThat(pi).isEnded().hasPassed(desk, "EndEvent_Answered");
  }
}
