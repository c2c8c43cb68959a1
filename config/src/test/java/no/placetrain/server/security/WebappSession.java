package no.placetrain.server.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a browser does with the Camunda webapps, over plain HTTP: it keeps the session and CSRF
 * cookies itself (they are {@code Secure}: {@link java.net.CookieManager} would not send them over
 * http) and echoes the CSRF token in {@code X-XSRF-TOKEN}, as the webapps' JavaScript does.
 */
public final class WebappSession {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String csrfToken;

  private WebappSession(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** A fresh browser that opened Tasklist's page (it holds a session and a CSRF token). */
  public static WebappSession open(int port) {
    WebappSession session = new WebappSession(port);
    session.send("GET", "/camunda/app/tasklist/default/", null, null);
    return session;
  }

  /** A fresh browser that has not called the server yet. */
  public static WebappSession fresh(int port) {
    return new WebappSession(port);
  }

  /** Logs in as Tasklist's login page does; fails unless the webapp accepted the credentials. */
  public WebappSession login(String user, String password) {
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    Answer login = send("POST", "/camunda/api/admin/auth/user/default/login/tasklist", form,
        "application/x-www-form-urlencoded");
    if (login.status() != 200) {
      throw new AssertionError("login of " + user + " refused: " + login.status() + " " + login.body());
    }
    // the login gives a new session: fetch its CSRF token as the webapp does
    send("GET", "/camunda/api/admin/auth/user/default", null, null);
    return this;
  }

  /**
   * Logs in to the webapp {@code app} ({@code tasklist}, {@code cockpit}, {@code admin}) as its
   * login page does and answers the status: 200 when the user may use the app (APPLICATION
   * ACCESS), 403 when the credentials are right but the app is not theirs.
   */
  public int loginTo(String app, String user, String password) {
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    Answer login = send("POST", "/camunda/api/admin/auth/user/default/login/" + app, form,
        "application/x-www-form-urlencoded");
    if (login.status() == 200) {
      send("GET", "/camunda/api/admin/auth/user/default", null, null);
    }
    return login.status();
  }

  public Answer get(String path) {
    return send("GET", path, null, null);
  }

  public Answer post(String path, Object body) {
    return send("POST", path, body instanceof String s ? s : write(body), "application/json");
  }

  /** Any request; {@code body} null for none. Cookies and the CSRF token follow the answers. */
  public Answer send(String method, String path, String body, String contentType) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Accept", "application/json, text/plain, */*")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (!cookies.isEmpty()) {
      StringBuilder cookie = new StringBuilder();
      cookies.forEach((name, value) -> cookie.append(cookie.isEmpty() ? "" : "; ")
          .append(name).append('=').append(value));
      request.header("Cookie", cookie.toString());
    }
    if (csrfToken != null) {
      request.header("X-XSRF-TOKEN", csrfToken);
    }
    try {
      HttpResponse<String> response = http.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      List<String> setCookies = response.headers().allValues("Set-Cookie");
      for (String setCookie : setCookies) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
      response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
      if (cookies.containsKey("XSRF-TOKEN")) {
        csrfToken = cookies.get("XSRF-TOKEN");
      }
      return new Answer(response.statusCode(), response.body(), response.headers().map());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Forgets the CSRF token (a caller that never read it). */
  public WebappSession withoutCsrfToken() {
    csrfToken = null;
    cookies.remove("XSRF-TOKEN");
    return this;
  }

  private static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** An answer with every header. */
  public record Answer(int status, String body, Map<String, List<String>> headers) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON (status " + status + "): " + body, e);
      }
    }

    public List<String> header(String name) {
      for (Map.Entry<String, List<String>> header : headers.entrySet()) {
        if (header.getKey().equalsIgnoreCase(name)) {
          return header.getValue();
        }
      }
      return List.of();
    }
  }
}
