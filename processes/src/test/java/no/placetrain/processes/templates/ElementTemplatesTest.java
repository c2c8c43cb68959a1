package no.placetrain.processes.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Camunda Modeler element templates in {@code .camunda/element-templates/placetrain-workers.json}
 * (one per worker bean, so no process owner types a bean name) agree with the models and with the
 * contracts in {@code docs/models.md} and {@code docs/agreements.md}.
 *
 * <p>Paths are relative to the {@code processes} module, Maven's working directory for its tests.
 * The templates use the Camunda 7 template schema only as far as Camunda Modeler 5.x supports it:
 * a {@code Hidden} {@code camunda:delegateExpression} property binding and
 * {@code camunda:inputParameter} bindings. An input marked {@code "optional": true} has no
 * {@code type}, so Modeler renders its standard input component with the "Local variable
 * assignment" switch, and a task may leave that input out ({@code closingDetail}). An input with no
 * sensible default (a name that differs per task, {@code dueVariable}) has none, but
 * {@code constraints.notEmpty} and a {@code constraints.pattern} instead, so Modeler asks for it
 * and checks it.
 */
class ElementTemplatesTest {

  static final Path TEMPLATES =
      Path.of("..", ".camunda", "element-templates", "placetrain-workers.json");
  static final Path MODELS = Path.of("src", "main", "resources", "placetrain", "processes");
  static final Path CONTRACT = Path.of("..", "docs", "models.md");
  static final Path AGREEMENTS_CONTRACT = Path.of("..", "docs", "agreements.md");

  static final String C7_SCHEMA =
      "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
  static final String DELEGATE_EXPRESSION = "camunda:delegateExpression";
  static final String INPUT_PARAMETER = "camunda:inputParameter";
  /** Property types of Camunda 7 templates that an input parameter binding accepts. */
  static final Set<String> INPUT_TYPES = Set.of("String", "Text", "Hidden", "Dropdown");
  static final Pattern TEMPLATE_ID = Pattern.compile("no\\.placetrain\\.worker\\.([a-z][A-Za-z]*)");
  static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{([a-z][A-Za-z]*Worker)}");
  /** A row of the closing table: | Task_CloseX | OUTCOME | REASON | detail |. */
  static final Pattern CLOSING_ROW =
      Pattern.compile("^\\|\\s*(Task_Close\\w+)\\s*\\|\\s*([A-Z_]+)\\s*\\|\\s*([A-Z_]+)\\s*\\|");
  /** A row of the table of commitment kinds: | `KIND` | `OBLIGOR` | `ANCHOR` | met when |. */
  static final Pattern KIND_ROW =
      Pattern.compile("^\\|\\s*`([A-Z][A-Z_]+)`\\s*\\|\\s*`([A-Z_]+)`\\s*\\|\\s*`([A-Z_]+)`");
  /** A constant input of recordCommitmentWorker in the escalation model: commitmentStatus=MET_LATE. */
  static final Pattern RESOLUTION_INPUT = Pattern.compile("\\bcommitmentStatus=([A-Z_]+)\\b");

  static JsonNode root;
  static List<Template> templates;
  static List<Task> tasks;

  /** One input parameter binding of a template. */
  record Input(String name, JsonNode property) {

    String type() {
      return property.path("type").asText(null);
    }

    boolean optional() {
      return property.path("optional").asBoolean(false);
    }

    Optional<String> defaultValue() {
      return property.hasNonNull("value") ? Optional.of(property.get("value").asText())
          : Optional.empty();
    }

    /** The regular expression of {@code constraints.pattern} (a string or {@code {value, message}}). */
    Optional<String> pattern() {
      JsonNode pattern = property.path("constraints").path("pattern");
      String value = pattern.isTextual() ? pattern.asText() : pattern.path("value").asText(null);
      return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    List<String> choices() {
      return stream(property.path("choices")).map(c -> c.path("value").asText(null)).toList();
    }
  }

  /** A template, reduced to what the models bind. */
  record Template(String id, int version, String delegateExpression, Map<String, Input> inputs) {

