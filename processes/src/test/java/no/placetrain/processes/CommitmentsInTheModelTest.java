package no.placetrain.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code place-and-train} has every commitment of the table in {@code docs/agreements.md}
 * ("Commitments in the models") wired as the table says: opened by a service task just before the
 * obligor's task, watched by a non-interrupting boundary timer on that task that reads the due
 * variable, escalated by a service task that ends in its own end event, and met by a service task
 * right after the obligor's task, each with the inputs of its worker. Nothing opens, meets or
 * escalates a commitment the table does not name. (The runs themselves are in
 * {@link PlaceAndTrainProcessTest}.)
 */
class CommitmentsInTheModelTest {

  static final Path AGREEMENTS_CONTRACT = Path.of("..", "docs", "agreements.md");
  static final Path MODEL = Path.of("src", "main", "resources", PlaceAndTrainProcessTest.PLACE_AND_TRAIN_BPMN);

  static final String OPEN = "${openCommitmentWorker}";
  static final String MEET = "${meetCommitmentWorker}";
  static final String ESCALATE = "${escalateCommitmentWorker}";
  /** Inputs a meet task may map beyond the kind and sequence (see docs/models.md). */
  static final Set<String> MEET_EXTRA_INPUTS = Set.of("confirmed");

  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern ANCHOR = Pattern.compile("\\banchor `([^`]+)`");
  private static final Pattern SEQUENCE = Pattern.compile("\\bsequence `([^`]+)`");
  private static final Pattern WATCHED = Pattern.compile("\\bon `?(Task_\\w+)`?");
  private static final Pattern EVENT_SUBPROCESS = Pattern.compile("\\bin `(EventSubprocess_\\w+)`");

  /** One row of the table. */
  record Row(String kind, String anchor, String sequence, String open, String eventSubprocess,
      String due, String boundary, String watched, String escalate, String escalated, String meet) {

    @Override
    public String toString() {
      return kind;
    }
  }

  static List<Row> rows;
  static BpmnModelInstance model;

  @BeforeAll
  static void load() throws IOException {
    rows = rowsOfTheContract();
    model = Bpmn.readModelFromFile(MODEL.toFile());
  }

  @Test
  void theContractNamesACommitmentPerKindOfTheProcess() {
    assertThat(rows).extracting(Row::kind).containsExactly("SCREEN_REFERRAL", "ANSWER_PRESENTATION",
        "ASSIGN_MENTOR", "HOLD_CHECKPOINT", "DECIDE_END_OF_PRACTICE", "RESOLVE_PERSONAL_MATTERS");
  }

  @Test
  void everyCommitmentIsOpenedJustBeforeTheObligorsTask() {
    SoftAssertions softly = new SoftAssertions();
    for (Row row : rows) {
      ServiceTask open = serviceTask(softly, row, row.open(), OPEN);
      if (open == null) {
        continue;
      }
      Map<String, String> expected = new LinkedHashMap<>();
      expected.put("commitmentKind", row.kind());
      expected.put("dueVariable", row.due());
      if (row.anchor() != null) {
        expected.put("anchor", row.anchor());
      }
      if (row.sequence() != null) {
        expected.put("sequence", row.sequence());
      }
      softly.assertThat(inputs(open)).as("%s: inputs of %s", row, row.open())
          .containsExactlyInAnyOrderEntriesOf(expected);
      softly.assertThat(nextActivities(open)).as("%s: what %s leads to (through gateways)", row,
          row.open()).contains(row.watched());
      if (row.eventSubprocess() != null) {
        ModelElementInstance parent = open.getParentElement();
        softly.assertThat(parent instanceof SubProcess sub && sub.triggeredByEvent()
            && sub.getId().equals(row.eventSubprocess()))
            .as("%s: %s is in the event subprocess %s", row, row.open(), row.eventSubprocess())
            .isTrue();
      }
    }
    softly.assertAll();
  }

