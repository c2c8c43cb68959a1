package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Camunda's REST API answers nobody without credentials, but {@code GET /engine-rest/engine}. */
class RestAuthenticationTest extends ServerTestBase {

  @Test
  void engineListIsOpen() {
    RestClient.Response response = anonymous().get("/engine-rest/engine").expect(200);
    assertThat(response.json().get(0).get("name").asText()).isEqualTo("default");
  }

  @Test
  void withoutCredentialsEveryOtherCallIsRefused() {
    for (String path : new String[] {
        "/engine-rest/task", "/engine-rest/process-definition", "/engine-rest/process-instance",
        "/engine-rest/history/process-instance", "/engine-rest/user", "/engine-rest/deployment",
        "/engine-rest/engine/default/task"}) {
      RestClient.Response response = anonymous().get(path);
      assertThat(response.status()).as(path).isEqualTo(401);
      assertThat(response.wwwAuthenticate()).as(path).startsWith("Basic");
      assertThat(response.body()).as(path).doesNotContain("\"id\"");
    }
    RestClient.Response start = anonymous().post(
        "/engine-rest/process-definition/key/place-and-train/start", "{}");
    assertThat(start.status()).isEqualTo(401);
  }

  @Test
  void withCredentialsTheApiAnswers() {
    RestClient.Response response = as("nora").get("/engine-rest/process-definition?maxResults=100&key=place-and-train")
        .expect(200);
    assertThat(response.json()).isNotEmpty();
    as("admin").get("/engine-rest/user?maxResults=100&id=nora").expect(200);
  }

  @Test
  void wrongPasswordIsRefused() {
    // last on purpose in spirit: a wrong password locks the user for a few seconds (ENGINE-27001),
    // so this uses a user no other test logs in as
    RestClient.Response response = RestClient.as(port, "petter", "not-the-password")
        .get("/engine-rest/task");
    assertThat(response.status()).isEqualTo(401);
  }
}
