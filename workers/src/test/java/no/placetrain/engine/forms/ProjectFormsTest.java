package no.placetrain.engine.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

/**
 * The project's own forms (module {@code forms/}, read from its sources) parse, and their hide
 * conditions work as the contract in docs/models.md says. Skipped when the sources are not there.
 */
class ProjectFormsTest {

  private static final Path FORMS = Path.of("..", "forms", "src", "main", "resources", "placetrain", "forms");

  private static List<Path> formFiles() throws IOException {
    assumeTrue(Files.isDirectory(FORMS), "forms module sources not found");
    try (Stream<Path> files = Files.list(FORMS)) {
      return files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
    }
  }

  private static FormSchema read(String formId) throws IOException {
    Path file = FORMS.resolve(formId + ".form");
    assumeTrue(Files.isRegularFile(file), formId + " not found");
    return FormSchema.parse(Files.readAllBytes(file));
  }

  @Test
  void everyFormParsesAndHasItsFileNameAsId() throws IOException {
    for (Path file : formFiles()) {
      FormSchema schema = FormSchema.parse(Files.readAllBytes(file));
      assertThat(schema.id()).as(file.toString())
          .isEqualTo(file.getFileName().toString().replace(".form", ""));
      assertThat(schema.fields()).as(file.toString()).isNotEmpty()
          .allSatisfy(field -> assertThat(field.key()).isNotBlank());
    }
  }

  @Test
  void screeningAsksForAReasonOnlyWhenNotSuitable() throws IOException {
    FormSchema schema = read("form-screen-candidate");
    Map<String, Object> suitable = Map.of("screeningOutcome", "SUITABLE", "candidateSkills", "a",
        "candidateInterests", "b", "candidateLanguages", "c", "candidateMotivation", "d");
    Map<String, Object> notSuitable = Map.of("screeningOutcome", "NOT_SUITABLE", "candidateSkills", "a",
        "candidateInterests", "b", "candidateLanguages", "c", "candidateMotivation", "d");

    assertThat(validate(schema, suitable)).isEmpty();
    assertThat(validate(schema, notSuitable)).containsExactly(new Violation("notSuitableReason", "is required"));
    assertThat(validate(schema, Map.of("screeningOutcome", "MAYBE")))
        .contains(new Violation("screeningOutcome", "must be one of [SUITABLE, NOT_SUITABLE]"))
        .extracting(Violation::fieldKey).doesNotContain("notSuitableReason");
  }

  private static List<Violation> validate(FormSchema schema, Map<String, Object> values) {
    return schema.validate(values::get,
        new FeelHideCondition(AllRulesForm.FEEL, Variables.fromMap(values).asVariableContext()));
  }
}
