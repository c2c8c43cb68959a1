package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every POST and PUT of both REST APIs that takes a body, as an administrator, with a malformed
 * JSON body: none answers 5xx, none leaks a stack trace or a Java class, each error is JSON of
 * its API's shape, and nothing changes in the database. Camunda's operations come from its own
 * OpenAPI document ({@code camunda-engine-rest-openapi}, as in {@code UnauthenticatedSweepTest}),
 * ours from {@code /v3/api-docs}; path parameters get dummy values (so some answer 404 before a
 * body is read). Operations without a request body are left out (a body they never read cannot be
 * bad input; some of them act, e.g. schedule the history cleanup) and counted. The figures are
 * printed.
 */
class BadInputSweepTest extends ServerTestBase {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> METHODS = Set.of("post", "put");
  private static final String MALFORMED = "{\"broken\": [1, 2";

  @Autowired
  DataSource dataSource;

  @Test
  void everyPostAndPutWithAMalformedJsonBodyIs4xx() throws IOException {
    Map<String, BadInputTables.Fingerprint> before = BadInputTables.snapshot(dataSource);
    BadInputCalls admin = BadInputCalls.as(port, "admin", ADMIN_PASSWORD);
    List<String> skipped = new ArrayList<>();
    int camunda = sweep(admin, camundasOpenApiDocument(), "/engine-rest", "engine-rest", skipped);
    int ours = sweep(admin, as("admin").get("/v3/api-docs").expect(200).json(), "", "api", skipped);
    Map<String, BadInputTables.Fingerprint> after = BadInputTables.snapshot(dataSource);

    System.out.printf("[BadInputSweepTest] %d operations of /engine-rest and %d of /api with a"
            + " malformed JSON body (%d without a body left out); statuses:%s%n", camunda, ours,
        skipped.size(), admin.tally());
    System.out.printf("[BadInputSweepTest] %d violations; tables: %d rows before, %d after%n",
        admin.violations().size(), BadInputTables.rows(before), BadInputTables.rows(after));
    System.out.println("[BadInputSweepTest] without a request body, left out: " + skipped);
    admin.violations().forEach(v -> System.out.println("[BadInputSweepTest]   violation " + v));
    assertThat(camunda).as("POST/PUT operations with a body in Camunda's OpenAPI").isGreaterThan(100);
    assertThat(ours).as("POST/PUT operations with a body in /v3/api-docs").isGreaterThanOrEqualTo(2);
    assertThat(admin.violations()).as("operations not answering 4xx as expected").isEmpty();
    assertThat(after).as("tables after the sweep").isEqualTo(before);
  }

  /** Sends the malformed body to every POST/PUT with a request body; returns how many. */
  private static int sweep(BadInputCalls calls, JsonNode document, String base, String category,
      List<String> skipped) {
    int operations = 0;
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      List<String> methods = new ArrayList<>();
      path.getValue().fieldNames().forEachRemaining(methods::add);
      Collections.sort(methods);
      for (String method : methods) {
        if (!METHODS.contains(method)) {
          continue;
        }
        String label = method.toUpperCase() + " " + base + path.getKey();
        if (!path.getValue().get(method).has("requestBody")) {
          skipped.add(label);
          continue;
        }
        operations++;
        // 4xx: 400 (the body), 404 (a dummy id looked up first), 415 (multipart only); every
        // one JSON of the API's shape without a leak; never 2xx, 3xx nor 5xx
        calls.json(category, method.toUpperCase(), base + dummyValues(path.getKey()), MALFORMED,
            Set.of(400, 404, 415));
      }
    }
    return operations;
  }

  private static String dummyValues(String path) {
    return path.replaceAll("\\{([^}]+)}", "sweep-$1");
  }

  /** {@code openapi.json} of the test dependency {@code org.camunda.bpm:camunda-engine-rest-openapi}. */
  private static JsonNode camundasOpenApiDocument() throws IOException {
    for (URL url : Collections.list(BadInputSweepTest.class.getClassLoader().getResources("openapi.json"))) {
      if (url.toString().contains("camunda-engine-rest-openapi")) {
        try (InputStream in = url.openStream()) {
          return JSON.readTree(in);
        }
      }
    }
    throw new AssertionError("openapi.json of camunda-engine-rest-openapi is not on the test class path");
  }
}
