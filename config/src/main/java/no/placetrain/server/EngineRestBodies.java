package no.placetrain.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * Two checks on every JSON body of the engine APIs, before the resource sees it; each refusal is
 * 400 with a message naming the field:
 *
 * <ul>
 *   <li>a variable of type {@code String} must have a text value of at most
 *       {@value #MAX_STRING_LENGTH} characters, one of type {@code Date} a date that exists.
 *       Camunda's REST API turns a JSON object or array sent as a String variable's
 *       {@code value} into its Java {@code toString()} ({@code {"a":1}} is stored as
 *       {@code "{a=1}"}), reads dates leniently (month 13 of 2026 is stored as January 2027),
 *       and leaves a longer text to the database, which refuses it (the engine logs the failed
 *       statement with its values, and answers 500 on some endpoints); every other type refuses
 *       a value of the wrong kind already. A variable is any JSON object with a {@code value} and
 *       no other keys than {@code type}, {@code valueInfo} and {@code local}, wherever it sits
 *       (start, completion, submission, correlation, modification, …), named by its path (e.g.
 *       {@code variables.note.value}); the text of an untyped variable is checked for its length
 *       (the engine stores it as a String), and no variable's value is looked into further. A
 *       transient variable (never stored) may be longer;
 *   <li>the body must not be the JSON literal {@code null}: Camunda's resources take it as no
 *       body at all and fail with a {@code NullPointerException} (500).
 * </ul>
 *
 * Registered with {@link EngineRestExceptionMappers} ({@link RestApiConfiguration}).
 */
@Provider
@Priority(Priorities.USER)
public class EngineRestBodies implements ReaderInterceptor {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");
  private static final int MAX_DEPTH = 64;
  /** The engine's column for a String variable's text ({@code TEXT_}) holds 4000 characters. */
  static final int MAX_STRING_LENGTH = 4000;
  private static final Set<String> VARIABLE_KEYS = Set.of("value", "type", "valueInfo", "local");

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || !(type.getSubtype().equalsIgnoreCase("json")
        || type.getSubtype().toLowerCase().endsWith("+json"))) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    context.setInputStream(new ByteArrayInputStream(body));
    JsonNode tree;
    try {
      tree = JSON.readTree(body);
    } catch (JsonProcessingException malformed) {
      return context.proceed(); // the JSON provider reports it
    }
    if (tree != null && tree.isNull()) {
      throw new InvalidRequestException(Response.Status.BAD_REQUEST,
          EngineRestExceptionMappers.BODY + ": must be JSON of the resource's shape, not null");
    }
    Optional<String> refused = refusal(tree, "", 0);
    if (refused.isPresent()) {
      throw new InvalidRequestException(Response.Status.BAD_REQUEST, refused.get());
    }
    return context.proceed();
  }

  /** Why the first variable of the wrong kind in {@code node} is refused, if there is one. */
  static Optional<String> refusal(JsonNode node, String path, int depth) {
    if (node == null || depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Optional<String> found = refusal(node.get(i), path + "[" + i + "]", depth + 1);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (!node.isObject()) {
      return Optional.empty();
    }
    if (isVariable(node)) {
      // its value is the caller's data, never looked into
      JsonNode type = node.get("type");
      JsonNode value = node.get("value");
      String at = (path.isEmpty() ? "" : path + ".") + "value";
      String typeName = type == null || type.isNull() ? null : type.isTextual() ? type.textValue() : "";
      boolean string = typeName == null ? value.isTextual() : typeName.equalsIgnoreCase("String");
      if (string && value.isContainerNode()) {
        return Optional.of(at + ": must be text (the variable's type is String)");
      }
      if (string && value.isTextual() && value.textValue().length() > MAX_STRING_LENGTH
          && !node.path("valueInfo").path("transient").asBoolean(false)) {
        return Optional.of(at + ": must be at most " + MAX_STRING_LENGTH + " characters (a String"
            + " variable; a longer text is stored as a Json, Object, Bytes or File variable)");
      }
      if ("Date".equalsIgnoreCase(typeName) && value.isTextual() && !isDate(value.textValue())) {
        return Optional.of(at + ": must be a date that exists, as "
            + JacksonConfigurator.dateFormatString + " (the variable's type is Date)");
      }
      return Optional.empty();
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = SAFE_NAME.matcher(field.getKey()).matches() ? field.getKey() : "(a field)";
      Optional<String> found = refusal(field.getValue(), path.isEmpty() ? name : path + "." + name,
          depth + 1);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** A variable: an object with a {@code value} and no other keys than a variable has. */
  private static boolean isVariable(JsonNode node) {
    if (!node.has("value")) {
      return false;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      if (!VARIABLE_KEYS.contains(names.next())) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text} is a date in the REST API's format, read strictly. */
  private static boolean isDate(String text) {
    SimpleDateFormat format = new SimpleDateFormat(JacksonConfigurator.dateFormatString);
    format.setLenient(false);
    ParsePosition position = new ParsePosition(0);
    return format.parse(text, position) != null && position.getIndex() == text.length();
  }
}