  @Test
  void everyCommitmentIsWatchedByANonInterruptingTimerOnTheObligorsTask() {
    SoftAssertions softly = new SoftAssertions();
    for (Row row : rows) {
      ModelElementInstance watched = model.getModelElementById(row.watched());
      if (PartyDeskProcessTest.INPUTS.containsKey(row.watched())) {
        softly.assertThat(watched).as("%s: %s is the call activity of the party's desk", row, row.watched())
            .isInstanceOf(CallActivity.class);
      } else {
        softly.assertThat(watched).as("%s: %s is a user task", row, row.watched()).isInstanceOf(UserTask.class);
      }
      ModelElementInstance element = model.getModelElementById(row.boundary());
      if (!(element instanceof BoundaryEvent boundary)) {
        softly.fail("%s: %s is not a boundary event", row, row.boundary());
        continue;
      }
      softly.assertThat(boundary.getAttachedTo().getId()).as("%s: %s attached to", row, row.boundary())
          .isEqualTo(row.watched());
      softly.assertThat(boundary.cancelActivity()).as("%s: %s interrupts", row, row.boundary()).isFalse();
      List<TimerEventDefinition> timers = boundary.getEventDefinitions().stream()
          .filter(TimerEventDefinition.class::isInstance).map(TimerEventDefinition.class::cast).toList();
      softly.assertThat(timers).as("%s: timer of %s", row, row.boundary()).hasSize(1);
      timers.stream().findFirst().ifPresent(timer -> {
        softly.assertThat(timer.getTimeDate()).as("%s: %s has a timeDate", row, row.boundary()).isNotNull();
        if (timer.getTimeDate() != null) {
          softly.assertThat(timer.getTimeDate().getTextContent().strip())
              .as("%s: timeDate of %s", row, row.boundary()).isEqualTo("${" + row.due() + "}");
        }
      });
      softly.assertThat(targets(boundary)).as("%s: %s leads to", row, row.boundary())
          .containsExactly(row.escalate());
    }
    softly.assertAll();
  }

  @Test
  void anOverdueCommitmentIsEscalatedAndTheEscalationBranchEnds() {
    SoftAssertions softly = new SoftAssertions();
    for (Row row : rows) {
      ServiceTask escalate = serviceTask(softly, row, row.escalate(), ESCALATE);
      if (escalate == null) {
        continue;
      }
      Map<String, String> expected = new LinkedHashMap<>();
      expected.put("commitmentKind", row.kind());
      if (row.sequence() != null) {
        expected.put("sequence", row.sequence());
      }
      softly.assertThat(inputs(escalate)).as("%s: inputs of %s", row, row.escalate())
          .containsExactlyInAnyOrderEntriesOf(expected);
      softly.assertThat(targets(escalate)).as("%s: %s leads to", row, row.escalate())
          .containsExactly(row.escalated());
      softly.assertThat(model.<ModelElementInstance>getModelElementById(row.escalated()))
          .as("%s: %s", row, row.escalated()).isInstanceOf(EndEvent.class);
    }
    softly.assertAll();
  }

  @Test
  void everyCommitmentIsMetRightAfterTheObligorsTask() {
    SoftAssertions softly = new SoftAssertions();
    for (Row row : rows) {
      ServiceTask meet = serviceTask(softly, row, row.meet(), MEET);
      if (meet == null) {
        continue;
      }
      Map<String, String> inputs = new LinkedHashMap<>(inputs(meet));
      softly.assertThat(inputs).as("%s: inputs of %s", row, row.meet())
          .containsEntry("commitmentKind", row.kind());
      if (row.sequence() != null) {
        softly.assertThat(inputs).as("%s: inputs of %s", row, row.meet())
            .containsEntry("sequence", row.sequence());
      } else {
        softly.assertThat(inputs).as("%s: inputs of %s", row, row.meet()).doesNotContainKey("sequence");
      }
      inputs.keySet().removeAll(Set.of("commitmentKind", "sequence"));
      softly.assertThat(MEET_EXTRA_INPUTS).as("%s: further inputs of %s", row, row.meet())
          .containsAll(inputs.keySet());
      FlowNode watched = model.getModelElementById(row.watched());
      if (watched != null) {
        softly.assertThat(nextActivities(watched)).as("%s: what %s leads to (through gateways)", row,
            row.watched()).contains(row.meet());
      }
    }
    softly.assertAll();
  }

