package no.placetrain.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import no.placetrain.server.RestClient;
import no.placetrain.server.ServerTestBase;
import no.placetrain.testing.TableScan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Issue 4, data minimisation: "After a full scenario whose test data carries marker strings for
 * sensitive categories, a scan of every table and the captured log finds none of them."
 *
 * <p>One participation of Nordic Choice Hotels × NAV Grünerløkka runs over HTTP, each step by the
 * demo user of the task's candidate group (nora: caseworker, erik: employer, kari: KAM; jobs by
 * admin), from the referral through screening, an escalated screening deadline, presentation,
 * speed interview, draft, approvals, a checkpoint with personal matters flagged and followed up,
 * to a dropout. On the way every kind of free-text input is tried with a marker string of each
 * category (health, family, housing, income) in a realistic sentence: the referral's candidate
 * reference and display name (our API and the start form), a start's business key and extra
 * variables, the four fields of the strengths profile, the work site, the waiver reason of the
 * escalation form, extra variables on task completions ({@code /complete} and
 * {@code /submit-form}), and the dropout message ({@code /message}, {@code /message-async}). Each
 * attempt is refused with 400 whose answer names no marker. Then every {@code ACT_*} and
 * {@code PT_*} table (BLOBs decoded) and the log captured during the scenario are scanned: no
 * marker anywhere.
 */
@ExtendWith(OutputCaptureExtension.class)
class SensitiveDataScanTest extends ServerTestBase {

  private static final String AGREEMENT = "nordic-choice-grunerlokka";
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private final String run = UUID.randomUUID().toString().substring(0, 4);
  private final String health = "MARKER-HEALTH-" + run;
  private final String family = "MARKER-FAMILY-" + run;
  private final String housing = "MARKER-HOUSING-" + run;
  private final String income = "MARKER-INCOME-" + run;
  private final List<String> markers = List.of(health, family, housing, income);

  private int attempts;
  private int refusals;

  @Autowired DataSource dataSource;

