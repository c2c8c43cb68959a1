package no.placetrain.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import no.placetrain.server.ServerTestBase;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CVE-2026-77226: Admin's first-run setup ({@code POST /camunda/api/admin/setup/default/user/create})
 * would create an administrator for anybody while {@code camunda-admin} has no direct members.
 * The server refuses it with 403 always. The requests carry a valid session and CSRF token, as a
 * browser's would, so the 403 is ours (its message says so) and not the CSRF filter's.
 */
class AdminSetupRefusalTest extends ServerTestBase {

  private static final String SETUP = "/camunda/api/admin/setup/default/user/create";

  @Autowired
  ProcessEngine engine;

  @Test
  void setupIsRefusedWhileCamundaAdminHasNoMembers() {
    IdentityService identity = engine.getIdentityService();
    List<String> admins = identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list()
        .stream().map(User::getId).toList();
    assertThat(admins).contains("admin");
    admins.forEach(admin -> identity.deleteMembership(admin, Groups.CAMUNDA_ADMIN));
    try {
      assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count()).isZero();

      WebappSession.Answer answer = WebappSession.open(port).post(SETUP, newAdmin("intruder"));
      assertRefused(answer);
      assertThat(identity.createUserQuery().userId("intruder").count()).isZero();

      // nor without the CSRF token, nor with another engine name or method
      assertRefused(WebappSession.open(port).withoutCsrfToken().post(SETUP, newAdmin("intruder")));
      assertRefused(WebappSession.open(port).post(
          "/camunda/api/admin/setup/other/user/create", newAdmin("intruder")));
      assertRefused(WebappSession.open(port).get(SETUP));
      assertRefused(WebappSession.open(port).post(
          "/camunda/api/admin//setup/default/user/create/", newAdmin("intruder")));
      assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    } finally {
      admins.forEach(admin -> identity.createMembership(admin, Groups.CAMUNDA_ADMIN));
    }
    assertThat(identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list())
        .extracting(User::getId).containsAll(admins);
  }

  @Test
  void setupIsRefusedWithMembersToo() {
    WebappSession.Answer answer = WebappSession.open(port).post(SETUP, newAdmin("intruder2"));
    assertRefused(answer);
    assertThat(engine.getIdentityService().createUserQuery().userId("intruder2").count()).isZero();
  }

  private static Map<String, Object> newAdmin(String id) {
    return Map.of(
        "profile", Map.of("id", id, "firstName", "In", "lastName", "Truder", "email", id + "@example.org"),
        "credentials", Map.of("password", "Intruder-Password-1"));
  }

  private static void assertRefused(WebappSession.Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(403);
    assertThat(answer.header("Content-Type")).anySatisfy(type -> assertThat(type).startsWith("application/json"));
    JsonNode error = answer.json();
    assertThat(error.get("type").asText()).isEqualTo("AuthorizationException");
    assertThat(error.get("message").asText()).contains("first-run setup is disabled")
        .contains("camunda.bpm.admin-user");
  }
}
