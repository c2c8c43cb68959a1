package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.springframework.util.FileSystemUtils;

/**
 * The forms in the real Camunda Tasklist 7.24 (form-js 1.8.7), driven in Debian's headless
 * Chromium: nora refers a candidate through the start form and screens her, erik reads the strengths
 * profile and invites her to an interview. Every outcome is checked through the REST API.
 * Screenshots of each step (and of a failure, with the page source) land in target/screenshots/.
 */
class TasklistBrowserTest extends ServerTestBase {

  /** The process's name in place-and-train.bpmn, as "Start process" lists it. */
  private static final String PROCESS_NAME = "Place and train";
  /** Nora is a caseworker of NAV Grünerløkka, Erik a contact of Nordic Choice Hotels. */
  private static final String AGREEMENT = "Nordic Choice Hotels × NAV Grünerløkka";
  private static final String SCREENING_FORM = "form-screen-candidate";
  private static final String PRESENTATION_FORM = "form-present-to-employer";

  private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
  private final String candidateRef = "NCH-WEB-" + run;
  private final String displayName = "Amina " + run;
  private final String skills = "Kassearbeid og varemottak i to år\nTruckførerbevis";

  private TasklistPage tasklist;

  @RegisterExtension
  final AfterTestExecutionCallback evidenceOnFailure = context -> {
    if (context.getExecutionException().isPresent() && tasklist != null) {
      tasklist.saveEvidence("FAILED-" + context.getRequiredTestMethod().getName());
    }
  };

  @BeforeAll
  static void freshScreenshotFolder() {
    FileSystemUtils.deleteRecursively(TasklistPage.SCREENSHOTS.toFile());
  }

  @BeforeEach
  void openBrowser() {
    tasklist = TasklistPage.open(port);
  }

  @AfterEach
  void closeBrowser() {
    if (tasklist != null) {
      tasklist.close();
    }
  }

  @Test
  void referScreenAndPresentACandidateInTasklist() {
    String processInstanceId = noraRefersTheCandidate();
    noraScreensTheCandidate(processInstanceId);
    erikInvitesTheCandidate(processInstanceId);
  }

  /** Step 1: the referral start form. */
  private String noraRefersTheCandidate() {
    tasklist.login("nora", DEMO_PASSWORD);
    assertThat(tasklist.loggedInUser()).isEqualTo("Nora Nilsen");
    tasklist.screenshot("nora-logged-in");

    tasklist.startProcess(PROCESS_NAME);
    tasklist.screenshot("referral-start-form");
    tasklist.select("agreementId", AGREEMENT);
    tasklist.type("candidateRef", candidateRef);
    tasklist.type("candidateDisplayName", displayName);
    tasklist.screenshot("referral-filled");
    tasklist.submitStartForm();
    tasklist.screenshot("referral-started");

    JsonNode instances = as("nora").post("/engine-rest/process-instance?maxResults=100", Map.of(
        "processDefinitionKey", Participations.PROCESS,
        "variables", List.of(Map.of("name", "candidateDisplayName", "operator", "eq", "value", displayName))))
        .expect(200).json();
    assertThat(instances).as("place-and-train instances of " + displayName).hasSize(1);
    String processInstanceId = instances.get(0).get("id").asText();
    assertThat(participations().task(processInstanceId).get("taskDefinitionKey").asText())
        .isEqualTo("Task_ScreenCandidate");
    assertThat(variable(processInstanceId, "agreementId")).isEqualTo("nordic-choice-grunerlokka");
    assertThat(variable(processInstanceId, "candidateRef")).isEqualTo(candidateRef);
    return processInstanceId;
  }

