package no.placetrain.server.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import no.placetrain.domain.EndReason;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Data minimisation (docs/access.md "Data minimisation"): a message correlated over the REST API
 * may carry only the variables its model expects, and only as codes. Camunda stores whatever
 * {@code processVariables} a correlation brings; the participation's dropout is the one message a
 * person sends, and it carries a reason code, never the personal details behind it.
 *
 * <p>Guarded: {@code POST …/message} and {@code POST …/process-instance/message-async} under
 * {@code /engine-rest}, {@code /engine-rest/engine/{name}} and the webapps' engine API
 * {@code <app>/api/engine/engine/{name}}. {@code ParticipationDropout} may carry
 * {@code dropoutReason} in {@code processVariables}, a String among the dropout codes of
 * {@link EndReason#DROPOUT}; any other message, and any other variable (also in
 * {@code processVariablesLocal}, {@code processVariablesToTriggeredScope} or the asynchronous
 * call's {@code variables}), is refused with 400 before the engine sees it. The answer names the
 * rule, never a submitted name or value. A correlation without variables passes unchanged (the
 * model itself refuses a dropout without a reason).
 */
public class MessagePayloadFilter extends OncePerRequestFilter {

  static final String TYPE = "InvalidRequestException";
  static final int MAX_BODY_BYTES = 1 << 20;
  static final String DROPOUT = "ParticipationDropout";
  static final String DROPOUT_REASON = "dropoutReason";
  private static final List<String> PAYLOADS = List.of("processVariables", "processVariablesLocal",
      "processVariablesToTriggeredScope", "variables");
  /** What each message may carry, by variable name: which codes the variable may hold. */
  private static final Map<String, Map<String, Predicate<String>>> ALLOWED = Map.of(
      DROPOUT, Map.of(DROPOUT_REASON, EndReason.DROPOUT::acceptsDetail));
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Pattern endpoint;

  /** @param webappPath the webapps' application path, e.g. {@code /camunda} */
  public MessagePayloadFilter(String webappPath) {
    String roots = "(?:/engine-rest(?:/engine/[^/]+)?|" + Pattern.quote(webappPath.toLowerCase(Locale.ROOT))
        + "/api/engine/engine/[^/]+)";
    this.endpoint = Pattern.compile(roots + "/(?:message|process-instance/message-async)");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (!"POST".equalsIgnoreCase(request.getMethod())
        || !endpoint.matcher(RequestPaths.path(request).toLowerCase(Locale.ROOT)).matches()) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      JsonErrors.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, TYPE,
          "A message may not be larger than " + MAX_BODY_BYTES + " bytes.");
      return;
    }
    JsonNode tree;
    try {
      tree = JSON.readTree(body);
    } catch (JsonProcessingException malformed) {
      JsonErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, TYPE, "The body of this message is not valid JSON.");
      return;
    }
    Optional<String> refused = refusal(tree);
    if (refused.isPresent()) {
      JsonErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, TYPE, refused.get());
      return;
    }
    chain.doFilter(new TaskQueryExpressionFilter.CachedBodyRequest(request, body), response);
  }

  /** Why the correlation {@code tree} is refused, if it is; never naming a submitted name or value. */
  static Optional<String> refusal(JsonNode tree) {
    if (tree == null || !tree.isObject()) {
      return Optional.empty(); // not a correlation: the REST API answers it
    }
    JsonNode name = tree.get("messageName");
    Map<String, Predicate<String>> allowed = name != null && name.isTextual()
        ? ALLOWED.getOrDefault(name.textValue(), Map.of()) : Map.of();
    String subject = allowed.isEmpty() ? "This message" : "Message '" + name.textValue() + "'";
    String may = allowed.isEmpty() ? "may carry no variables"
        : "may carry only " + String.join(", ", allowed.keySet()) + " in processVariables, as a code";
    for (String payload : PAYLOADS) {
      JsonNode variables = tree.get(payload);
      if (variables == null || variables.isNull() || (variables.isObject() && variables.isEmpty())) {
        continue;
      }
      if (!"processVariables".equals(payload) || !variables.isObject()) {
        return Optional.of(refuse(subject, may));
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> variable = it.next();
        Predicate<String> codes = allowed.get(variable.getKey());
        JsonNode value = variable.getValue() == null ? null : variable.getValue().get("value");
        String type = variable.getValue() == null || variable.getValue().get("type") == null
            ? "String" : variable.getValue().get("type").asText();
        if (codes == null || value == null || !value.isTextual() || !"String".equalsIgnoreCase(type)
            || !codes.test(value.textValue())) {
          return Optional.of(refuse(subject, may));
        }
      }
    }
    return Optional.empty();
  }

  private static String refuse(String subject, String may) {
    return subject + " " + may + " (no personal details: they are followed up by NAV outside the"
        + " system); refused by the server.";
  }
}