  @Test
  void noMarkerOfASensitiveCategoryIsStoredOrLogged(CapturedOutput output) {
    RestClient nora = as("nora");
    RestClient erik = as("erik");
    RestClient kari = as("kari");
    RestClient admin = as("admin");

    // ---- the referral: our API and the start form ----------------------------------------
    refused(nora.post("/api/participations", referral("SCAN-" + run + "A", "Kari " + family + " barnevernet")));
    refused(nora.post("/api/participations", referral(housing + "-husleie", "Kari")));
    refused(nora.post("/api/participations", referral("SCAN-" + run + "B", "Ola " + income + " sosialhjelp")));
    String start = "/engine-rest/process-definition/key/place-and-train/start";
    refused(nora.post(start, Map.of("variables", variables(
        "agreementId", AGREEMENT, "candidateRef", "SCAN-" + run + "C",
        "candidateDisplayName", "Ola " + income + " sosialhjelp"))));
    refused(nora.post(start, Map.of("variables", variables(
        "agreementId", AGREEMENT, "candidateRef", income + "-trygd", "candidateDisplayName", "Ola"))));
    refused(nora.post(start, Map.of("variables", variables(
        "agreementId", AGREEMENT, "candidateRef", "SCAN-" + run + "D", "candidateDisplayName", "Ola",
        "notes", "Diagnose: " + health + " depresjon"))));
    refused(nora.post(start, Map.of("businessKey", health + "-diagnose", "variables", variables(
        "agreementId", AGREEMENT, "candidateRef", "SCAN-" + run + "E", "candidateDisplayName", "Ola"))));

    JsonNode participation = nora.post("/api/participations", referral("SCAN-" + run + "OK", "Ola"))
        .expect(201).json();
    String pi = participation.get("processInstanceId").asText();
    String participationId = participation.get("id").asText();

    // ---- the screening deadline passes: the escalation's waiver reason -------------------
    executeJob(admin, pi, "Boundary_ScreeningOverdue");
    String followUp = escalationTask(admin, participationId);
    refused(nora.post("/engine-rest/task/" + followUp + "/submit-form", Map.of("variables", variables(
        "resolution", "WAIVE", "waivedReason", "Kandidaten fikk " + income + " sosialhjelp og kunne ikke møte"))));
    refused(nora.post("/engine-rest/task/" + followUp + "/submit-form", Map.of("variables", variables(
        "resolution", "WAIVE", "waivedReason", housing + ": kastet ut, skylder husleie"))));
    refused(nora.post("/engine-rest/task/" + followUp + "/complete", Map.of("variables", variables(
        "resolution", "ESCALATE", "comment", "Diagnose: " + health + " depresjon"))));

    // ---- screening: the strengths profile --------------------------------------------------
    String screen = task(admin, pi, "Task_ScreenCandidate");
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("candidateSkills", "Resepsjon, kundeservice, kasse");
    profile.put("candidateInterests", "Hotell og reiseliv");
    profile.put("candidateLanguages", "Norsk, engelsk, arabisk");
    profile.put("candidateMotivation", "Vil ha fast jobb i resepsjon");
    profile.put("screeningOutcome", "SUITABLE");
    refused(submit(nora, screen, with(profile, "candidateMotivation", "Diagnose: " + health + " depresjon")));
    refused(submit(nora, screen, with(profile, "candidateInterests", family + ": mye kontakt med barnevernet")));
    refused(submit(nora, screen, with(profile, "candidateSkills", "Flink, men " + housing + " skylder husleie")));
    refused(submit(nora, screen, with(profile, "candidateLanguages", "Norsk. " + income + " mottar sosialhjelp")));
    refused(submit(nora, screen, with(profile, "personalNotes", "Sykemeldt: " + health + " angst")));
    refused(nora.post("/engine-rest/task/" + screen + "/complete",
        Map.of("variables", variables(with(profile, "familySituation", family + " aleneforelder")))));
    submit(nora, screen, profile).expect(204);

    // ---- presentation, speed interview, draft, approvals ----------------------------------
    String present = task(admin, pi, "Task_PresentToEmployer");
    refused(submit(erik, present, Map.of("employerResponse", "INVITE", "note", income + " på AAP")));
    submit(erik, present, Map.of("employerResponse", "INVITE")).expect(204);
    submit(erik, task(admin, pi, "Task_SpeedInterview"), Map.of("interviewResult", "SELECTED")).expect(204);

    String draft = task(admin, pi, "Task_DraftPracticeAgreement");
    Map<String, Object> terms = new LinkedHashMap<>();
    terms.put("practiceStartDate", LocalDate.now(OSLO).plusDays(21).toString());
    terms.put("practiceMonths", 3L);
    terms.put("workSite", "Resepsjonen, Aleris Helse-bygget");
    refused(submit(nora, draft, with(terms, "workSite", housing + ", bor i kommunal bolig")));
    submit(nora, draft, terms).expect(204);

    String employerApproves = task(admin, pi, "Task_EmployerApproves");
    refused(submit(erik, employerApproves, Map.of("employerApproval", "APPROVE", "mentorId", "mona",
        "mentorNote", family + " skilsmisse")));
    submit(erik, employerApproves, Map.of("employerApproval", "APPROVE", "mentorId", "mona")).expect(204);
    submit(kari, task(admin, pi, "Task_KamApproves"), Map.of("kamApproval", "APPROVE")).expect(204);

    // ---- a checkpoint flags personal matters; NAV follows them up (open / done only) -------
    executeJob(admin, pi, "Timer_CheckpointDue");
    String checkpoint = task(admin, pi, "Task_HoldCheckpoint");
    Map<String, Object> held = Map.of("checkpointResult", "PARTIAL", "checkpointRisk", true,
        "personalMattersOpen", true);
    refused(submit(kari, checkpoint, with(held, "checkpointNote", health + " sykemeldt to uker")));
    submit(kari, checkpoint, held).expect(204);
    executeJob(admin, pi, "Task_RecordCheckpoint"); // asynchronous after recording
    String personalMatters = task(admin, pi, "Task_FollowUpPersonalMatters");
    refused(submit(nora, personalMatters, Map.of("personalMattersResolved", true,
        "personalMatters", housing + " bostøtte søkt")));
    submit(nora, personalMatters, Map.of("personalMattersResolved", true)).expect(204);

    // ---- the dropout message ---------------------------------------------------------------
    refused(nora.post("/engine-rest/message", dropout(variables("dropoutReason", health + " sykdom"), participationId)));
    refused(nora.post("/engine-rest/message", dropout(variables("dropoutReason", "PERSONAL_REASONS",
        "dropoutDetails", family + " skilsmisse"), participationId)));
    Map<String, Object> local = new LinkedHashMap<>(dropout(variables("dropoutReason", "OTHER"), participationId));
    local.put("processVariablesLocal", variables("reasonText", income + " gjeldsordning"));
    refused(nora.post("/engine-rest/message", local));
    refused(nora.post("/engine-rest/process-instance/message-async", Map.of(
        "messageName", "ParticipationDropout", "processInstanceIds", List.of(pi),
        "variables", variables("dropoutReason", housing + " hjemløs"))));
    nora.post("/engine-rest/message", dropout(variables("dropoutReason", "PERSONAL_REASONS"), participationId))
        .expect(204);
    assertThat(admin.get("/engine-rest/history/process-instance/" + pi).expect(200).json()
        .get("state").asText()).isEqualTo("COMPLETED");

    // ---- the scan --------------------------------------------------------------------------
    TableScan scan = TableScan.of(dataSource);
    Map<String, Integer> rows = scan.rowCounts();
    List<TableScan.Hit> hits = scan.find(markers);
    List<String> inLog = markers.stream()
        .filter(marker -> output.getAll().toLowerCase(Locale.ROOT).contains(marker.toLowerCase(Locale.ROOT)))
        .toList();
    System.out.printf(Locale.ROOT, "Data minimisation scan: %d attempts, %d refused; %d tables, %d rows"
            + " scanned; %d log characters scanned; markers found: %d in tables, %d in the log%n",
        attempts, refusals, rows.size(), rows.values().stream().mapToInt(Integer::intValue).sum(),
        output.getAll().length(), hits.size(), inLog.size());

    assertThat(refusals).isEqualTo(attempts).isGreaterThanOrEqualTo(25);
    assertThat(rows.keySet()).anyMatch(t -> t.startsWith("ACT_")).anyMatch(t -> t.startsWith("PT_"));
    assertThat(rows.get("PT_PARTICIPATION")).isPositive();
    assertThat(hits).as("markers in the tables").isEmpty();
    assertThat(inLog).as("markers in the log").isEmpty();
  }

