package no.placetrain.server.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import no.placetrain.api.ApiError;
import org.springframework.http.HttpStatus;

/**
 * An error answer in the shape of Camunda's REST API ({@code {"type": …, "message": …}}), which
 * Tasklist, Cockpit and Admin show to the user; or, under {@code /api}, in our API's shape
 * ({@link ApiError}: {@code {"status": …, "error": …, "message": …, "field": …}}).
 */
final class JsonErrors {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonErrors() {
  }

  /** Writes an error of Camunda's shape. */
  static void write(HttpServletResponse response, int status, String type, String message)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    body.put("code", null);
    write(response, status, body);
  }

  /**
   * Writes an error in the shape of the API {@code request} addresses: our {@link ApiError} under
   * {@code /api}, Camunda's (with {@code type}) everywhere else.
   */
  static void write(HttpServletRequest request, HttpServletResponse response, int status,
      String type, String message) throws IOException {
    if (isOurApi(request)) {
      HttpStatus resolved = HttpStatus.resolve(status);
      write(response, status, resolved == null
          ? new ApiError(status, String.valueOf(status), message, null)
          : ApiError.of(resolved, message, null));
    } else {
      write(response, status, type, message);
    }
  }

  /** Whether {@code request} addresses our own REST API ({@code /api/…}). */
  static boolean isOurApi(HttpServletRequest request) {
    String path = RequestPaths.path(request);
    return path.equals("/api") || path.startsWith("/api/");
  }

  private static void write(HttpServletResponse response, int status, Object body)
      throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
    response.flushBuffer();
  }
}
