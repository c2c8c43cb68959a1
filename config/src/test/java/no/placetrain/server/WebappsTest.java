package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tasklist, Cockpit and Admin are served, and the deployed forms render from the engine. */
class WebappsTest extends ServerTestBase {

  @Test
  void tasklistCockpitAndAdminAreServed() {
    for (String app : new String[] {"tasklist", "cockpit", "admin"}) {
      RestClient.Response page = anonymous().get("/camunda/app/" + app + "/default/");
      assertThat(page.status()).as(app).isEqualTo(200);
      assertThat(page.body()).as(app).contains("<html");
    }
  }

  @Test
  void theReferralStartFormIsDeployedWithTheProcess() {
    String definitionId = as("nora").get("/engine-rest/process-definition/key/place-and-train")
        .expect(200).json().get("id").asText();
    RestClient.Response form = as("nora").get(
        "/engine-rest/process-definition/" + definitionId + "/deployed-start-form");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.json().get("id").asText()).isEqualTo("form-referral");
  }
}