  // ---- helpers ---------------------------------------------------------------------------

  /** An attempt that must be refused with 400, its answer naming no marker. */
  private void refused(RestClient.Response response) {
    attempts++;
    assertThat(response.status()).as("refused: %s", response.body()).isEqualTo(400);
    String body = response.body().toLowerCase(Locale.ROOT);
    assertThat(markers).as("the refusal names no marker: %s", response.body())
        .noneMatch(marker -> body.contains(marker.toLowerCase(Locale.ROOT)));
    refusals++;
  }

  private static Map<String, Object> referral(String candidateRef, String displayName) {
    Map<String, Object> referral = new LinkedHashMap<>();
    referral.put("agreementId", AGREEMENT);
    referral.put("candidateRef", candidateRef);
    referral.put("candidateDisplayName", displayName);
    return referral;
  }

  private static Map<String, Object> dropout(Map<String, Object> variables, String participationId) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("messageName", "ParticipationDropout");
    message.put("businessKey", participationId);
    message.put("processVariables", variables);
    return message;
  }

  private static Map<String, Object> with(Map<String, Object> values, String key, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(values);
    copy.put(key, value);
    return copy;
  }

  private static RestClient.Response submit(RestClient user, String taskId, Map<String, Object> values) {
    return user.post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables(values)));
  }

  /** The one open task {@code taskKey} of the instance (looked up by the administrator). */
  private static String task(RestClient admin, String processInstanceId, String taskKey) {
    StringBuilder ids = new StringBuilder(processInstanceId); // and its party-desk (employer's tasks)
    admin.get("/engine-rest/process-instance?maxResults=10&processDefinitionKey=party-desk&superProcessInstance="
        + processInstanceId).expect(200).json().forEach(desk -> ids.append(',').append(desk.get("id").asText()));
    JsonNode tasks = admin.get("/engine-rest/task?maxResults=100&processInstanceIdIn=" + ids
        + "&taskDefinitionKey=" + taskKey).expect(200).json();
    assertThat(tasks).as("open task %s", taskKey).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private static void executeJob(RestClient admin, String processInstanceId, String activityId) {
    JsonNode jobs = admin.get("/engine-rest/job?maxResults=100&processInstanceId=" + processInstanceId
        + "&activityId=" + activityId).expect(200).json();
    assertThat(jobs).as("job at %s", activityId).hasSize(1);
    admin.post("/engine-rest/job/" + jobs.get(0).get("id").asText() + "/execute", "{}").expect(204);
  }

  /**
   * The escalation of the participation's commitment runs (the administrator executes its jobs,
   * not the level's expiry) until its follow-up task is there; returns the task's id.
   */
  private static String escalationTask(RestClient admin, String participationId) {
    for (int round = 0; round < 8; round++) {
      JsonNode instances = admin.get("/engine-rest/process-instance?maxResults=100"
          + "&processDefinitionKey=commitment-escalation&variables=participationId_eq_" + participationId)
          .expect(200).json();
      for (JsonNode instance : instances) {
        String id = instance.get("id").asText();
        JsonNode tasks = admin.get("/engine-rest/task?maxResults=100&processInstanceId=" + id
            + "&taskDefinitionKey=Task_FollowUpCommitment").expect(200).json();
        if (!tasks.isEmpty()) {
          return tasks.get(0).get("id").asText();
        }
        JsonNode jobs = admin.get("/engine-rest/job?maxResults=100&processInstanceId=" + id).expect(200).json();
        for (JsonNode job : jobs) {
          if (!"Timer_LevelExpires".equals(job.path("activityId").asText())) {
            admin.post("/engine-rest/job/" + job.get("id").asText() + "/execute", "{}").expect(204);
          }
        }
      }
    }
    throw new AssertionError("no follow-up task in the escalation of " + participationId);
  }

  private static Map<String, Object> variables(Object... keyValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      values.put((String) keyValues[i], keyValues[i + 1]);
    }
    return variables(values);
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      Map<String, Object> typed = new LinkedHashMap<>();
      typed.put("value", value);
      typed.put("type", value instanceof Boolean ? "Boolean"
          : value instanceof Integer || value instanceof Long ? "Long"
          : value instanceof Double ? "Double" : "String");
      variables.put(name, typed);
    });
    return variables;
  }
}
