package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/agreements} on the server's own catalogue of ten agreements: list, read with
 * effective commitments, create a local under the ISS framework, and the bad-input answers.
 */
class AgreementApiTest extends ServerTestBase {

  private static final List<String> CATALOGUE = List.of(
      "aleris-stella", "fretex-job-guarantee", "iss-alna", "iss-oslo-region", "iss-stovner",
      "kiwi-nav-drammen", "nordic-choice-grunerlokka", "olav-thon-alna-bjerke",
      "posten-mentoring", "telenor-nav-intro");

  /** The regional coordinator: creates local agreements under the frameworks. */
  private RestClient api() {
    return RestClient.as(port, "frida", DEMO_PASSWORD);
  }

  /** A LOCAL under iss-oslo-region (whose SCREEN_REFERRAL is P10D working days). */
  private static String local(String id, String screeningDeadline) {
    return """
        {
          "id": "%s",
          "kind": "LOCAL",
          "parent": "iss-oslo-region",
          "name": "ISS × NAV Grorud",
          "offices": [{"id": "nav-grorud", "name": "NAV Grorud"}],
          "employer": {"name": "ISS", "org-number": null, "sites": ["ISS Grorud"]},
          "terms": {"selection": "INTERVIEW", "practice-months": {"min": 3, "max": 4}},
          "responsibilities": {"nav": "NAV Grorud henviser kandidater under rammeavtalen"},
          "commitments": [
            {"kind": "SCREEN_REFERRAL", "deadline": "%s", "working-days": true},
            {"kind": "ANSWER_PRESENTATION", "deadline": "P7D"}
          ]
        }
        """.formatted(id, screeningDeadline);
  }

  @Test
  void listsTheTenAgreementsOfTheCatalogue() {
    JsonNode list = api().get("/api/agreements").expect(200).json();
    List<String> ids = new ArrayList<>();
    list.forEach(a -> ids.add(a.get("id").asText()));
    assertThat(ids).containsAll(CATALOGUE);

    JsonNode alna = find(list, "iss-alna");
    assertThat(alna.get("kind").asText()).isEqualTo("LOCAL");
    assertThat(alna.get("parent").asText()).isEqualTo("iss-oslo-region");
    assertThat(alna.get("name").asText()).isEqualTo("ISS × NAV Alna");
    assertThat(alna.get("status").asText()).isEqualTo("ACTIVE");
    JsonNode framework = find(list, "iss-oslo-region");
    assertThat(framework.get("kind").asText()).isEqualTo("FRAMEWORK");
    assertThat(framework.get("parent").isNull()).isTrue();
  }

  @Test
  void readsTheFrameworkAndItsLocalsWithInheritedCommitments() {
    JsonNode framework = api().get("/api/agreements/iss-oslo-region").expect(200).json();
    assertThat(framework.get("kind").asText()).isEqualTo("FRAMEWORK");
    assertThat(framework.get("offices")).hasSize(12);
    assertThat(framework.get("terms").get("practice-months").get("max").asInt()).isEqualTo(6);
    assertThat(framework.get("effective-commitments")).hasSize(6);
    framework.get("effective-commitments")
        .forEach(c -> assertThat(c.get("inherited").asBoolean()).isFalse());

    for (String localId : List.of("iss-alna", "iss-stovner")) {
      JsonNode local = api().get("/api/agreements/" + localId).expect(200).json();
      assertThat(local.get("parent").asText()).isEqualTo("iss-oslo-region");
      JsonNode effective = local.get("effective-commitments");
      assertThat(effective).as(localId).hasSize(6);
      JsonNode personalMatters = kind(effective, "RESOLVE_PERSONAL_MATTERS");
      assertThat(personalMatters.get("deadline").asText()).isEqualTo("P21D");
      assertThat(personalMatters.get("obligor").asText()).isEqualTo("NAV_OFFICE");
      assertThat(personalMatters.get("inherited").asBoolean()).isTrue();
    }
    JsonNode stovnerCheckpoint = kind(api().get("/api/agreements/iss-stovner").expect(200).json()
        .get("effective-commitments"), "HOLD_CHECKPOINT");
    assertThat(stovnerCheckpoint.get("deadline").asText()).isEqualTo("P7D");
    assertThat(stovnerCheckpoint.get("obligor").asText()).isEqualTo("KAM");
    assertThat(stovnerCheckpoint.get("inherited").asBoolean()).isFalse();
    JsonNode alna = api().get("/api/agreements/iss-alna").expect(200).json();
    JsonNode screening = kind(alna.get("effective-commitments"), "SCREEN_REFERRAL");
    assertThat(screening.get("deadline").asText()).isEqualTo("P5D");
    assertThat(screening.get("working-days").asBoolean()).isTrue();
    assertThat(screening.get("inherited").asBoolean()).isFalse();
    assertThat(alna.get("commitments")).hasSize(1);
  }

