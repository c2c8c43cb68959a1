package no.placetrain.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A small HTTP client for the tests: real HTTP against the running server (Camunda's REST API and
 * ours), JSON in and out. Bodies are sent as given (a String as is, anything else as JSON), so
 * tests can send malformed JSON.
 */
public final class RestClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;
  private final String authorization;

  private RestClient(String baseUrl, String authorization) {
    this.baseUrl = baseUrl;
    this.authorization = authorization;
  }

  public static RestClient anonymous(int port) {
    return new RestClient("http://localhost:" + port, null);
  }

  public static RestClient as(int port, String user, String password) {
    String token = Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new RestClient("http://localhost:" + port, "Basic " + token);
  }

  public Response get(String path) {
    return send(builder(path).GET());
  }

  public Response post(String path, Object body) {
    return send(builder(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8)));
  }

  public Response delete(String path) {
    return send(builder(path).DELETE());
  }

  public Response put(String path, Object body) {
    return send(builder(path)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8)));
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Accept", "application/json");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(response.statusCode(), response.body(),
          response.headers().firstValue("WWW-Authenticate").orElse(null),
          response.headers().firstValue("Location").orElse(null),
          response.headers().firstValue("Content-Type").orElse(null));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String write(Object body) {
    try {
      return body instanceof String s ? s : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public record Response(int status, String body, String wwwAuthenticate, String location,
      String contentType) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON (status " + status + "): " + body, e);
      }
    }

    public Response expect(int expected) {
      if (status != expected) {
        throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + body);
      }
      return this;
    }

    /** Asserts an error answer of our API's shape ({@code /api}) and returns it. */
    public JsonNode error(int expected) {
      expect(expected);
      JsonNode error = json();
      if (error.get("status").asInt() != expected || !error.hasNonNull("error")
          || !error.hasNonNull("message") || !error.has("field")) {
        throw new AssertionError("not an error of the API's shape: " + body);
      }
      if (body.contains("Exception") || body.contains("\tat ") || body.contains("trace")) {
        throw new AssertionError("the error leaks internals: " + body);
      }
      return error;
    }
  }
}