  @Test
  void nothingOpensMeetsOrEscalatesACommitmentTheContractDoesNotName() {
    Set<String> named = rows.stream()
        .flatMap(r -> java.util.stream.Stream.of(r.open(), r.meet(), r.escalate()))
        .collect(Collectors.toSet());
    List<String> commitmentTasks = model.getModelElementsByType(ServiceTask.class).stream()
        .filter(t -> Set.of(OPEN, MEET, ESCALATE).contains(t.getCamundaDelegateExpression()))
        .map(ServiceTask::getId).toList();
    assertThat(commitmentTasks).containsExactlyInAnyOrderElementsOf(named);
  }

  // --- helpers

  private static ServiceTask serviceTask(SoftAssertions softly, Row row, String id, String bean) {
    ModelElementInstance element = model.getModelElementById(id);
    if (!(element instanceof ServiceTask task)) {
      softly.fail("%s: %s is not a service task of %s", row, id, MODEL);
      return null;
    }
    softly.assertThat(task.getCamundaDelegateExpression()).as("%s: delegate expression of %s", row, id)
        .isEqualTo(bean);
    return task;
  }

  private static Map<String, String> inputs(FlowNode node) {
    Map<String, String> inputs = new LinkedHashMap<>();
    if (node.getExtensionElements() != null) {
      for (CamundaInputOutput io : node.getExtensionElements().getElementsQuery()
          .filterByType(CamundaInputOutput.class).list()) {
        for (CamundaInputParameter p : io.getCamundaInputParameters()) {
          inputs.put(p.getCamundaName(), p.getTextContent().strip());
        }
      }
    }
    return inputs;
  }

  private static List<String> targets(FlowNode node) {
    return node.getOutgoing().stream().map(f -> f.getTarget().getId()).toList();
  }

  /** The activities and events the node's outgoing flows reach, passing through gateways only. */
  private static Set<String> nextActivities(FlowNode node) {
    Set<String> found = new HashSet<>();
    Set<String> seen = new HashSet<>();
    Deque<FlowNode> todo = new ArrayDeque<>();
    node.getOutgoing().stream().map(SequenceFlow::getTarget).forEach(todo::add);
    while (!todo.isEmpty()) {
      FlowNode next = todo.pop();
      if (!seen.add(next.getId())) {
        continue;
      }
      if (next instanceof Gateway) {
        next.getOutgoing().stream().map(SequenceFlow::getTarget).forEach(todo::add);
      } else {
        found.add(next.getId());
      }
    }
    return found;
  }

  /** The rows of the table "commitment | opened by (after) | due variable | watched on | … ". */
  static List<Row> rowsOfTheContract() throws IOException {
    assertThat(AGREEMENTS_CONTRACT).as("the agreements' contract").isRegularFile();
    List<String> lines = Files.readAllLines(AGREEMENTS_CONTRACT);
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("| commitment | opened by")) {
        header = i;
        break;
      }
    }
    assertThat(header).as("the table '| commitment | opened by …' in %s", AGREEMENTS_CONTRACT)
        .isNotNegative();
    List<Row> found = new ArrayList<>();
    for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String[] cells = lines.get(i).split("\\|");
      assertThat(cells).as("cells of %s", lines.get(i)).hasSizeGreaterThanOrEqualTo(7);
      String kind = cells[1].strip().split("\\s+")[0];
      found.add(new Row(kind,
          first(ANCHOR, cells[1]).orElse(null),
          first(SEQUENCE, cells[1]).orElse(null),
          code(cells[2], "Task_Open"),
          first(EVENT_SUBPROCESS, cells[2]).orElse(null),
          code(cells[3], ""),
          code(cells[4], "Boundary_"),
          first(WATCHED, cells[4]).orElseThrow(() -> new AssertionError("no 'on Task_…' in " + cells[4])),
          code(cells[5], "Task_Escalate"),
          code(cells[5], "EndEvent_"),
          code(cells[6], "Task_Meet")));
    }
    return found;
  }

  private static Optional<String> first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The first `code` of a cell that starts with {@code prefix}. */
  private static String code(String cell, String prefix) {
    Matcher m = CODE.matcher(cell);
    while (m.find()) {
      if (m.group(1).startsWith(prefix)) {
        return m.group(1);
      }
    }
    throw new AssertionError("no `" + prefix + "…` in the cell '" + cell.strip() + "' of " + AGREEMENTS_CONTRACT);
  }
}
