package no.placetrain.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's answer to a request it refuses before the application sees it (a path with an encoded
 * NUL or another malformed URI, headers too large, …): JSON {@code {"status", "error",
 * "message", "field"}} (our API's shape, {@code field} always {@code null}) instead of Tomcat's
 * HTML page; never a stack trace, never the refused input. Every
 * request the application sees is answered by the application (Spring Boot's error page, the
 * APIs' own handling).
 */
public class ContainerErrorReportValve extends ErrorReportValve {

  private static final ObjectMapper JSON = new ObjectMapper();

  public ContainerErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    HttpStatus resolved = HttpStatus.resolve(status);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", resolved == null ? String.valueOf(status) : resolved.getReasonPhrase());
    body.put("message", status >= 500
        ? "The server failed to answer; the failure is logged."
        : "The request was refused by the server before it reached the application"
            + " (a malformed path or headers, or a request too large).");
    body.put("field", null);
    try {
      response.setContentType("application/json");
      response.setCharacterEncoding("utf-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(JSON.writeValueAsString(body));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response is committed: nothing to answer
    }
  }
}