    Set<String> requiredInputs() {
      return inputs.values().stream().filter(i -> !i.optional()).map(Input::name)
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  /** A service task of a model, with its input parameters (name → text content). */
  record Task(String file, String id, String delegateExpression, String modelerTemplate,
      String modelerTemplateVersion, Map<String, String> inputs) {

    @Override
    public String toString() {
      return id + " (" + file + ")";
    }
  }

  @BeforeAll
  static void load() throws IOException {
    assertThat(TEMPLATES).as("element templates file (from %s)", Path.of("").toAbsolutePath())
        .isRegularFile();
    ObjectMapper mapper = new ObjectMapper()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    root = mapper.readTree(TEMPLATES.toFile());
    templates = stream(root).filter(JsonNode::isObject).map(ElementTemplatesTest::template).toList();
    tasks = serviceTasks();
  }

  @Test
  void fileIsAJsonArrayOfTemplatesWithUniqueIds() {
    assertThat(root.isArray()).as("%s must be a JSON array of templates", TEMPLATES).isTrue();
    assertThat(root).as("templates").isNotEmpty();
    List<String> ids = stream(root).map(t -> t.path("id").asText(null)).toList();
    assertThat(ids).as("template ids").doesNotContainNull().doesNotHaveDuplicates();
    List<String> beans = templates.stream().map(Template::delegateExpression).toList();
    assertThat(beans).as("delegate expressions: one template per worker bean")
        .doesNotHaveDuplicates();
  }

  @Test
  void everyTemplateHasTheRequiredKeysAndAHiddenDelegateExpression() {
    SoftAssertions softly = new SoftAssertions();
    int index = 0;
    for (JsonNode t : root) {
      String at = "template #" + index++ + " (" + t.path("id").asText("no id") + ")";
      if (!t.isObject()) {
        softly.fail("%s: not a JSON object", at);
        continue;
      }
      softly.assertThat(t.path("$schema").asText()).as("%s: $schema (Camunda 7)", at)
          .isEqualTo(C7_SCHEMA);
      softly.assertThat(t.path("name").asText()).as("%s: name", at).isNotBlank();
      softly.assertThat(t.path("id").asText()).as("%s: id", at).matches(TEMPLATE_ID);
      softly.assertThat(t.path("version").isInt() && t.path("version").asInt() == 1)
          .as("%s: version must be the integer 1", at).isTrue();
      softly.assertThat(stream(t.path("appliesTo")).map(JsonNode::asText).toList())
          .as("%s: appliesTo", at).containsExactly("bpmn:ServiceTask");
      softly.assertThat(t.path("properties").isArray()).as("%s: properties array", at).isTrue();

      List<JsonNode> delegate = stream(t.path("properties"))
          .filter(p -> "property".equals(p.path("binding").path("type").asText())
              && DELEGATE_EXPRESSION.equals(p.path("binding").path("name").asText()))
          .toList();
      softly.assertThat(delegate).as("%s: one %s property binding", at, DELEGATE_EXPRESSION)
          .hasSize(1);
      delegate.stream().findFirst().ifPresent(p -> {
        softly.assertThat(p.path("type").asText()).as("%s: delegate expression type", at)
            .isEqualTo("Hidden");
        String value = p.path("value").asText();
        Matcher bean = BEAN_EXPRESSION.matcher(value);
        softly.assertThat(bean.matches()).as("%s: delegate expression %s is ${…Worker}", at, value)
            .isTrue();
        Matcher id = TEMPLATE_ID.matcher(t.path("id").asText());
        if (bean.matches() && id.matches()) {
          softly.assertThat(bean.group(1)).as("%s: the id names the bean", at)
              .isEqualTo(id.group(1) + "Worker");
        }
      });

      Set<String> inputNames = new HashSet<>();
      for (JsonNode p : t.path("properties")) {
        JsonNode binding = p.path("binding");
        String kind = binding.path("type").asText();
        String name = binding.path("name").asText();
        softly.assertThat(kind).as("%s: binding type of %s", at, p)
            .isIn("property", INPUT_PARAMETER);
        if ("property".equals(kind)) {
          softly.assertThat(name).as("%s: property bindings", at).isEqualTo(DELEGATE_EXPRESSION);
          continue;
        }
        String input = at + ", input '" + name + "'";
        softly.assertThat(name).as("%s: binding name", input).isNotBlank();
        softly.assertThat(inputNames.add(name)).as("%s: bound twice", input).isTrue();
        softly.assertThat(p.path("label").asText()).as("%s: label", input).isNotBlank();
        String type = p.path("type").asText(null);
        boolean optional = p.path("optional").asBoolean(false);
        if (optional) {
          // Camunda 7 has no "optional": without a type Modeler shows the on/off switch
          softly.assertThat(type).as("%s: optional inputs have no type", input).isNull();
        } else {
          softly.assertThat(type).as("%s: type", input).isIn(INPUT_TYPES);
          Input bound = new Input(name, p);
          if (bound.defaultValue().isEmpty()) {
            // no default: Modeler must ask for the value and check it
            softly.assertThat(p.path("constraints").path("notEmpty").asBoolean(false))
                .as("%s: without a default value it needs constraints.notEmpty", input).isTrue();
            softly.assertThat(bound.pattern())
                .as("%s: without a default value it needs a constraints.pattern", input).isPresent();
          } else {
            softly.assertThat(p.path("value").asText()).as("%s: default value", input).isNotBlank();
          }
        }
        new Input(name, p).pattern().ifPresent(pattern -> softly.assertThatCode(
            () -> Pattern.compile(pattern)).as("%s: constraints.pattern", input)
            .doesNotThrowAnyException());
        if (p.path("constraints").path("pattern").isObject()) {
          softly.assertThat(p.path("constraints").path("pattern").path("message").asText())
              .as("%s: constraints.pattern.message", input).isNotBlank();
        }
        if ("Dropdown".equals(type)) {
          List<String> choices = new Input(name, p).choices();
          softly.assertThat(choices).as("%s: choices", input).isNotEmpty().doesNotContainNull()
              .doesNotHaveDuplicates();
          stream(p.path("choices")).forEach(c -> softly.assertThat(c.path("name").asText())
              .as("%s: choice name", input).isNotBlank());
          softly.assertThat(p.path("value").asText()).as("%s: default is a choice", input)
              .isIn(choices);
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void everyServiceTaskHasTheTemplateOfItsWorkerWithTheSameInputs() {
    assertThat(tasks).as("service tasks in %s", MODELS).isNotEmpty();
    Map<String, Template> byBean = templatesByDelegateExpression();
    SoftAssertions softly = new SoftAssertions();
    for (Task task : tasks) {
      Template template = byBean.get(task.delegateExpression());
      if (template == null) {
        softly.fail("%s: no element template binds %s=\"%s\"", task, DELEGATE_EXPRESSION,
            task.delegateExpression());
        continue;
      }
      for (String name : template.requiredInputs()) {
        softly.assertThat(task.inputs()).as("%s: input parameter '%s' of template %s is missing",
            task, name, template.id()).containsKey(name);
      }
      for (String name : task.inputs().keySet()) {
        softly.assertThat(template.inputs()).as("%s: input parameter '%s' is not in template %s",
            task, name, template.id()).containsKey(name);
      }
      if (task.modelerTemplate() != null) {
        softly.assertThat(task.modelerTemplate()).as("%s: camunda:modelerTemplate", task)
            .isEqualTo(template.id());
        softly.assertThat(task.modelerTemplateVersion()).as("%s: camunda:modelerTemplateVersion",
            task).isEqualTo(String.valueOf(template.version()));
      }
    }
    softly.assertAll();
  }

  @Test
  void theTemplatesDefaultToTheExpressionsTheModelsUse() {
    Map<String, Template> byBean = templatesByDelegateExpression();
    SoftAssertions softly = new SoftAssertions();
    for (Task task : tasks) {
      Template template = byBean.get(task.delegateExpression());
      if (template == null) {
        continue; // reported by everyServiceTaskHasTheTemplateOfItsWorkerWithTheSameInputs
      }
      task.inputs().forEach((name, value) -> {
        Input input = template.inputs().get(name);
        if (input == null) {
          return; // reported there too
        }
        if ("Dropdown".equals(input.type())) {
          softly.assertThat(value).as("%s: input parameter '%s' is not a choice of template %s",
              task, name, template.id()).isIn(input.choices());
        } else if (input.defaultValue().isEmpty() && input.pattern().isPresent()) {
          softly.assertThat(value).as("%s: input parameter '%s' does not match the pattern of "
              + "template %s", task, name, template.id()).matches(input.pattern().get());
        } else {
          input.defaultValue().ifPresent(expected -> softly.assertThat(value)
              .as("%s: input parameter '%s' differs from the default of template %s", task, name,
                  template.id())
              .isEqualTo(expected));
        }
      });
    }
    softly.assertAll();
  }

  @Test
  void everyTemplateIsUsedByAServiceTask() {
    Set<String> used = tasks.stream().map(Task::delegateExpression).collect(Collectors.toSet());
    SoftAssertions softly = new SoftAssertions();
    for (Template template : templates) {
      softly.assertThat(used).as("template %s (%s): no service task in %s uses it", template.id(),
          template.delegateExpression(), MODELS).contains(template.delegateExpression());
    }
    softly.assertAll();
  }

  @Test
  void everyDropdownOffersExactlyTheValuesTheContractAllows() throws IOException {
    Map<String, Set<String>> allowed = dropdownCodesOfTheContracts();
    SoftAssertions softly = new SoftAssertions();
    for (Template template : templates) {
      for (Input input : template.inputs().values()) {
        if (!"Dropdown".equals(input.type())) {
          continue;
        }
        Set<String> codes = allowed.get(input.name());
        if (codes == null) {
          softly.fail("template %s, input '%s': a Dropdown the contracts (%s, %s) give no values for",
              template.id(), input.name(), CONTRACT, AGREEMENTS_CONTRACT);
          continue;
        }
        for (String choice : input.choices()) {
          softly.assertThat(choice).as("template %s, input '%s': choice not allowed by %s",
              template.id(), input.name(), "the contracts").isIn(codes);
        }
        input.defaultValue().ifPresent(value -> softly.assertThat(value)
            .as("template %s, input '%s': default not allowed by %s", template.id(),
                input.name(), "the contracts")
            .isIn(codes));
        softly.assertThat(new TreeSet<>(input.choices()))
            .as("template %s, input '%s': choices must offer every code of %s", template.id(),
                input.name(), "the contracts")
            .containsAll(codes);
      }
    }
    softly.assertAll();
  }

  // --- helpers

  static Map<String, Template> templatesByDelegateExpression() {
    Map<String, Template> byBean = new HashMap<>();
    templates.forEach(t -> byBean.putIfAbsent(t.delegateExpression(), t));
    return byBean;
  }

  static Template template(JsonNode t) {
    String delegate = stream(t.path("properties"))
        .filter(p -> DELEGATE_EXPRESSION.equals(p.path("binding").path("name").asText()))
        .map(p -> p.path("value").asText(null))
        .filter(Objects::nonNull)
        .findFirst().orElse(null);
    Map<String, Input> inputs = new LinkedHashMap<>();
    stream(t.path("properties"))
        .filter(p -> INPUT_PARAMETER.equals(p.path("binding").path("type").asText()))
        .forEach(p -> {
          String name = p.path("binding").path("name").asText();
          inputs.putIfAbsent(name, new Input(name, p));
        });
    return new Template(t.path("id").asText(null), t.path("version").asInt(-1), delegate, inputs);
  }

  static List<Task> serviceTasks() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.walk(MODELS)) {
      files = listing.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(files).as("BPMN models in %s", MODELS).isNotEmpty();
    List<Task> found = new ArrayList<>();
    for (Path file : files) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        Map<String, String> inputs = new LinkedHashMap<>();
        ExtensionElements extensions = task.getExtensionElements();
        if (extensions != null) {
          for (CamundaInputOutput io : extensions.getElementsQuery()
              .filterByType(CamundaInputOutput.class).list()) {
            for (CamundaInputParameter parameter : io.getCamundaInputParameters()) {
              String previous = inputs.put(parameter.getCamundaName(),
                  parameter.getTextContent().strip());
              if (previous != null) {
                fail("%s (%s): input parameter '%s' is mapped twice", task.getId(),
                    file.getFileName(), parameter.getCamundaName());
              }
            }
          }
        }
        found.add(new Task(file.getFileName().toString(), task.getId(),
            task.getCamundaDelegateExpression(),
            task.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "modelerTemplate"),
            task.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "modelerTemplateVersion"),
            inputs));
      }
    }
    return found;
  }

