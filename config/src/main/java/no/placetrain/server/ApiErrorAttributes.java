package no.placetrain.server;

import jakarta.servlet.RequestDispatcher;
import java.util.LinkedHashMap;
import java.util.Map;
import no.placetrain.api.ApiError;
import no.placetrain.api.ApiErrors;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * The server's error page ({@code /error}) answers for our API ({@code /api/…}) in its own shape,
 * {@link ApiError} ({@code {"status", "error", "message", "field"}}), as its controllers do
 * ({@link ApiErrors}): a path or method the API does not have (404, 405), a {@code Content-Type}
 * or {@code Accept} other than JSON (415, 406), and whatever else Spring MVC refuses before a
 * controller is called. The message names what is wrong ({@link ApiErrors#toError(Throwable)}),
 * never repeats the path and never holds a stack trace. Every other path keeps Spring Boot's
 * answer ({@code server.error.*}: no message, no stack trace).
 */
public class ApiErrorAttributes extends DefaultErrorAttributes {

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
    if (!(uri instanceof String path) || !(path.equals("/api") || path.startsWith("/api/"))) {
      return super.getErrorAttributes(request, options);
    }
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
    HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
        ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
    Throwable failure = getError(request);
    ApiError error = failure == null ? null : ApiErrors.toError(failure);
    if (error == null || error.status() != status.value()) {
      error = ApiError.of(status, fallbackMessage(status), null);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", error.status());
    body.put("error", error.error());
    body.put("message", error.message());
    body.put("field", error.field());
    return body;
  }

  private static String fallbackMessage(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND -> "the API has no such resource";
      case METHOD_NOT_ALLOWED -> "the method is not allowed on this path";
      case UNSUPPORTED_MEDIA_TYPE -> "Content-Type: must be application/json";
      case NOT_ACCEPTABLE -> "Accept: the API answers application/json";
      default -> status.is5xxServerError() ? "the server failed to answer; the failure is logged"
          : status.getReasonPhrase();
    };
  }
}
