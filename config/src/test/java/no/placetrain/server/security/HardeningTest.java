package no.placetrain.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.placetrain.server.RestClient;
import no.placetrain.server.ServerTestBase;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hardening of docs/access.md ("Security settings of the server"), each over HTTP where it
 * shows there, and in the engine's configuration.
 */
class HardeningTest extends ServerTestBase {

  @Autowired
  ProcessEngine engine;

  @Autowired
  CamundaBpmProperties camunda;

  // --- cookies and headers --------------------------------------------------------------------

  @Test
  void theWebappsCookiesAreSecureHttpOnlyAndSameSite() {
    WebappSession browser = WebappSession.fresh(port);
    WebappSession.Answer page = browser.get("/camunda/app/tasklist/default/");
    WebappSession.Answer login = browser.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
        "username=admin&password=" + ADMIN_PASSWORD, "application/x-www-form-urlencoded");
    assertThat(login.status()).isEqualTo(200);
    WebappSession.Answer afterLogin = browser.get("/camunda/api/admin/auth/user/default");
    List<String> setCookies = new ArrayList<>(page.header("Set-Cookie"));
    setCookies.addAll(login.header("Set-Cookie"));
    setCookies.addAll(afterLogin.header("Set-Cookie"));

    List<String> session = setCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    List<String> csrf = setCookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).toList();
    assertThat(session).as(setCookies.toString()).isNotEmpty().allSatisfy(cookie -> assertThat(cookie)
        .containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    assertThat(csrf).as(setCookies.toString()).isNotEmpty().allSatisfy(cookie -> assertThat(cookie)
        .containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax"));
  }

  @Test
  void hstsIsOnAndSentOnlyOverTls() {
    assertThat(camunda.getWebapp().getHeaderSecurity().isHstsDisabled()).isFalse();
    assertThat(camunda.getWebapp().getHeaderSecurity().getInitParams()).containsEntry("hstsDisabled", "false");
    WebappSession.Answer http = WebappSession.open(port).get("/camunda/app/tasklist/default/");
    assertThat(http.status()).isEqualTo(200);
    assertThat(http.header("Strict-Transport-Security")).isEmpty();
    // behind a TLS-terminating proxy (X-Forwarded-Proto from a trusted, internal address)
    HttpResponse<String> tls = send(HttpRequest.newBuilder(URI.create(
        "http://localhost:" + port + "/camunda/app/tasklist/default/"))
        .header("X-Forwarded-Proto", "https").GET());
    assertThat(tls.headers().allValues("Strict-Transport-Security")).singleElement()
        .satisfies(hsts -> assertThat(hsts).contains("max-age=31536000"));
  }

  // --- variables ------------------------------------------------------------------------------

  @Test
  void javaSerializedObjectVariablesAreRefused() {
    String pi = aParticipation();
    Map<String, Object> javaSerialized = Map.of(
        "value", "rO0ABXQABWhlbGxv", // a Java-serialized String "hello"
        "type", "Object",
        "valueInfo", Map.of("objectTypeName", "java.lang.String",
            "serializationDataFormat", "application/x-java-serialized-object"));
    RestClient.Response put = as("admin").put(
        "/engine-rest/process-instance/" + pi + "/variables/smuggled", javaSerialized);
    assertThat(put.status()).as(put.body()).isEqualTo(400);
    assertThat(put.json().get("message").asText()).contains("Java serialization");
    as("admin").get("/engine-rest/process-instance/" + pi + "/variables/smuggled").expect(404);
  }

  @Test
  void onlyOurAndTheJdksTypesAreDeserialized() {
    String pi = aParticipation();
    RestClient admin = as("admin");
    // a classic deserialization gadget: Jackson would build it from a string (and load the file)
    Map<String, Object> gadget = Map.of(
        "value", "\"file:///placetrain-does-not-exist.xml\"",
        "type", "Object",
        "valueInfo", Map.of("objectTypeName", "org.springframework.context.support.FileSystemXmlApplicationContext",
            "serializationDataFormat", "application/json"));
    admin.put("/engine-rest/process-instance/" + pi + "/variables/gadget", gadget).expect(204);
    RestClient.Response read = admin.get(
        "/engine-rest/process-instance/" + pi + "/variables/gadget?deserializeValue=true");
    assertThat(read.status()).as(read.body()).isIn(400, 500);
    assertThatThrownBy(() -> engine.getRuntimeService().getVariableTyped(pi, "gadget", true))
        .satisfies(refused -> assertThat(causes(refused))
            .anySatisfy(message -> assertThat(message).contains("not whitelisted")
                .contains("FileSystemXmlApplicationContext")));
    admin.get("/engine-rest/process-instance/" + pi + "/variables/gadget?deserializeValue=false").expect(200);

    Map<String, Object> list = Map.of("value", "[\"a\"]", "type", "Object",
        "valueInfo", Map.of("objectTypeName", "java.util.ArrayList<java.lang.String>",
            "serializationDataFormat", "application/json"));
    admin.put("/engine-rest/process-instance/" + pi + "/variables/list", list).expect(204);
    admin.get("/engine-rest/process-instance/" + pi + "/variables/list?deserializeValue=true").expect(200);
    // every variable of a participation, ours included, is still read
    admin.put("/engine-rest/process-instance/" + pi + "/variables/gadget",
        Map.of("value", "harmless", "type", "String")).expect(204);
    admin.get("/engine-rest/process-instance/" + pi + "/variables?deserializeValues=true").expect(200);
  }

  private static List<String> causes(Throwable throwable) {
    List<String> messages = new ArrayList<>();
    for (Throwable t = throwable; t != null && messages.size() < 20; t = t.getCause()) {
      messages.add(String.valueOf(t.getMessage()));
    }
    return messages;
  }

  @Test
  void jsonIsTheDefaultSerializationFormat() {
    assertThat(configuration().getDefaultSerializationFormat()).isEqualTo("application/json");
    assertThat(configuration().isJavaSerializationFormatEnabled()).isFalse();
    assertThat(configuration().isDeserializationTypeValidationEnabled()).isTrue();
    assertThat(configuration().getDeserializationAllowedPackages()).isEqualTo("no.placetrain.,java.");
  }

  // --- queries and history --------------------------------------------------------------------

  @Test
  void queryResultsAreCapped() {
    RestClient.Response tooMany = as("nora").get("/engine-rest/task?maxResults=5000");
    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().get("message").asText()).contains("Max results limit of 2000 exceeded");
    assertThat(as("nora").get("/engine-rest/task").status()).as("unbounded").isEqualTo(400);
    as("nora").get("/engine-rest/task?maxResults=1000").expect(200);
    as("nora").get("/engine-rest/task/count").expect(200);
    assertThat(configuration().getQueryMaxResultsLimit()).isEqualTo(2000);
  }

  /** The lowest limit the webapps work with: Tasklist lists its filters 2000 at a time. */
  @Test
  void tasklistStillListsItsFilters() {
    WebappSession tasklist = WebappSession.open(port).login("admin", ADMIN_PASSWORD);
    WebappSession.Answer filters = tasklist.get("/camunda/api/engine/engine/default/filter"
        + "?firstResult=0&maxResults=2000&itemCount=false&resourceType=Task");
    assertThat(filters.status()).as(filters.body()).isEqualTo(200);
    assertThat(filters.json()).isNotEmpty();
  }

  @Test
  void historyIsAuditOnlyAndCleanedUpAtNight() {
    assertThat(configuration().getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_AUDIT);
    String pi = aParticipation();
    // audit keeps the instance and its variables, not every change of a value
    as("admin").get("/engine-rest/history/process-instance/" + pi).expect(200);
    assertThat(as("admin").get("/engine-rest/history/variable-instance?maxResults=100&processInstanceId=" + pi)
        .expect(200).json()).isNotEmpty();
    assertThat(as("admin").get("/engine-rest/history/detail?maxResults=100&processInstanceId=" + pi)
        .expect(200).json()).isEmpty();

    JsonNode cleanup = as("admin").get("/engine-rest/history/cleanup/configuration").expect(200).json();
    assertThat(cleanup.get("batchWindowStartTime").asText()).contains("T22:00:00");
    assertThat(cleanup.get("batchWindowEndTime").asText()).contains("T06:00:00");
    assertThat(configuration().getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(configuration().getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
  }

  @Test
  void aModelWithoutHistoryTimeToLiveIsNotDeployed() {
    assertThat(configuration().isEnforceHistoryTimeToLive()).isTrue();
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            id="d" targetNamespace="http://placetrain.no/test">
          <bpmn:process id="no-ttl-%s" isExecutable="true">
            <bpmn:startEvent id="s"/>
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(UUID.randomUUID().toString().substring(0, 8));
    String boundary = "----placetrain" + UUID.randomUUID();
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\nno-ttl\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"data\"; filename=\"no-ttl.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n"
        + "--" + boundary + "--\r\n";
    HttpResponse<String> deploy = send(HttpRequest.newBuilder(URI.create(
        "http://localhost:" + port + "/engine-rest/deployment/create"))
        .header("Authorization", basic("admin", ADMIN_PASSWORD))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    assertThat(deploy.statusCode()).as(deploy.body()).isEqualTo(400);
    assertThat(deploy.body()).contains("History Time To Live");
  }

  @Test
  void noExpressionsInQueriesInTheEngine() {
    assertThat(configuration().isEnableExpressionsInAdhocQueries()).isFalse();
    assertThat(configuration().isEnableExpressionsInStoredQueries()).isFalse();
  }

  // --- helpers --------------------------------------------------------------------------------

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  private String aParticipation() {
    Map<String, Object> referral = new LinkedHashMap<>();
    referral.put("agreementId", "kiwi-nav-drammen");
    referral.put("candidateRef", "SEC-" + UUID.randomUUID().toString().substring(0, 8));
    referral.put("candidateDisplayName", "Sikker");
    return as("admin").post("/api/participations", referral).expect(201).json()
        .get("processInstanceId").asText();
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