  /**
   * The codes a Dropdown input may offer, per input name: the closing codes of {@code models.md},
   * the {@code commitmentStatus} codes of the escalation model and the commitment kinds of
   * {@code agreements.md}.
   */
  static Map<String, Set<String>> dropdownCodesOfTheContracts() throws IOException {
    Map<String, Set<String>> codes = new HashMap<>(closingCodesOfTheContract());
    codes.put("commitmentStatus", resolutionCodesOfTheContract());
    codes.put("commitmentKind", commitmentKindsOfTheContract());
    return codes;
  }

  /** The kinds of the table "kind | obligor | anchor | met when" of {@code agreements.md}. */
  static Set<String> commitmentKindsOfTheContract() throws IOException {
    assertThat(AGREEMENTS_CONTRACT).as("the agreements' contract").isRegularFile();
    Set<String> kinds = new LinkedHashSet<>();
    for (String line : Files.readAllLines(AGREEMENTS_CONTRACT)) {
      Matcher row = KIND_ROW.matcher(line.strip());
      if (row.find()) {
        kinds.add(row.group(1));
      }
    }
    assertThat(kinds).as("rows '| `KIND` | `OBLIGOR` | `ANCHOR` | … |' in %s", AGREEMENTS_CONTRACT)
        .contains("SCREEN_REFERRAL", "DELIVER_GUARANTEE_OFFER");
    return kinds;
  }

