package no.placetrain.server.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Advisory CVE-2026-109432: Camunda evaluates expressions ({@code ${…}}, {@code #{…}}) that a
 * caller puts in a task query — also inside its {@code orQueries}, where the engine's own switch
 * ({@code enableExpressionsInAdhocQueries}) was not enforced. This filter refuses, with 400 and
 * before the engine sees it, every task query that holds {@code ${} or {@code #{} anywhere: in a
 * query parameter (name or value) or anywhere in the JSON body (field names and string values,
 * nested {@code orQueries} and variable criteria included).
 *
 * <p>Guarded, under {@code /engine-rest}, {@code /engine-rest/engine/{name}} and the webapps' own
 * engine API {@code <app>/api/engine/engine/{name}} (what Tasklist calls): {@code /task},
 * {@code /task/count}, {@code /filter/{id}/list|count|singleResult} (the body is the extending
 * query), and the stored query of {@code POST /filter/create} and {@code PUT /filter/{id}}. The
 * answer names the criterion and never repeats the submitted value.
 */
public class TaskQueryExpressionFilter extends OncePerRequestFilter {

  static final String TYPE = "InvalidRequestException";
  /** Larger bodies than this are no task query. */
  static final int MAX_BODY_BYTES = 1 << 20;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");

  private final Pattern queryEndpoint;
  private final Pattern storedQueryEndpoint;

  /** @param webappPath the webapps' application path, e.g. {@code /camunda} */
  public TaskQueryExpressionFilter(String webappPath) {
    String roots = "(?:/engine-rest(?:/engine/[^/]+)?|" + Pattern.quote(webappPath.toLowerCase(Locale.ROOT))
        + "/api/engine/engine/[^/]+)";
    this.queryEndpoint = Pattern.compile(
        roots + "/(?:task(?:/count)?|filter/[^/]+/(?:list|count|singleresult))");
    this.storedQueryEndpoint = Pattern.compile(roots + "/filter/[^/]+");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String path = RequestPaths.path(request).toLowerCase(Locale.ROOT);
    String method = request.getMethod().toUpperCase(Locale.ROOT);
    boolean query = queryEndpoint.matcher(path).matches();
    boolean storedQuery = !query && ("POST".equals(method) || "PUT".equals(method))
        && storedQueryEndpoint.matcher(path).matches();
    if (!query && !storedQuery) {
      chain.doFilter(request, response);
      return;
    }

    Optional<String> refused;
    try {
      refused = inQueryString(request.getQueryString());
    } catch (IllegalArgumentException malformed) {
      JsonErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, TYPE,
          "The query string of this task query is malformed.");
      return;
    }
    if (refused.isPresent()) {
      refuse(response, refused.get());
      return;
    }

    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      JsonErrors.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TYPE,
          "A task query may not be larger than " + MAX_BODY_BYTES + " bytes.");
      return;
    }
    if (!isBlank(body)) {
      JsonNode tree;
      try {
        tree = JSON.readTree(body);
      } catch (JsonProcessingException malformed) {
        JsonErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, TYPE,
            "The body of this task query is not valid JSON.");
        return;
      }
      if (storedQuery) {
        refused = tree != null && tree.has("query") ? inJson(tree.get("query"), "query") : Optional.empty();
      } else {
        refused = inJson(tree, "");
      }
      if (refused.isPresent()) {
        refuse(response, refused.get());
        return;
      }
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private static void refuse(HttpServletResponse response, String criterion) throws IOException {
    JsonErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, TYPE,
        "Expressions are not allowed in task queries: the criterion '" + criterion
            + "' holds one (refused by the server, CVE-2026-109432).");
  }

  /** The first query parameter whose name or value holds an expression. */
  static Optional<String> inQueryString(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return Optional.empty();
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      if (holdsExpression(name)) {
        return Optional.of("(a parameter's name)");
      }
      if (holdsExpression(value)) {
        return Optional.of(safe(name));
      }
    }
    return Optional.empty();
  }

  /** The path of the first field name or string value in {@code node} that holds an expression. */
  static Optional<String> inJson(JsonNode node, String path) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isTextual()) {
      return holdsExpression(node.textValue())
          ? Optional.of(path.isEmpty() ? "(the body)" : path) : Optional.empty();
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Optional<String> found = inJson(node.get(i), path + "[" + i + "]");
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        String fieldPath = (path.isEmpty() ? "" : path + ".") + safe(field.getKey());
        if (holdsExpression(field.getKey())) {
          return Optional.of((path.isEmpty() ? "" : path + ".") + "(a criterion's name)");
        }
        Optional<String> found = inJson(field.getValue(), fieldPath);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  static boolean holdsExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** A criterion's name as the caller sent it, if it is a plain name; never anything else. */
  private static String safe(String name) {
    return SAFE_NAME.matcher(name).matches() ? name : "(a criterion)";
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  /** The request with its body read once and served again from memory. */
  static final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      InputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          try {
            return in.available() == 0;
          } catch (IOException e) {
            return true;
          }
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