  @Test
  void unknownAgreementIs404WithoutEchoingTheId() {
    JsonNode error = api().get("/api/agreements/no-such-agreement-xyz").error(404);
    assertThat(error.get("field").asText()).isEqualTo("agreementId");
    assertThat(error.get("message").asText()).doesNotContain("no-such-agreement-xyz");
    api().get("/api/agreements/no-such-agreement-xyz/scorecard").error(404);
  }

  @Test
  void createsALocalThatTightensTheFramework() {
    RestClient.Response created = api().post("/api/agreements", local("iss-api-grorud", "P3D"))
        .expect(201);
    assertThat(created.location()).endsWith("/api/agreements/iss-api-grorud");
    assertThat(created.json().get("id").asText()).isEqualTo("iss-api-grorud");

    JsonNode read = api().get("/api/agreements/iss-api-grorud").expect(200).json();
    assertThat(read.get("kind").asText()).isEqualTo("LOCAL");
    assertThat(read.get("parent").asText()).isEqualTo("iss-oslo-region");
    assertThat(read.get("employer").get("sites").get(0).asText()).isEqualTo("ISS Grorud");
    JsonNode effective = read.get("effective-commitments");
    assertThat(effective).hasSize(6);
    assertThat(kind(effective, "SCREEN_REFERRAL").get("deadline").asText()).isEqualTo("P3D");
    assertThat(kind(effective, "SCREEN_REFERRAL").get("inherited").asBoolean()).isFalse();
    assertThat(kind(effective, "ANSWER_PRESENTATION").get("deadline").asText()).isEqualTo("P7D");
    assertThat(kind(effective, "RESOLVE_PERSONAL_MATTERS").get("deadline").asText())
        .isEqualTo("P21D");
    assertThat(kind(effective, "RESOLVE_PERSONAL_MATTERS").get("inherited").asBoolean()).isTrue();

    JsonNode list = api().get("/api/agreements").expect(200).json();
    assertThat(find(list, "iss-api-grorud").get("parent").asText()).isEqualTo("iss-oslo-region");
  }

  @Test
  void aLoosenedCommitmentIsRefusedAndNothingIsWritten() {
    JsonNode error = api().post("/api/agreements", local("iss-api-loose", "P15D")).error(400);
    assertThat(error.get("field").asText()).isEqualTo("commitments[SCREEN_REFERRAL].deadline");
    assertThat(error.get("message").asText()).isEqualTo(
        "commitments[SCREEN_REFERRAL].deadline: P15D working days loosens the framework's "
            + "P10D working days (a local agreement may only tighten)");

    api().get("/api/agreements/iss-api-loose").error(404);
    JsonNode list = api().get("/api/agreements").expect(200).json();
    list.forEach(a -> assertThat(a.get("id").asText()).isNotEqualTo("iss-api-loose"));
  }

  @Test
  void unknownParentIs404() {
    String document = local("iss-api-orphan", "P3D")
        .replace("\"parent\": \"iss-oslo-region\"", "\"parent\": \"no-such-framework\"");
    JsonNode error = api().post("/api/agreements", document).error(404);
    assertThat(error.get("field").asText()).isEqualTo("parent");
    assertThat(error.get("message").asText()).doesNotContain("no-such-framework");
    api().get("/api/agreements/iss-api-orphan").error(404);
  }

  @Test
  void anIdTakenIs409() {
    api().post("/api/agreements", local("iss-api-twice", "P4D")).expect(201);
    JsonNode error = api().post("/api/agreements", local("iss-api-twice", "P4D")).error(409);
    assertThat(error.get("field").asText()).isEqualTo("id");

    // an id of the catalogue, too
    JsonNode catalogue = api().post("/api/agreements", local("iss-alna", "P4D")).error(409);
    assertThat(catalogue.get("field").asText()).isEqualTo("id");
    assertThat(api().get("/api/agreements/iss-alna").expect(200).json().get("name").asText())
        .isEqualTo("ISS × NAV Alna");
  }

  @Test
  void malformedJsonIs400WithoutEcho() {
    JsonNode error = api().post("/api/agreements",
        "{\"id\": \"iss-secret-value\", \"kind\": \"LOCAL\", \"name\": ").error(400);
    assertThat(error.get("field").asText()).isEqualTo("document");
    assertThat(error.toString()).doesNotContain("iss-secret-value").doesNotContain("LOCAL");

    JsonNode empty = api().post("/api/agreements", "").error(400);
    assertThat(empty.get("field").asText()).isEqualTo("body");
  }

