package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/participations}: a referral starts place-and-train at its registration (with the
 * referral form's variables and checks); a participation reads with its commitments; bad input
 * gets 4xx and starts nothing. Local agreements and the framework: LocalAgreementReferralTest.
 */
class ParticipationApiTest extends ServerTestBase {

  private RestClient api() {
    return RestClient.as(port, "nora", DEMO_PASSWORD);
  }

  private RestClient api(String user) {
    return as(user);
  }

  private static Map<String, Object> referral(String agreementId, String ref, String name) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("agreementId", agreementId);
    body.put("candidateRef", ref);
    body.put("candidateDisplayName", name);
    return body;
  }

  /** Process instances whose candidateRef is {@code ref}. */
  private long instancesOf(String ref) {
    return as("admin").get("/engine-rest/process-instance/count?processDefinitionKey="
            + Participations.PROCESS + "&variables=candidateRef_eq_" + ref)
        .expect(200).json().get("count").asLong();
  }

  @Test
  void referralStartsTheProcessAndWaitsForScreening() {
    RestClient.Response created = api("nils").post("/api/participations",
        referral("kiwi-nav-drammen", "API-REF-0001", "Amina")).expect(201);
    JsonNode participation = created.json();
    String id = participation.get("id").asText();
    assertThat(id).startsWith("P-");
    assertThat(created.location()).endsWith("/api/participations/" + id);
    assertThat(participation.get("agreementId").asText()).isEqualTo("kiwi-nav-drammen");
    assertThat(participation.get("candidateRef").asText()).isEqualTo("API-REF-0001");
    assertThat(participation.get("candidateDisplayName").asText()).isEqualTo("Amina");
    assertThat(participation.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(participation.has("strengths")).isFalse();

    JsonNode instances = as("nils").get("/engine-rest/process-instance?maxResults=100&businessKey=" + id)
        .expect(200).json();
    assertThat(instances).hasSize(1);
    String pi = instances.get(0).get("id").asText();
    assertThat(participation.get("processInstanceId").asText()).isEqualTo(pi);
    JsonNode task = participations("nils").task(pi);
    assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_ScreenCandidate");
    // who referred: the authenticated caller, as from Tasklist
    assertThat(as("nils").get("/engine-rest/history/variable-instance?maxResults=10&processInstanceId="
        + pi + "&variableName=referredBy").expect(200).json().get(0).get("value").asText())
        .isEqualTo("nils");

    // the same candidate again while the participation is active
    JsonNode again = api("nils").post("/api/participations",
        referral("kiwi-nav-drammen", "API-REF-0001", "Amina")).error(409);
    assertThat(again.get("field").asText()).isEqualTo("candidateRef");
    assertThat(again.toString()).doesNotContain("API-REF-0001");
    assertThat(instancesOf("API-REF-0001")).isEqualTo(1);

    // ... who may still be referred to another agreement
    api("nora").post("/api/participations",
        referral("nordic-choice-grunerlokka", "API-REF-0001", "Amina")).expect(201);
    assertThat(instancesOf("API-REF-0001")).isEqualTo(2);
  }

  @Test
  void participationReadsWithItsCommitments() {
    String id = api("nils").post("/api/participations",
        referral("kiwi-nav-drammen", "API-REF-0002", "Jonas")).expect(201).json()
        .get("id").asText();

    JsonNode participation = api("nils").get("/api/participations/" + id).expect(200).json();
    assertThat(participation.get("id").asText()).isEqualTo(id);
    assertThat(participation.get("agreementId").asText()).isEqualTo("kiwi-nav-drammen");
    assertThat(participation.get("candidateRef").asText()).isEqualTo("API-REF-0002");
    assertThat(participation.get("candidateDisplayName").asText()).isEqualTo("Jonas");
    assertThat(participation.get("status").asText()).isEqualTo("ACTIVE");
    assertThat(participation.get("outcome").isNull()).isTrue();
    assertThat(Instant.parse(participation.get("referredAt").asText())).isBeforeOrEqualTo(Instant.now());
    assertThat(participation.has("strengths")).isFalse();
    JsonNode commitments = participation.get("commitments");
    assertThat(commitments.isArray()).isTrue();

    if (modelOpensTheScreeningCommitment()) {
      JsonNode screening = null;
      for (JsonNode c : commitments) {
        if (c.get("kind").asText().equals("SCREEN_REFERRAL")) {
          screening = c;
        }
      }
      assertThat(screening).as("SCREEN_REFERRAL in " + commitments).isNotNull();
      assertThat(screening.get("status").asText()).isEqualTo("OPEN");
      assertThat(screening.get("obligorRole").asText()).isEqualTo("NAV_OFFICE");
      assertThat(screening.get("party").asText()).isEqualTo("nav-drammen");
      assertThat(Instant.parse(screening.get("dueAt").asText())).isAfter(Instant.now());
    }
  }

  /** Whether the deployed place-and-train opens SCREEN_REFERRAL (the models' commitment tasks). */
  private boolean modelOpensTheScreeningCommitment() {
    return as("nora").get("/engine-rest/process-definition/key/" + Participations.PROCESS + "/xml")
        .expect(200).json().get("bpmn20Xml").asText().contains("Task_OpenScreeningCommitment");
  }

  @Test
  void unknownParticipationIs404() {
    // for those who read every participation (administrators, the regional coordinator) ...
    JsonNode error = api("frida").get("/api/participations/P-00000000-0000-0000-0000-000000000000")
        .error(404);
    assertThat(error.get("field").asText()).isEqualTo("participationId");
    api("admin").get("/api/participations/P-00000000-0000-0000-0000-000000000000").error(404);
    // ... anyone else learns nothing of whether it exists: 403 as for another office's
    api("nora").get("/api/participations/P-00000000-0000-0000-0000-000000000000").error(403);
  }

  @Test
  void unknownAgreementIs404AndStartsNothing() {
    JsonNode error = api().post("/api/participations",
        referral("no-such-agreement", "API-REF-0003", "Ola")).error(404);
    assertThat(error.get("field").asText()).isEqualTo("agreementId");
    assertThat(error.toString()).doesNotContain("no-such-agreement").doesNotContain("API-REF-0003");
    assertThat(instancesOf("API-REF-0003")).isZero();
  }

  @Test
  void missingAndMalformedFieldsAre400NamingTheField() {
    JsonNode nationalId = api().post("/api/participations",
        referral("kiwi-nav-drammen", "01017012345", "Ola")).error(400);
    assertThat(nationalId.get("field").asText()).isEqualTo("candidateRef");
    assertThat(nationalId.get("message").asText()).startsWith("candidateRef: ");
    assertThat(nationalId.toString()).doesNotContain("01017012345");
    assertThat(instancesOf("01017012345")).isZero();

    JsonNode missingRef = api().post("/api/participations",
        referral("kiwi-nav-drammen", null, "Ola")).error(400);
    assertThat(missingRef.get("field").asText()).isEqualTo("candidateRef");
    assertThat(missingRef.get("message").asText()).isEqualTo("candidateRef: is required");

    JsonNode missingAgreement = api().post("/api/participations",
        referral(null, "API-REF-0004", "Ola")).error(400);
    assertThat(missingAgreement.get("field").asText()).isEqualTo("agreementId");

    JsonNode missingName = api().post("/api/participations",
        referral("kiwi-nav-drammen", "API-REF-0004", " ")).error(400);
    assertThat(missingName.get("field").asText()).isEqualTo("candidateDisplayName");

    JsonNode tooLong = api().post("/api/participations",
        referral("kiwi-nav-drammen", "API-REF-0004", "N".repeat(61))).error(400);
    assertThat(tooLong.get("field").asText()).isEqualTo("candidateDisplayName");

    JsonNode badShape = api().post("/api/participations",
        referral("kiwi-nav-drammen", "ref with SECRET spaces", "Ola")).error(400);
    assertThat(badShape.get("field").asText()).isEqualTo("candidateRef");
    assertThat(badShape.toString()).doesNotContain("SECRET");

    JsonNode wrongType = api().post("/api/participations",
        "{\"agreementId\": \"kiwi-nav-drammen\", \"candidateRef\": {\"SECRET\": \"x\"}, "
            + "\"candidateDisplayName\": \"Ola\"}").error(400);
    assertThat(wrongType.get("field").asText()).isEqualTo("candidateRef");
    assertThat(wrongType.get("message").asText()).isEqualTo("candidateRef: must be text");
    assertThat(wrongType.toString()).doesNotContain("SECRET");

    JsonNode malformed = api().post("/api/participations",
        "{\"agreementId\": \"kiwi-nav-drammen\", \"candidateRef\": \"API-SECRET-1\",").error(400);
    assertThat(malformed.get("field").asText()).isEqualTo("body");
    assertThat(malformed.get("message").asText()).isEqualTo("body: malformed JSON");
    assertThat(malformed.toString()).doesNotContain("SECRET");

    JsonNode notAnObject = api().post("/api/participations", "[\"API-SECRET-2\"]").error(400);
    assertThat(notAnObject.get("field").asText()).isEqualTo("body");
    assertThat(notAnObject.toString()).doesNotContain("SECRET");

    JsonNode empty = api().post("/api/participations", "").error(400);
    assertThat(empty.get("message").asText()).isEqualTo("body: is required");

    assertThat(instancesOf("API-REF-0004")).isZero();
  }

  @Test
  void theReferringOfficeIsRecordedAndRequiredWhenTheAgreementHasSeveral() {
    Map<String, Object> fromBjerke = referral("olav-thon-alna-bjerke", "API-REF-0101", "Hamid");
    fromBjerke.put("navOfficeId", "nav-bjerke");
    JsonNode created = api("bjerke.caseworker").post("/api/participations", fromBjerke)
        .expect(201).json();
    assertThat(created.get("navOfficeId").asText()).isEqualTo("nav-bjerke");
    JsonNode read = api("bjerke.caseworker").get("/api/participations/" + created.get("id").asText())
        .expect(200).json();
    assertThat(read.get("navOfficeId").asText()).isEqualTo("nav-bjerke");
    assertThat(read.get("commitments").get(0).get("party").asText()).isEqualTo("nav-bjerke");

    // one office: it may be left out
    JsonNode kiwi = api("nils").post("/api/participations",
        referral("kiwi-nav-drammen", "API-REF-0102", "Ola")).expect(201).json();
    assertThat(kiwi.get("navOfficeId").asText()).isEqualTo("nav-drammen");

    JsonNode missing = api().post("/api/participations",
        referral("olav-thon-alna-bjerke", "API-REF-0103", "Ola")).error(400);
    assertThat(missing.get("field").asText()).isEqualTo("navOfficeId");
    assertThat(missing.get("message").asText()).isEqualTo(
        "navOfficeId: is required: the agreement has several NAV offices (nav-alna, nav-bjerke)");
    Map<String, Object> foreign = referral("olav-thon-alna-bjerke", "API-REF-0103", "Ola");
    foreign.put("navOfficeId", "nav-drammen");
    JsonNode notParty = api().post("/api/participations", foreign).error(400);
    assertThat(notParty.get("field").asText()).isEqualTo("navOfficeId");
    assertThat(notParty.get("message").asText())
        .isEqualTo("navOfficeId: must name a NAV office of the agreement (nav-alna, nav-bjerke)");
    assertThat(instancesOf("API-REF-0103")).isZero();
  }
}