  /** Step 2: the screening form, first incomplete (the browser refuses it), then complete. */
  private void noraScreensTheCandidate(String processInstanceId) {
    String taskId = participations().task(processInstanceId).get("id").asText();
    assertThat(findInGroupFilter(taskId)).isEqualTo("Screen candidate");
    tasklist.openTask(taskId, "Screen candidate");
    // the intro is the form's markdown, filled from the instance's variables
    tasklist.textComponent("Kartlegging av styrker");
    assertThat(tasklist.textComponent("Beskriv ressursene til").getText()).contains(displayName).contains(AGREEMENT);
    tasklist.screenshot("screening-open");

    tasklist.type("candidateSkills", skills);
    tasklist.pressComplete();
    List<WebElement> errors = tasklist.waitForFieldErrors();
    assertThat(errors).hasSize(4); // interests, languages, motivation and the assessment
    assertThat(tasklist.errorOf("candidateMotivation")).isEqualTo("Field is required.");
    assertThat(tasklist.errorOf("screeningOutcome")).isEqualTo("Field is required.");
    assertThat(tasklist.errorOf("candidateSkills")).isEmpty();
    assertThat(tasklist.isCompleteEnabled()).as("Complete while the form has errors").isFalse();
    tasklist.waitForNotification("An error happened while submitting the task form");
    tasklist.screenshot("screening-required-fields-missing");
    JsonNode stillOpen = participations().task(processInstanceId);
    assertThat(stillOpen.get("id").asText()).isEqualTo(taskId);
    assertThat(stillOpen.get("assignee").asText()).isEqualTo("nora"); // claimed in the browser

    tasklist.closeNotifications();
    tasklist.type("candidateInterests", "Butikk og logistikk");
    tasklist.type("candidateLanguages", "Norsk muntlig godt, engelsk flytende");
    tasklist.type("candidateMotivation", "Vil ha fast jobb i butikk");
    tasklist.choose("screeningOutcome", TasklistPage.optionLabel(SCREENING_FORM, "screeningOutcome", "SUITABLE"));
    tasklist.waitUntilNoFieldErrors();
    assertThat(tasklist.value("candidateSkills")).isEqualTo(skills);
    tasklist.screenshot("screening-filled");
    tasklist.complete(taskId);
    tasklist.screenshot("screening-completed");

    assertThat(as("nora").get("/engine-rest/task/" + taskId).status()).isEqualTo(404);
    assertThat(participations().task(processInstanceId).get("taskDefinitionKey").asText())
        .isEqualTo("Task_PresentToEmployer");
    assertThat(variable(processInstanceId, "candidateSkills")).isEqualTo(skills);
    assertThat(variable(processInstanceId, "screeningOutcome")).isEqualTo("SUITABLE");
    tasklist.logout();
  }

  /** Step 3: the employer's form shows the profile from the template; erik invites. */
  private void erikInvitesTheCandidate(String processInstanceId) {
    String taskId = participations().task(processInstanceId).get("id").asText();
    tasklist.login("erik", DEMO_PASSWORD);
    assertThat(tasklist.loggedInUser()).isEqualTo("Erik Eriksen");
    assertThat(findInGroupFilter(taskId)).isEqualTo("Present to employer");
    tasklist.screenshot("erik-first-filter");
    tasklist.openTask(taskId, "Present to employer");

    WebElement intro = tasklist.textComponent("Kandidat til praksisplass");
    assertThat(intro.getText()).contains("NAV foreslår " + displayName).contains(AGREEMENT);
    WebElement profile = tasklist.textComponent("Styrkeprofil");
    assertThat(profile.getText())
        .contains("Ferdigheter og erfaring\n" + skills) // the typed line break stays a line break
        .contains("Butikk og logistikk")
        .contains("Norsk muntlig godt, engelsk flytende")
        .contains("Vil ha fast jobb i butikk")
        .doesNotContain("{{");
    tasklist.screenshot("presentation-open");

    tasklist.choose("employerResponse", TasklistPage.optionLabel(PRESENTATION_FORM, "employerResponse", "INVITE"));
    tasklist.screenshot("presentation-invite");
    tasklist.complete(taskId);
    tasklist.screenshot("presentation-completed");

    assertThat(participations().task(processInstanceId).get("taskDefinitionKey").asText())
        .isEqualTo("Task_SpeedInterview");
    assertThat(variable(processInstanceId, "employerResponse")).isEqualTo("INVITE");
  }

  /** The task in the Tasklist filter of its candidate group (one filter per group). */
  private String findInGroupFilter(String taskId) {
    String group = as("admin").get("/engine-rest/task/" + taskId + "/identity-links?type=candidate")
        .expect(200).json().get(0).get("groupId").asText();
    for (JsonNode filter : as("admin").get("/engine-rest/filter?resourceType=Task&maxResults=1000")
        .expect(200).json()) {
      if (group.equals(filter.path("query").path("candidateGroup").asText(null))) {
        return tasklist.findTaskInFilter(filter.get("id").asText(), filter.get("name").asText(), taskId);
      }
    }
    throw new AssertionError("no Tasklist filter for " + group);
  }

  private Participations participations() {
    return participations("nora");
  }

  /** A variable of the participation, as nora (its office's caseworker) reads it: its history. */
  private String variable(String processInstanceId, String name) {
    return Participations.ownHistoricValue(as("nora"), processInstanceId, name);
  }

}
