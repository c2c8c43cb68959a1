package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Drives participations through Camunda's REST API, the way Tasklist and an operator would, with
 * authorization on (docs/access.md): the referrer starts and reads its participation (its office's
 * groups are granted the instance and its history); every task is completed by a user of the
 * party the task is for (a member of its candidate group, or its candidate user: the mentor);
 * an operator ({@code admin}, as in Cockpit) finds the open tasks and executes due jobs.
 */
final class Participations {

  static final String PROCESS = "place-and-train";

  private final RestClient rest;
  private final Function<String, RestClient> users;
  private final RestClient operator;

  /**
   * @param rest the referrer: starts participations and reads them
   * @param users a client acting as the given user (its password known)
   */
  Participations(RestClient rest, Function<String, RestClient> users) {
    this.rest = rest;
    this.users = users;
    this.operator = users.apply("admin");
  }

  /** Starts a participation; returns the process instance id. */
  String refer(String agreementId, String candidateRef, String displayName) {
    RestClient.Response response = rest.post(
        "/engine-rest/process-definition/key/" + PROCESS + "/start",
        Map.of("variables", variables(
            "agreementId", agreementId,
            "candidateRef", candidateRef,
            "candidateDisplayName", displayName)))
        .expect(200);
    return response.json().get("id").asText();
  }

  /** The one open task of the instance; fails if there is none or several. */
  /**
   * Refers a candidate through our API (as the given client), screens them SUITABLE and the
   * employer invites them: the participation waits at its interview.
   *
   * @return the process instance id
   */
  String atInterview(RestClient referrer, String agreementId, String candidateRef) {
    Map<String, Object> referral = new java.util.LinkedHashMap<>();
    referral.put("agreementId", agreementId);
    referral.put("candidateRef", candidateRef);
    referral.put("candidateDisplayName", "Ola");
    String pi = referrer.post("/api/participations", referral).expect(201).json()
        .get("processInstanceId").asText();
    complete(pi, "Task_ScreenCandidate",
        "candidateSkills", "Renhold, service",
        "candidateInterests", "Faget og arbeidsplassen",
        "candidateLanguages", "Norsk",
        "candidateMotivation", "Vil ha fast jobb",
        "screeningOutcome", "SUITABLE");
    complete(pi, "Task_PresentToEmployer", "employerResponse", "INVITE");
    return pi;
  }

  JsonNode task(String processInstanceId) {
    JsonNode tasks = openTasks(processInstanceId);
    assertThat(tasks).as("open tasks of " + processInstanceId).hasSize(1);
    return tasks.get(0);
  }

  /** The open tasks of the instance and of the party-desks it runs (the tasks of the parties outside NAV). */
  JsonNode openTasks(String processInstanceId) {
    return operator.get("/engine-rest/task?maxResults=100&processInstanceIdIn="
        + withDesks(processInstanceId)).expect(200).json();
  }

  /** {@code processInstanceId} and its running party-desks, comma-separated. */
  String withDesks(String processInstanceId) {
    StringBuilder ids = new StringBuilder(processInstanceId);
    operator.get("/engine-rest/process-instance?maxResults=10&processDefinitionKey=party-desk&superProcessInstance="
        + processInstanceId).expect(200).json().forEach(desk -> ids.append(',').append(desk.get("id").asText()));
    return ids.toString();
  }

  /** Completes the only open task, which must be {@code taskKey}. */
  void complete(String processInstanceId, String taskKey, Object... keyValues) {
    JsonNode task = task(processInstanceId);
    assertThat(task.get("taskDefinitionKey").asText()).isEqualTo(taskKey);
    submit(task.get("id").asText(), keyValues).expect(204);
  }

