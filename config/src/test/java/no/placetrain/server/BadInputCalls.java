package no.placetrain.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Bad calls to the running server, each checked the same way: its status is one of those
 * expected (4xx), its body is JSON of the addressed API's shape (ours under {@code /api}:
 * {@code status, error, message, field}; Camunda's elsewhere: {@code type, message}) with a
 * message that mentions what is wrong, and it leaks nothing (no stack frame, no fully qualified
 * exception class, no Java class of the REST layer). Violations are collected, not thrown, so a
 * test reports all of them; statuses are tallied per category for the test's output.
 */
final class BadInputCalls {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** {@code \tat }, or a frame {@code at some.package.Class.method(}. */
  private static final Pattern FRAME = Pattern.compile("\\tat |\\bat [a-zA-Z_$][\\w$]*(?:\\.[\\w$]+)+\\(");
  /** A fully qualified exception or error class, e.g. {@code java.lang.NumberFormatException}. */
  private static final Pattern EXCEPTION_CLASS =
      Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b");
  /** Java classes of the REST layers and parser internals, as Jackson's messages name them. */
  private static final Pattern INTERNALS = Pattern.compile(
      "org\\.camunda\\.bpm\\.engine\\.rest|org\\.camunda\\.|java\\.util\\.LinkedHashMap|StreamReadFeature"
          + "|StreamReadConstraints|JsonToken|no\\.placetrain\\.");

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final int port;
  private final String authorization;
  private final String who;
  private final Map<String, Map<Integer, Integer>> statuses;
  private final List<String> violations;

  private BadInputCalls(int port, String user, String password,
      Map<String, Map<Integer, Integer>> statuses, List<String> violations) {
    this.port = port;
    this.who = user;
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    this.statuses = statuses;
    this.violations = violations;
  }

  static BadInputCalls as(int port, String user, String password) {
    return new BadInputCalls(port, user, password, new TreeMap<>(), new ArrayList<>());
  }

  /** The same tally, calling as another user. */
  BadInputCalls alsoAs(String user, String password) {
    return new BadInputCalls(port, user, password, statuses, violations);
  }

  /** One answer. */
  record Answer(int status, String contentType, String body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        return null;
      }
    }

    String message() {
      JsonNode json = json();
      return json == null || !json.hasNonNull("message") ? "" : json.get("message").asText();
    }
  }

  /** Sends {@code body} as JSON (as is: it may be malformed). */
  Answer json(String category, String method, String path, String body, Set<Integer> expected,
      String... mentions) {
    return send(category, method, path, "application/json",
        HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), excerpt(body), expected, mentions);
  }

  /** Sends {@code body} (or none) with {@code contentType} (or none). */
  Answer send(String category, String method, String path, String contentType,
      HttpRequest.BodyPublisher body, Set<Integer> expected, String... mentions) {
    return send(category, method, path, contentType, body, contentType == null ? "" : contentType,
        expected, mentions);
  }

  private Answer send(String category, String method, String path, String contentType,
      HttpRequest.BodyPublisher body, String sent, Set<Integer> expected, String... mentions) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", authorization)
        .header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    Answer answer;
    try {
      HttpResponse<String> response = http.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      answer = new Answer(response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (IOException e) {
      violations.add(label(category, method, path, sent) + ": no answer (" + e + ")");
      return new Answer(-1, "", "");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    check(category, method, path, sent, answer, expected, mentions);
    return answer;
  }

  private void check(String category, String method, String path, String sent, Answer answer,
      Set<Integer> expected, String... mentions) {
    statuses.computeIfAbsent(category, c -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
    String label = label(category, method, path, sent);
    String excerpt = answer.body().length() > 300 ? answer.body().substring(0, 300) + "…" : answer.body();
    if (!expected.contains(answer.status())) {
      violations.add(label + ": " + answer.status() + " (expected " + expected + "): " + excerpt);
      return;
    }
    if (answer.status() < 400) {
      return; // an accepted call (e.g. paging a list that has none) has no error to check
    }
    leak(answer.body()).ifPresent(leak -> violations.add(label + ": leaks " + leak + ": " + excerpt));
    JsonNode json = answer.json();
    if (json == null || !json.isObject() || !answer.contentType().startsWith("application/json")) {
      violations.add(label + ": not a JSON error (" + answer.contentType() + "): " + excerpt);
      return;
    }
    boolean ours = path.startsWith("/api/");
    boolean shaped = ours
        ? json.path("status").asInt() == answer.status() && json.hasNonNull("error") && json.has("field")
        : json.hasNonNull("type");
    if (!shaped || answer.message().isBlank()) {
      violations.add(label + ": not an error of " + (ours ? "our API's" : "Camunda's")
          + " shape with a message: " + excerpt);
      return;
    }
    String message = answer.message().toLowerCase(Locale.ROOT);
    for (String mention : mentions) {
      if (!message.contains(mention.toLowerCase(Locale.ROOT))) {
        violations.add(label + ": the message does not mention '" + mention + "': " + answer.message());
      }
    }
  }

  /** What {@code body} leaks, if anything: a stack frame, an exception class, internals. */
  static java.util.Optional<String> leak(String body) {
    for (Pattern pattern : List.of(FRAME, EXCEPTION_CLASS, INTERNALS)) {
      var matcher = pattern.matcher(body);
      if (matcher.find()) {
        return java.util.Optional.of("'" + matcher.group() + "'");
      }
    }
    return java.util.Optional.empty();
  }

  private String label(String category, String method, String path, String sent) {
    String shortPath = path.length() > 110 ? path.substring(0, 110) + "…" : path;
    return "[" + category + "] " + who + " " + method + " " + shortPath + " <" + sent + ">";
  }

  private static String excerpt(String body) {
    String flat = body.replaceAll("\\s+", " ");
    return flat.length() > 90 ? flat.substring(0, 90) + "… (" + body.length() + " chars)" : flat;
  }

  List<String> violations() {
    return violations;
  }

  int calls() {
    return statuses.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
  }

  /** Statuses per category, e.g. {@code malformed JSON {400=24}}. */
  String tally() {
    StringBuilder out = new StringBuilder();
    statuses.forEach((category, counts) -> out.append(String.format(Locale.ROOT, "%n  %-28s %s",
        category, counts)));
    return out.toString();
  }

  /** {@code keyValues} as Camunda's variables: {@code {name: {value, type}}}. */
  static Map<String, Object> variables(Object... keyValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      variables.put((String) keyValues[i], Map.of("value", keyValues[i + 1], "type", "String"));
    }
    return variables;
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
