package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Participants belong to LOCAL agreements. {@code POST /api/participations} refers to any LOCAL,
 * ACTIVE agreement — also one created later through {@code POST /api/agreements}, which the
 * referral form's static list does not know — and refuses a FRAMEWORK; a start through the referral
 * form works as before for the agreements the form lists.
 */
class LocalAgreementReferralTest extends ServerTestBase {

  private static final String FRAMEWORK_REFUSAL =
      "agreementId: is a framework agreement: refer to one of its local agreements";

  private RestClient api(String user) {
    return RestClient.as(port, user, DEMO_PASSWORD);
  }

  /** A LOCAL under iss-oslo-region, as {@code POST /api/agreements} takes it. */
  private static String local(String id, String status) {
    return """
        {
          "id": "%s",
          "kind": "LOCAL",
          "parent": "iss-oslo-region",
          "name": "ISS × NAV Grorud",
          "status": "%s",
          "offices": [{"id": "nav-grorud", "name": "NAV Grorud"}],
          "employer": {"name": "ISS", "org-number": null, "sites": ["ISS Grorud"]},
          "terms": {"selection": "INTERVIEW", "practice-months": {"min": 3, "max": 4}},
          "commitments": [{"kind": "SCREEN_REFERRAL", "deadline": "P3D", "working-days": true}]
        }
        """.formatted(id, status);
  }

