package no.placetrain.server.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.placetrain.server.RestClient;

/**
 * Participations driven through the REST API of running nodes, as an administrator, by the real
 * journey to the practice period: a referral through our API to <em>KIWI × NAV Drammen</em>
 * (one office, no broker, no capacity limit), screening, presentation, interview, draft, the
 * employer's approval with its mentor ({@value #MENTOR}, a demo user of the employer's mentor
 * group) and the KAM's approval. Each then waits at its first checkpoint timer
 * ({@value #TIMER}), due a week after the practice starts (three weeks ahead): nothing on the way
 * is asynchronous, so the nodes' job executors have nothing to do until a test makes the timers
 * due.
 */
final class PracticeJourneys {

  static final String AGREEMENT = "kiwi-nav-drammen";
  static final String MENTOR = "kiwi.mentor";
  /** The first checkpoint's timer. */
  static final String TIMER = "Timer_CheckpointDue";

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  /** Camunda's REST date format. */
  private static final DateTimeFormatter REST_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

  /** One participation: its id (the business key) and its process instance. */
  record Participation(String id, String processInstanceId) {}

  private PracticeJourneys() {}

  /**
   * {@code count} participations at their first checkpoint timer, referred in turn through each
   * of {@code nodes}, {@code threads} at a time.
   */
  static List<Participation> atFirstCheckpoint(List<RestClient> nodes, int count, String prefix,
      int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Participation>> running = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        RestClient node = nodes.get(i % nodes.size());
        String candidateRef = String.format("%s-%04d", prefix, i + 1);
        running.add(pool.submit(() -> atFirstCheckpoint(node, candidateRef)));
      }
      List<Participation> participations = new ArrayList<>();
      for (Future<Participation> participation : running) {
        participations.add(participation.get());
      }
      return participations;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof AssertionError failed) {
        throw failed;
      }
      throw new IllegalStateException("a journey failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One participation, from its referral to its first checkpoint timer. */
  static Participation atFirstCheckpoint(RestClient admin, String candidateRef) {
    Map<String, Object> referral = new LinkedHashMap<>();
    referral.put("agreementId", AGREEMENT);
    referral.put("candidateRef", candidateRef);
    referral.put("candidateDisplayName", "Ola");
    JsonNode created = admin.post("/api/participations", referral).expect(201).json();
    String pi = created.get("processInstanceId").asText();
    Participation participation = new Participation(created.get("id").asText(), pi);

    submit(admin, task(admin, pi, "Task_ScreenCandidate", false),
        "candidateSkills", "Kundeservice, logistikk",
        "candidateInterests", "Faget og arbeidsplassen",
        "candidateLanguages", "Norsk",
        "candidateMotivation", "Vil ha fast jobb",
        "screeningOutcome", "SUITABLE");
    submit(admin, task(admin, pi, "Task_PresentToEmployer", true), "employerResponse", "INVITE");
    submit(admin, task(admin, pi, "Task_Interview", true), "interviewResult", "SELECTED");
    submit(admin, task(admin, pi, "Task_DraftPracticeAgreement", false),
        "practiceStartDate", LocalDate.now(OSLO).plusDays(21).toString(),
        "practiceMonths", 3L,
        "workSite", "KIWI Drammen sentrum");
    submit(admin, task(admin, pi, "Task_EmployerApproves", true),
        "employerApproval", "APPROVE", "mentorId", MENTOR);
    submit(admin, task(admin, pi, "Task_KamApproves", false), "kamApproval", "APPROVE");
    return participation;
  }

  /**
   * Sets the due date of the checkpoint timer of each participation to {@code due} through
   * {@code admin}'s node ({@code PUT /job/{id}/duedate}, as an operator would in Cockpit).
   *
   * @return how many timers it set
   */
  static int setTimersDue(RestClient admin, List<Participation> participations, Instant due) {
    int set = 0;
    for (Participation participation : participations) {
      JsonNode jobs = admin.get("/engine-rest/job?maxResults=10&activityId=" + TIMER
          + "&processInstanceId=" + participation.processInstanceId()).expect(200).json();
      if (jobs.size() != 1) {
        throw new AssertionError(participation + ": expected one job at " + TIMER + ", found "
            + jobs);
      }
      admin.put("/engine-rest/job/" + jobs.get(0).get("id").asText() + "/duedate",
          Map.of("duedate", REST_DATE.format(due))).expect(204);
      set++;
    }
    return set;
  }

  /** The one open task {@code key} of the instance, or of the party-desk it runs. */
  private static String task(RestClient admin, String pi, String key, boolean inDesk) {
    String instance = pi;
    if (inDesk) {
      JsonNode desks = admin.get("/engine-rest/process-instance?maxResults=10"
          + "&processDefinitionKey=party-desk&superProcessInstance=" + pi).expect(200).json();
      if (desks.size() != 1) {
        throw new AssertionError(pi + ": expected one party-desk for " + key + ", found " + desks);
      }
      instance = desks.get(0).get("id").asText();
    }
    JsonNode tasks = admin.get("/engine-rest/task?maxResults=10&processInstanceId=" + instance)
        .expect(200).json();
    if (tasks.size() != 1 || !key.equals(tasks.get(0).get("taskDefinitionKey").asText())) {
      throw new AssertionError(pi + ": expected the one open task " + key + ", found " + tasks);
    }
    return tasks.get(0).get("id").asText();
  }

  private static void submit(RestClient admin, String taskId, Object... keyValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      Object value = keyValues[i + 1];
      String type =
          value instanceof Long ? "Long" : value instanceof Boolean ? "Boolean" : "String";
      variables.put((String) keyValues[i], Map.of("value", value, "type", type));
    }
    admin.post("/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables))
        .expect(204);
  }
}