  /**
   * The constant {@code commitmentStatus} inputs of recordCommitmentWorker in the section "Escalation"
   * of {@code agreements.md} ({@code commitmentStatus=MET_LATE} and so on).
   */
  static Set<String> resolutionCodesOfTheContract() throws IOException {
    assertThat(AGREEMENTS_CONTRACT).as("the agreements' contract").isRegularFile();
    Set<String> resolutions = new LinkedHashSet<>();
    for (String line : Files.readAllLines(AGREEMENTS_CONTRACT)) {
      Matcher input = RESOLUTION_INPUT.matcher(line);
      while (input.find()) {
        resolutions.add(input.group(1));
      }
    }
    assertThat(resolutions).as("'commitmentStatus=CODE' inputs in %s", AGREEMENTS_CONTRACT)
        .isNotEmpty();
    return resolutions;
  }

  /**
   * The closing codes of the contract's table "task | closingOutcome | closingReason |
   * closingDetail": input name → the codes its column holds.
   */
  static Map<String, Set<String>> closingCodesOfTheContract() throws IOException {
    assertThat(CONTRACT).as("the models' contract").isRegularFile();
    Set<String> outcomes = new LinkedHashSet<>();
    Set<String> reasons = new LinkedHashSet<>();
    for (String line : Files.readAllLines(CONTRACT)) {
      Matcher row = CLOSING_ROW.matcher(line.strip());
      if (row.find()) {
        outcomes.add(row.group(2));
        reasons.add(row.group(3));
      }
    }
    assertThat(reasons).as("rows '| Task_Close… | OUTCOME | REASON | … |' in %s", CONTRACT)
        .isNotEmpty();
    return Map.of("closingOutcome", outcomes, "closingReason", reasons);
  }

  static Stream<JsonNode> stream(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false);
  }
}