  private static Map<String, Object> referral(String agreementId, String ref, String name) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("agreementId", agreementId);
    body.put("candidateRef", ref);
    body.put("candidateDisplayName", name);
    return body;
  }

  /** Process instances of place-and-train whose candidateRef is {@code ref} (all, as admin). */
  private long instancesOf(String ref) {
    return as("admin").get("/engine-rest/process-instance/count?processDefinitionKey="
            + Participations.PROCESS + "&variables=candidateRef_eq_" + ref)
        .expect(200).json().get("count").asLong();
  }

  /** A variable of the participation, read by {@code user} (its office) through the history. */
  private String variable(String user, String processInstanceId, String name) {
    return Participations.ownHistoricValue(as(user), processInstanceId, name);
  }


  private RestClient.Response submitReferralForm(String agreementId, String ref, String name) {
    return submitReferralForm("alna.caseworker", agreementId, ref, name);
  }

  private RestClient.Response submitReferralForm(String user, String agreementId, String ref,
      String name) {
    return as(user).post("/engine-rest/process-definition/key/" + Participations.PROCESS
        + "/submit-form", Map.of("variables", Participations.variables(
            "agreementId", agreementId, "candidateRef", ref, "candidateDisplayName", name)));
  }

  @Test
  void aLocalCreatedThroughTheApiIsReferredToThroughTheApi() {
    api("frida").post("/api/agreements", local("iss-api-haugerud", "ACTIVE")).expect(201);

    // a caseworker of NAV Grorud refers: referredBy is the caller
    RestClient.Response created = api("grorud.caseworker").post("/api/participations",
        referral("iss-api-haugerud", "ISS-API-0001", "Omar")).expect(201);
    JsonNode participation = created.json();
    String id = participation.get("id").asText();
    assertThat(participation.get("agreementId").asText()).isEqualTo("iss-api-haugerud");
    assertThat(participation.get("status").asText()).isEqualTo("ACTIVE");

    JsonNode instances = as("grorud.caseworker")
        .get("/engine-rest/process-instance?maxResults=100&businessKey=" + id).expect(200).json();
    assertThat(instances).hasSize(1);
    String pi = instances.get(0).get("id").asText();
    assertThat(participation.get("processInstanceId").asText()).isEqualTo(pi);
    // another office's caseworker does not see it
    assertThat(as("nora").get("/engine-rest/process-instance?maxResults=100&businessKey=" + id)
        .expect(200).json()).isEmpty();
    JsonNode task = participations("grorud.caseworker").task(pi);
    assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_ScreenCandidate");
    assertThat(variable("grorud.caseworker", pi, "referredBy")).isEqualTo("grorud.caseworker");
    assertThat(variable("grorud.caseworker", pi, "agreementName")).isEqualTo("ISS × NAV Grorud");
    assertThat(variable("grorud.caseworker", pi, "practiceMaxMonths")).isEqualTo("4");

    // the history shows the instance started, by the caller, at the registration
    JsonNode history = as("grorud.caseworker").get("/engine-rest/history/process-instance/" + pi)
        .expect(200).json();
    assertThat(history.get("state").asText()).isEqualTo("ACTIVE");
    assertThat(history.get("startTime").isNull()).isFalse();
    assertThat(history.get("startUserId").asText()).isEqualTo("grorud.caseworker");
    assertThat(history.get("businessKey").asText()).isEqualTo(id);
    assertThat(history.get("startActivityId").asText()).isEqualTo("Task_RegisterReferral");

    // the referral form lists the catalogue only: an agreement created later is not an option
    RestClient.Response throughTheForm =
        submitReferralForm("grorud.caseworker", "iss-api-haugerud", "ISS-API-0002", "Leila");
    assertThat(throughTheForm.status()).isEqualTo(400);
    assertThat(throughTheForm.json().get("message").asText()).contains("agreementId");
    assertThat(instancesOf("ISS-API-0002")).isZero();
  }

  @Test
  void aReferralToTheFrameworkIs400NamingTheAgreementAndStartsNothing() {
    JsonNode error = api("nora").post("/api/participations",
        referral("iss-oslo-region", "ISS-API-0003", "Omar")).error(400);
    assertThat(error.get("field").asText()).isEqualTo("agreementId");
    assertThat(error.get("message").asText()).isEqualTo(FRAMEWORK_REFUSAL);
    assertThat(error.toString()).doesNotContain("ISS-API-0003");
    assertThat(instancesOf("ISS-API-0003")).isZero();
  }

  @Test
  void aReferralToALocalThatIsNotActiveIs409AndStartsNothing() {
    api("frida").post("/api/agreements", local("iss-api-draft", "DRAFT")).expect(201);

    JsonNode error = api("nora").post("/api/participations",
        referral("iss-api-draft", "ISS-API-0004", "Omar")).error(409);
    assertThat(error.get("field").asText()).isEqualTo("agreementId");
    assertThat(error.get("message").asText())
        .isEqualTo("agreementId: names an agreement that takes no referrals (status DRAFT)");
    assertThat(instancesOf("ISS-API-0004")).isZero();
  }

  @Test
  void aDisplayNameTheFormRefusesIsRefusedByTheApiToo() {
    JsonNode error = api("nora").post("/api/participations",
        referral("iss-alna", "ISS-API-0005", "Omar <b>SECRET</b>")).error(400);
    assertThat(error.get("field").asText()).isEqualTo("candidateDisplayName");
    assertThat(error.toString()).doesNotContain("SECRET");
    assertThat(instancesOf("ISS-API-0005")).isZero();
  }

  @Test
  void theReferralFormStartsALocalOfTheCatalogueAndRefusesTheFramework() {
    RestClient.Response started = submitReferralForm("iss-alna", "ISS-FORM-0001", "Amina");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String pi = started.json().get("id").asText();
    assertThat(participations("alna.caseworker").task(pi).get("taskDefinitionKey").asText())
        .isEqualTo("Task_ScreenCandidate");
    assertThat(variable("alna.caseworker", pi, "referredBy")).isEqualTo("alna.caseworker");
    assertThat(variable("alna.caseworker", pi, "agreementName")).isEqualTo("ISS × NAV Alna");
    JsonNode history = as("alna.caseworker").get("/engine-rest/history/process-instance/" + pi)
        .expect(200).json();
    assertThat(history.get("startActivityId").asText()).isEqualTo("StartEvent_Referral");

    RestClient.Response framework = submitReferralForm("iss-oslo-region", "ISS-FORM-0002", "Omar");
    assertThat(framework.status()).isEqualTo(400);
    assertThat(framework.json().get("message").asText()).contains("agreementId")
        .doesNotContain("ISS-FORM-0002");
    assertThat(instancesOf("ISS-FORM-0002")).isZero();

    // Camunda's plain start runs the same checks
    RestClient.Response plainStart = as("alna.caseworker").post("/engine-rest/process-definition/key/"
        + Participations.PROCESS + "/start", Map.of("variables", Participations.variables(
            "agreementId", "iss-oslo-region", "candidateRef", "ISS-FORM-0003",
            "candidateDisplayName", "Omar")));
    assertThat(plainStart.status()).isEqualTo(400);
    assertThat(plainStart.json().get("message").asText()).contains("agreementId");
    assertThat(instancesOf("ISS-FORM-0003")).isZero();
  }
}
