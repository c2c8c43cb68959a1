package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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
  void wrongPasswordIsRefused(@Autowired IdentityService identity) {
    // a wrong password locks the user for a few seconds (ENGINE-27001): this test logs in as a
    // user of its own, so no other test finds its user locked
    String userId = "lock-test-user";
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setPassword("the-right-password");
      identity.saveUser(user);
    }
    RestClient.Response response = RestClient.as(port, userId, "not-the-password")
        .get("/engine-rest/task");
    assertThat(response.status()).isEqualTo(401);
  }
}
