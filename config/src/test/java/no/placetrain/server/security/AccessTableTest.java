package no.placetrain.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import no.placetrain.server.RestClient;
import no.placetrain.server.ServerTestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what, with authorization on (docs/access.md, "Authorization: who sees what"): a
 * role × action table, each row one user trying one action over HTTP — Camunda's REST API
 * ({@code /engine-rest}), ours ({@code /api}) and the webapps (their login and Tasklist's engine
 * API) — against a participation of <em>Nordic Choice Hotels × NAV Grünerløkka</em> that waits
 * for the employer's answer to the presentation (referred and screened by nora).
 *
 * <p>The users: erik (employer contact, Nordic Choice), nora (caseworker, NAV Grünerløkka: the
 * referring office), nils (caseworker, NAV Drammen: another office), kari (KAM, NAV Grünerløkka),
 * bjorn (broker staff, Fretex: not a party of it), mona (mentor, Nordic Choice), petter (process
 * owner), frida (regional coordinator), admin ({@code camunda-admin}). Two more participations
 * show the other parties outside NAV: a Nordic Choice one at its first checkpoint, mona the
 * mentor (with the KAM), and a Fretex (job guarantee, NAV Oslo) one at the broker's approval
 * (bjorn), both tasks in their {@code party-desk}. "allow" is a 2xx answer (for a list: one that holds
 * the participation's rows); "deny" is a 403, a 404 or a list without them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessTableTest extends ServerTestBase {

  private static final String AGREEMENT = "nordic-choice-grunerlokka";
  /** Fretex as broker (NAV Oslo): bjorn's group is its broker group. */
  private static final String BROKER_AGREEMENT = "fretex-job-guarantee";
  private static final List<String> USERS =
      List.of("erik", "nora", "nils", "kari", "bjorn", "mona", "petter", "frida", "admin");

  /**
   * The table: per action, the expectation of each user in {@link #USERS}' order (A = allow,
   * D = deny).
   */
  private static final Map<String, String> TABLE = new LinkedHashMap<>();

  static {
    //                                         erik nora nils kari bjorn mona petter frida admin
    TABLE.put("log in to Tasklist",            "A    A    A    A    A    A    D    A    A");
    TABLE.put("log in to Cockpit",             "D    D    D    D    D    D    A    A    A");
    TABLE.put("log in to Admin",               "D    D    D    D    D    D    D    D    A");
    TABLE.put("list the participation's tasks", "A    D    D    D    D    D    A    A    A");
    TABLE.put("read the employer's task",      "A    D    D    D    D    D    A    A    A");
    TABLE.put("read the task's variables",     "A    D    D    D    D    D    A    A    A");
    // the employer's task runs in party-desk (docs/access.md): its variables are what the
    // form shows; a variable of the participation only (candidateRef) is not in the task's scope
    TABLE.put("read candidateRef via the task", "D    D    D    D    D    D    D    D    D");
    TABLE.put("list tasks in Tasklist's API",  "A    D    D    D    D    D    D    A    A");
    TABLE.put("complete a screening",          "D    A    D    D    D    D    A    D    A");
    TABLE.put("complete a presentation",       "A    D    D    D    D    D    A    D    A");
    TABLE.put("read the process instance",     "D    A    D    A    D    D    A    A    A");
    TABLE.put("read the instance's variables", "D    D    D    D    D    D    A    A    A");
    TABLE.put("read the instance's history",   "D    A    D    A    D    D    A    A    A");
    // the employer reads no historic variable of the participation (his task is in the desk)
    TABLE.put("read the historic variables",   "D    A    D    A    D    D    A    A    A");
    TABLE.put("read candidateRef in history",  "D    A    D    A    D    D    A    A    A");
    TABLE.put("read the desk instance",        "D    A    D    A    D    D    A    A    A");
    // a task's candidates read the historic variables of the task's instance: the desk's
    TABLE.put("read the desk's historic variables", "A    A    D    A    D    D    A    A    A");
    TABLE.put("set an instance variable",      "D    A    D    A    D    D    A    D    A");
    TABLE.put("refer through /api",            "D    A    D    D    D    D    D    D    A");
    TABLE.put("refer with the start form",     "D    A    D    D    D    D    D    D    A");
    TABLE.put("read the participation (/api)", "D    A    D    A    D    D    D    A    A");
    TABLE.put("list the agreements (/api)",    "A    A    A    A    A    A    A    A    A");
    TABLE.put("read the scorecard (/api)",     "A    A    A    A    A    A    A    A    A");
    // the mentor's checkpoint (with the KAM) and the broker's approval run in party-desk too: the
    // mentor and the broker read their desk's variables, never the participation's candidateRef
    TABLE.put("read the checkpoint's variables", "D    D    D    A    D    A    A    A    A");
    TABLE.put("read candidateRef via the checkpoint", "D    D    D    D    D    D    D    D    D");
    TABLE.put("read the checkpoint desk's historic variables", "D    A    D    A    D    A    A    A    A");
    TABLE.put("read candidateRef in the checkpoint's history", "D    A    D    A    D    D    A    A    A");
    TABLE.put("read the broker's task variables", "D    D    D    D    A    D    A    A    A");
    TABLE.put("read candidateRef via the broker's task", "D    D    D    D    D    D    D    D    D");
    TABLE.put("read the broker desk's historic variables", "D    D    D    D    A    D    A    A    A");
    TABLE.put("read candidateRef in the broker's history", "D    D    D    D    D    D    A    A    A");
    TABLE.put("deploy a model",                "D    D    D    D    D    D    A    D    A");
  }

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  /** The participation at the presentation: its process instance, id and the open task. */
  private String processInstanceId;
  private String participationId;
  private String presentationTaskId;
  /** The party-desk instance of the presentation. */
  private String deskInstanceId;
  /** A Nordic Choice participation at its first checkpoint (mentor mona): instance, task, desk. */
  private String checkpointInstanceId;
  private String checkpointTaskId;
  private String checkpointDeskId;
  /** A Fretex (broker) participation at the broker's approval: instance, task, desk. */
  private String brokerInstanceId;
  private String brokerTaskId;
  private String brokerDeskId;

  static Stream<Arguments> rows() {
    List<Arguments> rows = new ArrayList<>();
    TABLE.forEach((action, expectations) -> {
      String[] cells = expectations.trim().split("\\s+");
      assertThat(cells).as(action).hasSize(USERS.size());
      for (int i = 0; i < cells.length; i++) {
        rows.add(Arguments.of(USERS.get(i), action, "A".equals(cells[i])));
      }
    });
    return rows.stream();
  }

  @BeforeAll
  void aParticipationAtThePresentation() {
    String[] referred = referAndScreen("ACCESS-" + suffix());
    processInstanceId = referred[0];
    participationId = referred[1];
    presentationTaskId = openTask(processInstanceId, "Task_PresentToEmployer");
    deskInstanceId = deskOf(presentationTaskId);

    checkpointInstanceId = referAndScreen("ACCESS-M-" + suffix())[0];
    drafted(checkpointInstanceId, "Task_SpeedInterview", 3);
    submit(checkpointInstanceId, "Task_EmployerApproves",
        variables("employerApproval", "APPROVE", "mentorId", "mona"));
    submit(checkpointInstanceId, "Task_KamApproves", variables("kamApproval", "APPROVE"));
    JsonNode due = as("admin").get("/engine-rest/job?maxResults=10&processInstanceId=" + checkpointInstanceId
        + "&activityId=Timer_CheckpointDue").expect(200).json();
    assertThat(due).as("the first checkpoint's timer").hasSize(1);
    as("admin").post("/engine-rest/job/" + due.get(0).get("id").asText() + "/execute", Map.of())
        .expect(204);
    checkpointTaskId = openTask(checkpointInstanceId, "Task_HoldCheckpoint");
    checkpointDeskId = deskOf(checkpointTaskId);

    brokerInstanceId = as("admin").post("/api/participations", Map.of(
            "agreementId", BROKER_AGREEMENT, "candidateRef", "ACCESS-B-" + suffix(),
            "candidateDisplayName", "Ola"))
        .expect(201).json().get("processInstanceId").asText();
    submit(brokerInstanceId, "Task_ScreenCandidate", screening());
    drafted(brokerInstanceId, "Task_Interview", 3);
    brokerTaskId = openTask(brokerInstanceId, "Task_BrokerApproves");
    brokerDeskId = deskOf(brokerTaskId);
  }

  /** The party-desk instance of the task (found by the operator). */
  private String deskOf(String taskId) {
    return as("admin").get("/engine-rest/task/" + taskId).expect(200).json()
        .get("processInstanceId").asText();
  }

  /**
   * The employer invites and selects in {@code selectionTask}, the caseworker drafts
   * {@code months} (as the operator: who may is the table's business, not the fixture's).
   */
  private void drafted(String pi, String selectionTask, int months) {
    submit(pi, "Task_PresentToEmployer", variables("employerResponse", "INVITE"));
    submit(pi, selectionTask, variables("interviewResult", "SELECTED"));
    Map<String, Object> draft = variables("practiceStartDate",
        LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(21).toString(), "workSite", "Avdeling sentrum");
    draft.put("practiceMonths", Map.of("value", months, "type", "Long"));
    submit(pi, "Task_DraftPracticeAgreement", draft);
  }

  /** The operator (admin) submits the form of the open task {@code taskKey}. */
  private void submit(String pi, String taskKey, Map<String, Object> values) {
    as("admin").post("/engine-rest/task/" + openTask(pi, taskKey) + "/submit-form",
        Map.of("variables", values)).expect(204);
  }

  @Test
  void theMentorsAndTheBrokersTasksHoldOnlyWhatTheirFormsShow() {
    assertThat(checkpointDeskId).as("the checkpoint runs in party-desk").isNotEqualTo(checkpointInstanceId);
    assertThat(brokerDeskId).as("the broker's approval runs in party-desk").isNotEqualTo(brokerInstanceId);
    List<String> names = new ArrayList<>();
    as("mona").get("/engine-rest/task/" + checkpointTaskId + "/variables").expect(200).json()
        .fieldNames().forEachRemaining(names::add);
    assertThat(names).contains("candidateDisplayName", "checkpointNumber", "mentorId", "desk")
        .isSubsetOf("desk", "kamGroup", "candidateDisplayName", "checkpointNumber",
            "personalMattersOpen", "mentorId");
    names.clear();
    as("bjorn").get("/engine-rest/task/" + brokerTaskId + "/variables").expect(200).json()
        .fieldNames().forEachRemaining(names::add);
    assertThat(names).contains("candidateDisplayName", "workSite", "desk")
        .isSubsetOf("desk", "brokerGroup", "candidateDisplayName", "agreementName", "employerName",
            "brokerInvolved", "brokerName", "practiceStartDate", "practiceMonths", "workSite");
  }

  @Test
  void theEmployersTaskHoldsOnlyWhatTheFormShows() {
    JsonNode variables = as("erik").get("/engine-rest/task/" + presentationTaskId + "/variables")
        .expect(200).json();
    List<String> names = new ArrayList<>();
    variables.fieldNames().forEachRemaining(names::add);
    assertThat(deskInstanceId).as("the task runs in party-desk").isNotEqualTo(processInstanceId);
    assertThat(names).contains("candidateDisplayName", "candidateSkills", "desk")
        .isSubsetOf("desk", "employerGroup", "candidateDisplayName", "agreementName",
            "candidateSkills", "candidateInterests", "candidateLanguages", "candidateMotivation");
    JsonNode history = as("erik").get("/engine-rest/history/variable-instance?maxResults=100"
        + "&processInstanceId=" + processInstanceId).expect(200).json();
    assertThat(history).as("the participation's history, as erik").isEmpty();
  }

  @ParameterizedTest(name = "{0} may {1}: {2}")
  @MethodSource("rows")
  void row(String user, String action, boolean allowed) {
    Outcome outcome = attempt(user, action);
    assertThat(outcome.allowed())
        .as("%s → %s (expected %s; got %s)", user, action, allowed ? "allow" : "deny",
            outcome.detail())
        .isEqualTo(allowed);
  }

  // ---- the actions ------------------------------------------------------------------------

  record Outcome(boolean allowed, String detail) {

    static Outcome of(int status, String body) {
      return new Outcome(status >= 200 && status < 300, status + " " + abbreviate(body));
    }

    static Outcome ofList(RestClient.Response response) {
      boolean holds = response.status() == 200 && response.json().isArray()
          && !response.json().isEmpty();
      return new Outcome(holds, response.status() + " " + abbreviate(response.body()));
    }

    private static String abbreviate(String body) {
      return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
  }

  private Outcome attempt(String user, String action) {
    RestClient client = as(user);
    String pi = processInstanceId;
    return switch (action) {
      case "log in to Tasklist" -> login("tasklist", user);
      case "log in to Cockpit" -> login("cockpit", user);
      case "log in to Admin" -> login("admin", user);
      case "list the participation's tasks" -> Outcome.ofList(
          client.get("/engine-rest/task?maxResults=100&processInstanceIdIn=" + pi + "," + deskInstanceId));
      case "read the employer's task" -> response(
          client.get("/engine-rest/task/" + presentationTaskId));
      case "read the task's variables" -> response(
          client.get("/engine-rest/task/" + presentationTaskId + "/variables"));
      case "read candidateRef via the task" -> response(
          client.get("/engine-rest/task/" + presentationTaskId + "/variables/candidateRef"));
      case "list tasks in Tasklist's API" -> tasklistTasks(user);
      case "complete a screening" -> {
        String fresh = refer("nora", "ACCESS-S-" + suffix());
        yield response(client.post("/engine-rest/task/" + openTask(fresh, "Task_ScreenCandidate")
            + "/submit-form", Map.of("variables", screening())));
      }
      case "complete a presentation" -> {
        String fresh = referAndScreen("ACCESS-P-" + suffix())[0];
        yield response(client.post("/engine-rest/task/"
            + openTask(fresh, "Task_PresentToEmployer") + "/submit-form",
            Map.of("variables", variables("employerResponse", "INVITE"))));
      }
      case "read the process instance" -> response(
          client.get("/engine-rest/process-instance/" + pi));
      case "read the instance's variables" -> response(
          client.get("/engine-rest/process-instance/" + pi + "/variables"));
      case "read the instance's history" -> response(
          client.get("/engine-rest/history/process-instance/" + pi));
      case "read the historic variables" -> Outcome.ofList(client.get(
          "/engine-rest/history/variable-instance?maxResults=100&processInstanceId=" + pi));
      case "read candidateRef in history" -> Outcome.ofList(client.get(
          "/engine-rest/history/variable-instance?maxResults=100&variableName=candidateRef"
              + "&processInstanceId=" + pi));
      case "read the desk instance" -> response(
          client.get("/engine-rest/process-instance/" + deskInstanceId));
      case "read the desk's historic variables" -> Outcome.ofList(client.get(
          "/engine-rest/history/variable-instance?maxResults=100&processInstanceId="
              + deskInstanceId));
      case "set an instance variable" -> response(client.put(
          "/engine-rest/process-instance/" + pi + "/variables/accessProbe",
          Map.of("value", user, "type", "String")));
      case "refer through /api" -> response(client.post("/api/participations",
          Map.of("agreementId", AGREEMENT, "candidateRef", "ACCESS-A-" + suffix(),
              "candidateDisplayName", "Ola")));
      case "refer with the start form" -> response(client.post(
          "/engine-rest/process-definition/key/place-and-train/submit-form",
          Map.of("variables", variables("agreementId", AGREEMENT,
              "candidateRef", "ACCESS-F-" + suffix(), "candidateDisplayName", "Ola"))));
      case "read the participation (/api)" -> response(
          client.get("/api/participations/" + participationId));
      case "list the agreements (/api)" -> response(client.get("/api/agreements"));
      case "read the scorecard (/api)" -> response(
          client.get("/api/agreements/" + AGREEMENT + "/scorecard"));
      case "read the checkpoint's variables" -> response(
          client.get("/engine-rest/task/" + checkpointTaskId + "/variables"));
      case "read candidateRef via the checkpoint" -> response(
          client.get("/engine-rest/task/" + checkpointTaskId + "/variables/candidateRef"));
      case "read the checkpoint desk's historic variables" -> Outcome.ofList(client.get(
          "/engine-rest/history/variable-instance?maxResults=100&processInstanceId="
              + checkpointDeskId));
      case "read candidateRef in the checkpoint's history" -> Outcome.ofList(client.get(
          "/engine-rest/history/variable-instance?maxResults=100&variableName=candidateRef"
              + "&processInstanceId=" + checkpointInstanceId));
      case "read the broker's task variables" -> response(
          client.get("/engine-rest/task/" + brokerTaskId + "/variables"));
      case "read candidateRef via the broker's task" -> response(
          client.get("/engine-rest/task/" + brokerTaskId + "/variables/candidateRef"));
      case "read the broker desk's historic variables" -> Outcome.ofList(client.get(
          "/engine-rest/history/variable-instance?maxResults=100&processInstanceId="
              + brokerDeskId));
      case "read candidateRef in the broker's history" -> Outcome.ofList(client.get(
          "/engine-rest/history/variable-instance?maxResults=100&variableName=candidateRef"
              + "&processInstanceId=" + brokerInstanceId));
      case "deploy a model" -> deploy(user);
      default -> throw new IllegalArgumentException(action);
    };
  }

  private static Outcome response(RestClient.Response response) {
    return Outcome.of(response.status(), response.body());
  }

  private Outcome login(String app, String user) {
    int status = WebappSession.open(port).loginTo(app, user, password(user));
    return Outcome.of(status, "");
  }

  /** Tasklist's own engine API, logged in to Tasklist (a user who may not gets no session). */
  private Outcome tasklistTasks(String user) {
    WebappSession tasklist = WebappSession.open(port);
    int login = tasklist.loginTo("tasklist", user, password(user));
    if (login != 200) {
      return Outcome.of(login, "no Tasklist session");
    }
    WebappSession.Answer answer = tasklist.get(
        "/camunda/api/engine/engine/default/task?maxResults=100&processInstanceIdIn="
            + processInstanceId + "," + deskInstanceId);
    boolean holds = answer.status() == 200 && !answer.json().isEmpty();
    return new Outcome(holds, answer.status() + " " + answer.body());
  }

  /** Deploys a small model, as Camunda Modeler does ({@code POST /deployment/create}). */
  private Outcome deploy(String user) {
    String boundary = "----access-table-" + UUID.randomUUID();
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
            targetNamespace="http://placetrain.no/test">
          <process id="access-table-probe" isExecutable="true" camunda:historyTimeToLive="1">
            <startEvent id="start"/>
          </process>
        </definitions>
        """;
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
        + "access-table-" + user + "\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"probe.bpmn\"; filename=\"probe.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n"
        + bpmn + "\r\n"
        + "--" + boundary + "--\r\n";
    String token = Base64.getEncoder().encodeToString(
        (user + ":" + password(user)).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/engine-rest/deployment/create"))
        .header("Authorization", "Basic " + token)
        .header("Accept", "application/json")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(request,
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return Outcome.of(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  // ---- fixtures ---------------------------------------------------------------------------

  /** Refers a candidate through our API as {@code user}; returns the process instance id. */
  private String refer(String user, String candidateRef) {
    return as(user).post("/api/participations", Map.of("agreementId", AGREEMENT,
            "candidateRef", candidateRef, "candidateDisplayName", "Ola"))
        .expect(201).json().get("processInstanceId").asText();
  }

  /** nora refers and screens: the participation waits for the employer; {instance id, id}. */
  private String[] referAndScreen(String candidateRef) {
    JsonNode participation = as("nora").post("/api/participations", Map.of(
            "agreementId", AGREEMENT, "candidateRef", candidateRef,
            "candidateDisplayName", "Ola"))
        .expect(201).json();
    String pi = participation.get("processInstanceId").asText();
    as("nora").post("/engine-rest/task/" + openTask(pi, "Task_ScreenCandidate") + "/submit-form",
        Map.of("variables", screening())).expect(204);
    return new String[] {pi, participation.get("id").asText()};
  }

  /**
   * The open task {@code taskKey} of the instance or of its party-desk (the tasks of the parties outside NAV),
   * found by the operator (admin).
   */
  private String openTask(String pi, String taskKey) {
    StringBuilder ids = new StringBuilder(pi);
    as("admin").get("/engine-rest/process-instance?maxResults=10&processDefinitionKey=party-desk"
            + "&superProcessInstance=" + pi).expect(200).json()
        .forEach(desk -> ids.append(',').append(desk.get("id").asText()));
    JsonNode tasks = as("admin").get("/engine-rest/task?maxResults=10&processInstanceIdIn=" + ids
        + "&taskDefinitionKey=" + taskKey).expect(200).json();
    assertThat(tasks).as("open %s", taskKey).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private static Map<String, Object> screening() {
    return variables(
        "candidateSkills", "Renhold, service",
        "candidateInterests", "Hotelldrift",
        "candidateLanguages", "Norsk",
        "candidateMotivation", "Vil ha fast jobb",
        "screeningOutcome", "SUITABLE");
  }

  private static Map<String, Object> variables(Object... keyValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      variables.put((String) keyValues[i], Map.of("value", keyValues[i + 1], "type", "String"));
    }
    return variables;
  }

  private static String password(String user) {
    return "admin".equals(user) ? ADMIN_PASSWORD : DEMO_PASSWORD;
  }

  private static String suffix() {
    return SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
  }
}
