package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code DELETE /api/candidates/{candidateRef}} over HTTP: an administrator erases a candidate
 * (200 with the counts; the participation anonymised, its process instance gone from runtime and
 * history); a caseworker is refused (403) and nothing is erased; an unknown reference is 404, a
 * malformed one 400 — neither echoed. Another candidate's participation is untouched.
 */
class CandidateErasureApiTest extends ServerTestBase {

  private static final String AGREEMENT = "nordic-choice-grunerlokka";

  @Test
  void anAdministratorErasesTheCandidateAndGetsTheCounts() {
    JsonNode erased = refer("API-ERASE-0001", "Zelmira");
    JsonNode kept = refer("API-KEEP-0001", "Yolanda");
    String pi = erased.get("processInstanceId").asText();

    JsonNode report = delete("admin", "/api/candidates/API-ERASE-0001").expect(200).json();
    System.out.println("DELETE /api/candidates/{candidateRef} as admin: " + report);

    assertThat(report.get("participations").asInt()).isEqualTo(1);
    JsonNode counts = report.get("counts");
    assertThat(counts.get("participationsAnonymised").asInt()).isEqualTo(1);
    assertThat(counts.get("participationsEnded").asInt()).isEqualTo(1);
    assertThat(counts.get("processInstances").asInt()).isEqualTo(1);
    assertThat(counts.get("historicProcessInstances").asInt()).isEqualTo(1);
    assertThat(counts.get("historicTaskInstances").asInt()).isPositive();
    assertThat(counts.get("historicVariableInstances").asInt()).isPositive();
    assertThat(counts.get("commitmentsCancelled").asInt()).isGreaterThanOrEqualTo(0);
    assertThat(report.toString()).doesNotContain("API-ERASE-0001").doesNotContain("Zelmira")
        .doesNotContain(erased.get("id").asText()).doesNotContain(pi);

    JsonNode anonymised = as("admin").get("/api/participations/" + erased.get("id").asText())
        .expect(200).json();
    assertThat(anonymised.get("candidateRef").asText()).matches("ERASED-[a-z0-9]{8}");
    assertThat(anonymised.get("candidateDisplayName").asText()).isEqualTo("—");
    assertThat(anonymised.get("status").asText()).isEqualTo("ENDED");
    assertThat(anonymised.get("endReason").asText()).isEqualTo("ERASED");
    assertThat(anonymised.get("processInstanceId").isNull()).isTrue();
    assertThat(anonymised.get("commitments")).allSatisfy(
        commitment -> assertThat(commitment.get("status").asText()).isNotEqualTo("OPEN"));
    as("admin").get("/engine-rest/process-instance/" + pi).expect(404);
    as("admin").get("/engine-rest/history/process-instance/" + pi).expect(404);
    assertThat(as("admin").get("/engine-rest/history/variable-instance/count?processInstanceId="
        + pi).expect(200).json().get("count").asInt()).isZero();
    assertThat(as("admin").get("/engine-rest/history/task/count?processInstanceId=" + pi)
        .expect(200).json().get("count").asInt()).isZero();

    // the other candidate keeps everything
    JsonNode other = as("admin").get("/api/participations/" + kept.get("id").asText())
        .expect(200).json();
    assertThat(other.get("candidateRef").asText()).isEqualTo("API-KEEP-0001");
    assertThat(other.get("candidateDisplayName").asText()).isEqualTo("Yolanda");
    assertThat(other.get("status").asText()).isEqualTo("ACTIVE");
    as("admin").get("/engine-rest/process-instance/" + kept.get("processInstanceId").asText())
        .expect(200);

    // erased already: nothing has the reference any more
    JsonNode again = delete("admin", "/api/candidates/API-ERASE-0001").error(404);
    assertThat(again.get("field").asText()).isEqualTo("candidateRef");
    assertThat(again.toString()).doesNotContain("API-ERASE-0001");
  }

  @Test
  void aCaseworkerIsRefusedAndNothingIsErased() {
    JsonNode participation = refer("API-ERASE-0002", "Xenia");

    JsonNode refused = delete("nora", "/api/candidates/API-ERASE-0002").error(403);
    assertThat(refused.toString()).doesNotContain("API-ERASE-0002");
    // a malformed reference is refused the same way: a non-administrator learns nothing
    delete("nora", "/api/candidates/01017012345").error(403);

    JsonNode unchanged = as("admin").get("/api/participations/" + participation.get("id").asText())
        .expect(200).json();
    assertThat(unchanged.get("candidateRef").asText()).isEqualTo("API-ERASE-0002");
    assertThat(unchanged.get("candidateDisplayName").asText()).isEqualTo("Xenia");
    assertThat(unchanged.get("status").asText()).isEqualTo("ACTIVE");
    as("admin").get("/engine-rest/process-instance/"
        + participation.get("processInstanceId").asText()).expect(200);
  }

  @Test
  void anUnknownReferenceIs404AndAMalformedOne400NeitherEchoed() {
    JsonNode unknown = delete("admin", "/api/candidates/API-NEVER-0001").error(404);
    assertThat(unknown.get("field").asText()).isEqualTo("candidateRef");
    assertThat(unknown.get("message").asText()).isEqualTo("candidateRef: names no participation");
    assertThat(unknown.toString()).doesNotContain("API-NEVER-0001");

    for (String malformed : new String[] {"01017012345", "ab", "SECRET%20with%20spaces"}) {
      JsonNode error = delete("admin", "/api/candidates/" + malformed).error(400);
      assertThat(error.get("field").asText()).isEqualTo("candidateRef");
      assertThat(error.get("message").asText()).startsWith("candidateRef: ");
      assertThat(error.toString()).doesNotContain("01017012345").doesNotContain("SECRET");
    }
  }

  @Test
  void nobodyWithoutCredentials() {
    RestClient.Response answer = delete(null, "/api/candidates/API-ANON-0001");
    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.wwwAuthenticate()).startsWith("Basic");
  }

  private JsonNode refer(String ref, String name) {
    return as("nora").post("/api/participations", Map.of("agreementId", AGREEMENT,
        "candidateRef", ref, "candidateDisplayName", name)).expect(201).json();
  }

  /** {@code DELETE path} as {@code user} (anonymous when {@code null}). */
  private RestClient.Response delete(String user, String path) {
    return (user == null ? anonymous() : as(user)).delete(path);
  }

}
