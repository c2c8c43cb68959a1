package no.placetrain.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.placetrain.server.ServerTestBase;
import org.junit.jupiter.api.Test;

/**
 * Every path of both REST APIs, with each of its methods, called without credentials: all answer
 * 401 with {@code WWW-Authenticate: Basic}, but {@code GET /engine-rest/engine} (the list of
 * engines, open by Camunda's design). Camunda's paths come from its own OpenAPI document
 * ({@code camunda-engine-rest-openapi}), each under {@code /engine-rest} and under
 * {@code /engine-rest/engine/default}; ours from {@code /v3/api-docs}. Path parameters get dummy
 * values. The figures are printed.
 */
class UnauthenticatedSweepTest extends ServerTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch", "options", "head");
  private static final String OPEN = "GET /engine-rest/engine";

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void everyPathOfBothRestApisIs401WithoutCredentials() throws IOException {
    JsonNode camunda = camundasOpenApiDocument();
    JsonNode ours = anonymous().get("/v3/api-docs").expect(200).json();

    List<String[]> calls = new ArrayList<>();
    int camundaPaths = addCalls(calls, camunda, "/engine-rest");
    addCalls(calls, camunda, "/engine-rest/engine/default");
    int ourPaths = addCalls(calls, ours, "");
    assertThat(camundaPaths).as("paths in Camunda's OpenAPI document").isGreaterThan(250);
    assertThat(ourPaths).as("paths in /v3/api-docs").isGreaterThanOrEqualTo(4);

    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    for (String[] call : calls) {
      String method = call[0];
      String path = call[1];
      HttpResponse<String> response = send(method, path);
      statuses.merge(response.statusCode(), 1, Integer::sum);
      String label = method + " " + path;
      if (label.equals(OPEN)) {
        if (response.statusCode() != 200) {
          wrong.add(label + " → " + response.statusCode() + " (expected 200)");
        }
      } else if (response.statusCode() != 401) {
        wrong.add(label + " → " + response.statusCode());
      } else if (!response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic")) {
        wrong.add(label + " → 401 without WWW-Authenticate: Basic");
      }
    }

    System.out.printf("Unauthenticated sweep: %d paths of /engine-rest (Camunda's OpenAPI, each also"
            + " under /engine-rest/engine/default), %d paths of /api; %d calls; statuses %s%n",
        camundaPaths, ourPaths, calls.size(), statuses);
    assertThat(wrong).as("calls that did not answer 401").isEmpty();
    assertThat(statuses.get(200)).as("only " + OPEN + " answers").isEqualTo(1);
  }

  /** Adds a call per path and method of {@code document} under {@code base}; returns the paths. */
  private static int addCalls(List<String[]> calls, JsonNode document, String base) {
    int paths = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = document.get("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      paths++;
      List<String> methods = new ArrayList<>();
      path.getValue().fieldNames().forEachRemaining(methods::add);
      Collections.sort(methods);
      for (String method : methods) {
        if (METHODS.contains(method)) {
          calls.add(new String[] {method.toUpperCase(), base + dummyValues(path.getKey())});
        }
      }
    }
    return paths;
  }

  private static String dummyValues(String path) {
    return path.replaceAll("\\{([^}]+)}", "sweep-$1");
  }

  private HttpResponse<String> send(String method, String path) {
    boolean body = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json")
        .method(method, body ? HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8)
            : HttpRequest.BodyPublishers.noBody());
    if (body) {
      request.header("Content-Type", "application/json");
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code openapi.json} of the test dependency {@code org.camunda.bpm:camunda-engine-rest-openapi}. */
  private static JsonNode camundasOpenApiDocument() throws IOException {
    for (URL url : Collections.list(UnauthenticatedSweepTest.class.getClassLoader().getResources("openapi.json"))) {
      if (url.toString().contains("camunda-engine-rest-openapi")) {
        try (InputStream in = url.openStream()) {
          return JSON.readTree(in);
        }
      }
    }
    throw new AssertionError("openapi.json of camunda-engine-rest-openapi is not on the test class path");
  }
}
