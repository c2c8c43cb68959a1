package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import no.placetrain.server.security.WebappSession;
import org.junit.jupiter.api.Test;

/**
 * Tasklist completes tasks through the webapps' own engine API ({@code /camunda/api/engine/…}),
 * not {@code /engine-rest}: a worker's refusal of the submitted values answers 400 there too, with
 * the refusal as message (Camunda's default: 500), so Tasklist shows the reason. Here: the
 * selection of a candidate while the agreement's only place is held.
 */
class TasklistEngineApiTest extends ServerTestBase {

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aWorkersRefusalIs400InTasklistsEngineApi() {
    String agreementId = "iss-tasklist-capacity-" + suffix;
    as("admin").post("/api/agreements", """
        {
          "id": "%s",
          "kind": "LOCAL",
          "parent": "iss-oslo-region",
          "name": "ISS × NAV Grorud (én plass)",
          "status": "ACTIVE",
          "offices": [{"id": "nav-grorud", "name": "NAV Grorud"}],
          "employer": {"name": "ISS", "org-number": null, "sites": ["ISS Grorud"]},
          "terms": {"selection": "INTERVIEW", "practice-months": {"min": 3, "max": 4},
                    "capacity-per-round": 1},
          "commitments": [{"kind": "SCREEN_REFERRAL", "deadline": "P3D", "working-days": true}]
        }
        """.formatted(agreementId)).expect(201);
    Participations participations = participations("admin");
    String first = atInterview(participations, agreementId, "TLA-A-" + suffix);
    String second = atInterview(participations, agreementId, "TLA-B-" + suffix);
    participations.complete(first, "Task_Interview", "interviewResult", "SELECTED");

    String taskId = participations.task(second).get("id").asText();
    WebappSession tasklist = WebappSession.open(port).login("admin", ADMIN_PASSWORD);
    WebappSession.Answer refused = tasklist.post(
        "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
        Map.of("variables", Participations.variables("interviewResult", "SELECTED")));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    JsonNode error = refused.json();
    assertThat(error.get("message").asText())
        .contains("interviewResult: cannot be SELECTED: every place of the agreement is held (1 of 1)")
        .doesNotContain("TLA-B-");
    assertThat(participations.task(second).get("id").asText()).isEqualTo(taskId);

    // an ordinary completion through the same API still works
    WebappSession.Answer rejected = tasklist.post(
        "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form",
        Map.of("variables", Participations.variables("interviewResult", "NOT_SELECTED")));
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(204);
  }

  /** Refers a candidate through the API, screens them SUITABLE and the employer invites them. */
  private String atInterview(Participations participations, String agreementId, String ref) {
    return participations.atInterview(as("admin"), agreementId, ref);
  }
}
