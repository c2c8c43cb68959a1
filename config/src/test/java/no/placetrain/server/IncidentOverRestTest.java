package no.placetrain.server;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.Elements.TASK_HOLD_CHECKPOINT;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.Elements.TASK_INTERVIEW;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.Elements.TIMER_CHECKPOINT_DUE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A failing worker as an operator sees it on the server (history level audit, authorization
 * on, the retry cycle of application.yaml). The fault is real data: a KIWI × NAV Drammen
 * participation's HOLD_CHECKPOINT#1 row in PT_COMMITMENT is corrupt (its STATUS holds the
 * candidate's first name, as a botched manual fix might leave it), so when the checkpoint falls
 * due {@code openCommitmentWorker} fails reading it with {@code No enum constant
 * …CommitmentStatus.<name>}. Each {@code POST /engine-rest/job/{id}/execute} answers 500 with a
 * message naming the worker, the participation and the class only; the retries go 3 → 2 → 1 → 0,
 * each due a minute later by the engine's clock; then {@code admin} finds ONE incident at
 * {@code /engine-rest/incident}, and neither it nor the job's stack trace
 * ({@code /job/{id}/stacktrace}, what Cockpit shows) names the candidate. The row repaired,
 * {@code PUT /job/{id}/retries} (Cockpit's "Retry") resolves the incident and the job runs: the
 * checkpoint is open for the KAM. Runs in the context the config tests share (no test bean).
 */
class IncidentOverRestTest extends ServerTestBase {

  private static final DateTimeFormatter REST_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  private final String suffix = UUID.randomUUID().toString().substring(0, 6);
  /** The candidate's first name, as the corrupt row's status holds it (≤ 16 characters). */
  private final String firstName = "Sigrun" + suffix;
  private final String displayName = firstName + " Feilsen";
  private final String corruptRowId = "C-corrupt-" + suffix;

  @BeforeEach
  void engineClockNow() {
    ClockUtil.reset();
  }

  @AfterEach
  void engineClockBackAndNoCorruptRowLeft() {
    ClockUtil.reset();
    jdbc.update("DELETE FROM PT_COMMITMENT WHERE ID = ?", corruptRowId);
  }

  @Test
  void anOperatorSeesOneCleanIncidentAndRetriesTheJobOverRest() throws Exception {
    ParticipationRun run = ParticipationRun.refer(new ParticipationRun.Engine(repositoryService,
            runtimeService, taskService, formService, managementService, historyService,
            identityService, as("frida")), "kiwi-nav-drammen", displayName)
        .screen().present().select(TASK_INTERVIEW).draft(3).employerApproves().kamApproves();
    String candidateRef = (String) run.variable("candidateRef");
    assertThat(candidateRef).isNotBlank();
    RestClient admin = as("admin");
    JsonNode jobs = admin.get("/engine-rest/job?maxResults=10&processInstanceId=" + run.processInstanceId
        + "&activityId=" + TIMER_CHECKPOINT_DUE).expect(200).json();
    assertThat(jobs).hasSize(1);
    String jobId = jobs.get(0).get("id").asText();
    assertThat(jobs.get(0).get("retries").asInt()).isEqualTo(3);

    // the corrupt row: HOLD_CHECKPOINT#1 of this participation, its status the first name
    OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
    jdbc.update("INSERT INTO PT_COMMITMENT (ID, PARTICIPATION_ID, AGREEMENT_ID, KIND, "
            + "OBLIGOR_ROLE, PARTY, SEQUENCE, ANCHOR_AT, DUE_AT, STATUS, ESCALATION_LEVEL) "
            + "VALUES (?, ?, 'kiwi-nav-drammen', 'HOLD_CHECKPOINT', 'KAM', 'nav-drammen', 1, ?, ?, "
            + "?, 0)", corruptRowId, run.participationId, at, at, firstName);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    for (int attempt = 1; attempt <= 3; attempt++) {
      ClockUtil.setCurrentTime(Date.from(now));
      RestClient.Response failed = admin.post("/engine-rest/job/" + jobId + "/execute", "{}");
      assertThat(failed.status()).as(failed.body()).isEqualTo(500);
      assertThat(failed.json().get("message").asText()).isEqualTo(
          "OpenCommitmentWorker failed for participation " + run.participationId + ": "
              + IllegalArgumentException.class.getName()
              + " (its message is left out: it may quote personal data)");
      assertClean(failed.body(), candidateRef, "answer to execute");

      JsonNode job = admin.get("/engine-rest/job/" + jobId).expect(200).json();
      Instant due = OffsetDateTime.parse(job.get("dueDate").asText(), REST_DATE).toInstant();
      long incidents = admin.get("/engine-rest/incident/count?processInstanceId="
          + run.processInstanceId).expect(200).json().get("count").asLong();
      System.out.printf("[IncidentOverRestTest] attempt %d: HTTP %d, retries %d, due +%d s, "
              + "incidents %d%n", attempt, failed.status(), job.get("retries").asInt(),
          due.getEpochSecond() - now.getEpochSecond(), incidents);
      assertThat(job.get("retries").asInt()).isEqualTo(3 - attempt);
      assertThat(due).isEqualTo(now.plusSeconds(60));
      assertClean(job.get("exceptionMessage").asText(), candidateRef, "job's exception message");
      assertThat(incidents).isEqualTo(attempt < 3 ? 0 : 1);
      now = now.plusSeconds(60);
    }

    JsonNode incidents = admin.get("/engine-rest/incident?maxResults=10&processInstanceId="
        + run.processInstanceId).expect(200).json();
    assertThat(incidents).hasSize(1);
    JsonNode incident = incidents.get(0);
    assertThat(incident.get("incidentType").asText()).isEqualTo("failedJob");
    assertThat(incident.get("activityId").asText()).isEqualTo(TIMER_CHECKPOINT_DUE);
    assertThat(incident.get("configuration").asText()).isEqualTo(jobId);
    assertThat(incident.get("incidentMessage").asText()).contains("OpenCommitmentWorker",
        run.participationId, IllegalArgumentException.class.getName());
    assertClean(incident.toString(), candidateRef, "incident");
    String stacktrace = plainText("/engine-rest/job/" + jobId + "/stacktrace");
    assertClean(stacktrace, candidateRef, "stack trace");
    assertThat(stacktrace).contains("OpenCommitmentWorker.work").doesNotContain("Caused by");

    // the row repaired (deleted: the worker opens the commitment anew); Cockpit's "Retry":
    // retries back to 1, the incident resolved, the job runs
    assertThat(jdbc.update("DELETE FROM PT_COMMITMENT WHERE ID = ?", corruptRowId)).isOne();
    admin.put("/engine-rest/job/" + jobId + "/retries", Map.of("retries", 1)).expect(204);
    long left = admin.get("/engine-rest/incident/count?processInstanceId="
        + run.processInstanceId).expect(200).json().get("count").asLong();
    assertThat(left).isZero();
    admin.post("/engine-rest/job/" + jobId + "/execute", "{}").expect(204);

    assertThat(admin.get("/engine-rest/job/" + jobId).status()).isEqualTo(404);
    assertThat(run.openTasks()).contains(TASK_HOLD_CHECKPOINT);
    JsonNode checkpoint = run.commitment("HOLD_CHECKPOINT#1");
    assertThat(checkpoint.get("status").asText()).isEqualTo("OPEN");
    System.out.printf("[IncidentOverRestTest] incidents 1 (%s), stack trace %d chars; after "
            + "PUT retries: incidents %d, open tasks %s%n", incident.get("incidentMessage").asText(),
        stacktrace.length(), left, run.openTasks());
  }

  /** A text/plain answer of the REST API as {@code admin} (RestClient asks for JSON). */
  private String plainText(String path) throws Exception {
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + path))
        .header("Accept", "text/plain")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            ("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.body();
  }

  private void assertClean(String text, String candidateRef, String where) {
    assertThat(text).as(where).isNotNull()
        .doesNotContain(firstName).doesNotContain("Sigrun").doesNotContain("Feilsen")
        .doesNotContain(candidateRef)
        .doesNotContain("No enum constant");
  }
}
