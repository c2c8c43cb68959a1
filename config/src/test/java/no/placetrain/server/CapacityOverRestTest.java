package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An agreement's capacity per round over Camunda's REST API: when every place is held, the
 * employer's selection ({@code POST /engine-rest/task/{id}/complete} with
 * {@code interviewResult = SELECTED}) answers 400 with the refusal of {@code Task_TakePlace}, and
 * the interview task stays open with nothing stored. The agreement is a LOCAL of two places under
 * the ISS framework, created through {@code POST /api/agreements} so that no programme of the
 * shared catalogue fills up.
 */
class CapacityOverRestTest extends ServerTestBase {

  private static final String REFUSAL = "interviewResult: cannot be SELECTED: every place of the "
      + "agreement is held (2 of 2); a place frees when a participation holding one ends";

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);

  /** A LOCAL under iss-oslo-region with two places per round. */
  private static String localOfTwoPlaces(String id) {
    return """
        {
          "id": "%s",
          "kind": "LOCAL",
          "parent": "iss-oslo-region",
          "name": "ISS × NAV Grorud (to plasser)",
          "status": "ACTIVE",
          "offices": [{"id": "nav-grorud", "name": "NAV Grorud"}],
          "employer": {"name": "ISS", "org-number": null, "sites": ["ISS Grorud"]},
          "terms": {"selection": "INTERVIEW", "practice-months": {"min": 3, "max": 4},
                    "capacity-per-round": 2},
          "commitments": [{"kind": "SCREEN_REFERRAL", "deadline": "P3D", "working-days": true}]
        }
        """.formatted(id);
  }

  @Test
  void aSelectionWhileEveryPlaceIsHeldIs400AndTheInterviewStaysOpen() {
    String agreementId = "iss-api-capacity-" + suffix;
    as("frida").post("/api/agreements", localOfTwoPlaces(agreementId)).expect(201);
    Participations participations = participations("grorud.caseworker");
    String first = atInterview(participations, agreementId, "CAP-A-" + suffix);
    String second = atInterview(participations, agreementId, "CAP-B-" + suffix);
    String third = atInterview(participations, agreementId, "CAP-C-" + suffix);

    participations.complete(first, "Task_Interview", "interviewResult", "SELECTED");
    participations.complete(second, "Task_Interview", "interviewResult", "SELECTED");
    assertThat(participations.task(second).get("taskDefinitionKey").asText())
        .isEqualTo("Task_DraftPracticeAgreement");

    String taskId = participations.task(third).get("id").asText();
    // the employer's contact (ISS) selects the third: every place is held
    RestClient.Response refused = as(participations.partyOf(taskId)).post("/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Participations.variables("interviewResult", "SELECTED")));

    assertThat(refused.status()).isEqualTo(400);
    JsonNode error = refused.json();
    assertThat(error.get("message").asText()).endsWith(REFUSAL).doesNotContain("CAP-C-", "Ola");
    JsonNode stillOpen = participations.task(third);
    assertThat(stillOpen.get("id").asText()).isEqualTo(taskId);
    assertThat(stillOpen.get("taskDefinitionKey").asText()).isEqualTo("Task_Interview");
    // the refused completion stored nothing
    as("admin").get("/engine-rest/process-instance/" + third + "/variables/interviewResult")
        .expect(404);
  }

  /** Refers a candidate through the API, screens them SUITABLE and the employer invites them. */
  private String atInterview(Participations participations, String agreementId, String ref) {
    String pi = participations.atInterview(as("grorud.caseworker"), agreementId, ref);
    assertThat(participations.task(pi).get("taskDefinitionKey").asText())
        .isEqualTo("Task_Interview");
    return pi;
  }
}
