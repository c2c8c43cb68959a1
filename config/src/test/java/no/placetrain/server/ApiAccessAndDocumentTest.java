package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our API answers nobody without credentials (the same HTTP Basic as /engine-rest); its OpenAPI
 * document and Swagger UI are open and describe exactly its seven operations.
 */
class ApiAccessAndDocumentTest extends ServerTestBase {

  @Test
  void everyEndpointIs401WithoutCredentials() {
    RestClient anonymous = RestClient.anonymous(port);
    List<RestClient.Response> answers = List.of(
        anonymous.get("/api/agreements"),
        anonymous.get("/api/agreements/kiwi-nav-drammen"),
        anonymous.post("/api/agreements", "{}"),
        anonymous.get("/api/agreements/kiwi-nav-drammen/scorecard"),
        anonymous.post("/api/participations", Map.of(
            "agreementId", "kiwi-nav-drammen", "candidateRef", "API-ANON-1",
            "candidateDisplayName", "Ola")),
        anonymous.get("/api/participations/P-00000000-0000-0000-0000-000000000000"));
    for (RestClient.Response answer : answers) {
      assertThat(answer.status()).as(answer.body()).isEqualTo(401);
      assertThat(answer.wwwAuthenticate()).startsWith("Basic");
      assertThat(answer.body()).doesNotContain("kiwi");
    }
    assertThat(as("nora").get("/engine-rest/process-instance/count?variables=candidateRef_eq_API-ANON-1")
        .expect(200).json().get("count").asLong()).isZero();
  }

  @Test
  void anEngineUserIsLetIn() {
    for (String user : List.of("kari", "erik", "admin")) {
      RestClient client = RestClient.as(port, user,
          "admin".equals(user) ? ADMIN_PASSWORD : DEMO_PASSWORD);
      client.get("/api/agreements").expect(200);
    }
  }

  @Test
  void theOpenApiDocumentListsTheSevenOperations() {
    RestClient.Response response = RestClient.anonymous(port).get("/v3/api-docs").expect(200);
    JsonNode doc = response.json();
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    List<String> operations = new ArrayList<>();
    doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
        .forEachRemaining(method -> operations.add(method.toUpperCase() + " " + path.getKey())));
    assertThat(operations).containsExactlyInAnyOrder(
        "GET /api/agreements",
        "POST /api/agreements",
        "GET /api/agreements/{id}",
        "GET /api/agreements/{id}/scorecard",
        "POST /api/participations",
        "GET /api/participations/{id}",
        "DELETE /api/candidates/{candidateRef}");

    assertThat(doc.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
    JsonNode create = doc.at("/paths/~1api~1agreements/post");
    assertThat(create.at("/requestBody/content/application~1json/schema/$ref").asText())
        .endsWith("/AgreementDocument");
    assertThat(create.at("/responses/409/content/application~1json/schema/$ref").asText())
        .endsWith("/ApiError");
    JsonNode document = doc.at("/components/schemas/AgreementDocument/properties");
    assertThat(document.has("parent")).isTrue();
    assertThat(document.has("commitments")).isTrue();
    assertThat(doc.at("/components/schemas/AgreementDocumentTerms/properties")
        .has("practice-months")).isTrue();
    assertThat(doc.at("/components/schemas/ReferralRequest/properties").has("candidateRef"))
        .isTrue();
    JsonNode refer = doc.at("/paths/~1api~1participations/post");
    assertThat(refer.at("/responses/201/content/application~1json/schema/$ref").asText())
        .endsWith("/ParticipationResource");
    assertThat(refer.at("/responses").has("200")).isFalse();
    assertThat(create.at("/responses/201/content/application~1json/schema/$ref").asText())
        .endsWith("/AgreementDetails");
    assertThat(doc.at("/paths/~1api~1agreements~1{id}/get/responses/404/content/application~1json"
        + "/schema/$ref").asText()).endsWith("/ApiError");
    JsonNode erase = doc.at("/paths/~1api~1candidates~1{candidateRef}/delete");
    assertThat(erase.at("/responses/200/content/application~1json/schema/$ref").asText())
        .endsWith("/ErasureReport");
    assertThat(erase.at("/responses/403/content/application~1json/schema/$ref").asText())
        .endsWith("/ApiError");
  }

  @Test
  void swaggerUiIsServed() {
    RestClient anonymous = RestClient.anonymous(port);
    assertThat(anonymous.get("/swagger-ui.html").status()).isIn(200, 302);
    RestClient.Response page = anonymous.get("/swagger-ui/index.html");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("swagger-ui");
  }
}