  /** Submits the task's form as a user of the party it is for ({@link #partyOf}). */
  RestClient.Response submit(String taskId, Object... keyValues) {
    return users.apply(partyOf(taskId)).post("/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", variables(keyValues)));
  }

  /**
   * The user who works on the task: its candidate user (the mentor the employer named), else the
   * first member (by id) of its candidate group.
   */
  String partyOf(String taskId) {
    JsonNode links = operator.get("/engine-rest/task/" + taskId + "/identity-links?type=candidate")
        .expect(200).json();
    for (JsonNode link : links) {
      if (link.hasNonNull("userId")) {
        return link.get("userId").asText();
      }
    }
    for (JsonNode link : links) {
      if (link.hasNonNull("groupId")) {
        JsonNode members = operator.get("/engine-rest/user?maxResults=1&sortBy=userId&sortOrder=asc"
            + "&memberOfGroup=" + link.get("groupId").asText()).expect(200).json();
        if (!members.isEmpty()) {
          return members.get(0).get("id").asText();
        }
      }
    }
    throw new AssertionError("no user may work on task " + taskId + ": " + links);
  }

  /** Executes the one due-or-not job of the instance waiting in {@code activityId}. */
  void executeJob(String processInstanceId, String activityId) {
    JsonNode jobs = operator.get("/engine-rest/job?maxResults=100&processInstanceId=" + processInstanceId
        + "&activityId=" + activityId).expect(200).json();
    assertThat(jobs).as("jobs at " + activityId).hasSize(1);
    operator.post("/engine-rest/job/" + jobs.get(0).get("id").asText() + "/execute", "{}").expect(204);
  }

  /** Executes every asynchronous continuation (not timers) of the instance, until none is left. */
  void executeContinuations(String processInstanceId) {
    for (int round = 0; round < 10; round++) {
      JsonNode jobs = operator.get("/engine-rest/job?maxResults=100&processInstanceId=" + processInstanceId
          + "&messages=true").expect(200).json();
      if (jobs.isEmpty()) {
        return;
      }
      for (JsonNode job : jobs) {
        operator.post("/engine-rest/job/" + job.get("id").asText() + "/execute", "{}").expect(204);
      }
    }
    throw new AssertionError("continuations do not stop for " + processInstanceId);
  }

  boolean isEnded(String processInstanceId) {
    JsonNode instance = rest.get("/engine-rest/history/process-instance/" + processInstanceId)
        .expect(200).json();
    return "COMPLETED".equals(instance.get("state").asText());
  }

  /**
   * A variable of the instance from history (works after it ended), as the referrer: its office
   * reads the instance's history (HISTORIC_PROCESS_INSTANCE READ).
   */
  JsonNode historicVariable(String processInstanceId, String name) {
    JsonNode variables = rest.get("/engine-rest/history/variable-instance?maxResults=100&processInstanceId="
        + processInstanceId + "&variableName=" + name).expect(200).json();
    assertThat(variables).as("historic variable " + name).hasSize(1);
    return variables.get(0).get("value");
  }

  /**
   * A variable of the process instance itself (not an activity's local copy made by an input
   * mapping), as {@code reader} reads it from the history: how a party of the participation sees
   * its variables once authorization is on.
   */
  static String ownHistoricValue(RestClient reader, String processInstanceId, String name) {
    JsonNode found = reader.get("/engine-rest/history/variable-instance?maxResults=10"
        + "&processInstanceId=" + processInstanceId + "&variableName=" + name).expect(200).json();
    List<JsonNode> own = new java.util.ArrayList<>();
    found.forEach(v -> {
      if (processInstanceId.equals(v.get("executionId").asText())) {
        own.add(v);
      }
    });
    assertThat(own).as("variable %s", name).hasSize(1);
    return own.get(0).get("value").asText();
  }

  static Map<String, Object> variables(Object... keyValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      Object value = keyValues[i + 1];
      Map<String, Object> typed = new LinkedHashMap<>();
      typed.put("value", value);
      typed.put("type", value instanceof Boolean ? "Boolean"
          : value instanceof Integer || value instanceof Long ? "Long"
          : value instanceof Double ? "Double" : "String");
      variables.put((String) keyValues[i], typed);
    }
    return variables;
  }

  static String today() {
    return LocalDate.now().toString();
  }
}