  @Test
  void wrongTypesAndMissingFieldsAre400NamingTheField() {
    JsonNode wrongType = api().post("/api/agreements", local("iss-api-types", "P3D")
        .replace("\"min\": 3", "\"min\": \"SECRET-three\"")).error(400);
    assertThat(wrongType.get("field").asText()).isEqualTo("terms.practice-months.min");
    assertThat(wrongType.get("message").asText())
        .isEqualTo("terms.practice-months.min: must be a whole number");
    assertThat(wrongType.toString()).doesNotContain("SECRET");

    JsonNode notAList = api().post("/api/agreements", local("iss-api-types", "P3D")
        .replace("\"sites\": [\"ISS Grorud\"]", "\"sites\": {\"SECRET\": 1}")).error(400);
    assertThat(notAList.get("field").asText()).isEqualTo("employer.sites");
    assertThat(notAList.toString()).doesNotContain("SECRET");

    JsonNode noName = api().post("/api/agreements", local("iss-api-types", "P3D")
        .replace("\"name\": \"ISS × NAV Grorud\",", "")).error(400);
    assertThat(noName.get("field").asText()).isEqualTo("name");
    assertThat(noName.get("message").asText()).isEqualTo("name: is required");

    JsonNode badPeriod = api().post("/api/agreements", local("iss-api-types", "SECRET-P3D"))
        .error(400);
    assertThat(badPeriod.get("field").asText()).isEqualTo("commitments[0].deadline");
    assertThat(badPeriod.toString()).doesNotContain("SECRET");

    JsonNode unknownKey = api().post("/api/agreements", local("iss-api-types", "P3D")
        .replace("\"kind\": \"LOCAL\",", "\"kind\": \"LOCAL\", \"colour\": \"SECRET\",")).error(400);
    assertThat(unknownKey.get("field").asText()).isEqualTo("colour");
    assertThat(unknownKey.toString()).doesNotContain("SECRET");

    JsonNode framework = api().post("/api/agreements", local("iss-api-types", "P3D")
        .replace("\"kind\": \"LOCAL\",", "\"kind\": \"FRAMEWORK\",")
        .replace("\"parent\": \"iss-oslo-region\",", "")).error(400);
    assertThat(framework.get("field").asText()).isEqualTo("kind");

    JsonNode noParent = api().post("/api/agreements", local("iss-api-types", "P3D")
        .replace("\"parent\": \"iss-oslo-region\",", "")).error(400);
    assertThat(noParent.get("field").asText()).isEqualTo("parent");

    api().get("/api/agreements/iss-api-types").error(404);
  }

  @Test
  void scorecardOfAnAgreement() {
    JsonNode scorecard = api().get("/api/agreements/nordic-choice-grunerlokka/scorecard")
        .expect(200).json();
    assertThat(scorecard.get("agreementId").asText()).isEqualTo("nordic-choice-grunerlokka");
    assertThat(scorecard.get("commitmentsByRole").isObject()).isTrue();
    JsonNode commitments = scorecard.get("commitments");
    for (String field : List.of("met", "metLate", "breached", "waived", "cancelled", "open", "total")) {
      assertThat(commitments.get(field).isInt()).as(field).isTrue();
    }
    JsonNode participations = scorecard.get("participations");
    assertThat(participations.get("active").isInt()).isTrue();
    assertThat(participations.get("ended").isInt()).isTrue();
    assertThat(participations.get("endedByOutcome").has("JOB_OFFER")).isTrue();
    assertThat(scorecard.get("offerRate").get("target").asInt()).isEqualTo(70);
    assertThat(scorecard.get("offerRate").has("percent")).isTrue();
    assertThat(scorecard.get("offerRate").has("targetMet")).isTrue();
    assertThat(scorecard.has("averageDaysToFirstEmployerContact")).isTrue();
  }

  private static JsonNode find(JsonNode list, String id) {
    for (JsonNode a : list) {
      if (a.get("id").asText().equals(id)) {
        return a;
      }
    }
    throw new AssertionError("no agreement " + id + " in " + list);
  }

  private static JsonNode kind(JsonNode commitments, String kind) {
    for (JsonNode c : commitments) {
      if (c.get("kind").asText().equals(kind)) {
        return c;
      }
    }
    throw new AssertionError("no commitment " + kind + " in " + commitments);
  }

  @Test
  void onlyTheRegionalCoordinatorAndAdministratorsCreateAgreements() {
    for (String user : new String[] {"nora", "erik", "bjorn", "petter"}) {
      JsonNode refused = RestClient.as(port, user, DEMO_PASSWORD)
          .post("/api/agreements", local("iss-api-refused", "P3D")).error(403);
      assertThat(refused.get("message").asText()).as(user)
          .isEqualTo("a local agreement is created by the regional coordinator or an "
              + "administrator only");
    }
    api().get("/api/agreements/iss-api-refused").expect(404);
    as("admin").post("/api/agreements", local("iss-api-by-admin", "P3D")).expect(201);
  }
}
