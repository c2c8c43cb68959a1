package no.placetrain.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.placetrain.api.JsonPaths;
import no.placetrain.server.security.BodySizeLimitFilter.BodyTooLargeException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.model.xml.ModelParseException;
import org.glassfish.jersey.server.ParamException;
import org.xml.sax.SAXException;

/**
 * How Camunda's REST API ({@code /engine-rest}) and the webapps' engine API answer failures: bad
 * input is the caller's fault and answered 4xx with a message that names the field, parameter or
 * problem, never 500, never a stack trace nor a Java class name. Every other failure is left to
 * Camunda's own handling ({@link ExceptionHandlerHelper}), which logs it.
 *
 * <ul>
 *   <li>400: a body that is not JSON, is JSON of the wrong shape or type (named by its path, e.g.
 *       {@code withVariablesInReturn: must be true or false}), or exceeds the JSON reader's limits
 *       (nesting, number or text length: Camunda answers 500); a rejected form, a worker's refusal
 *       ({@link BadUserRequestException}) and a Java-serialized object variable ({@code
 *       ENGINE-17007}), which {@code /process-definition/…/start} wraps as 500; a deployment
 *       whose XML does not parse — a {@code DOCTYPE} included, which the engine's parser refuses
 *       (no entity is ever resolved) — where Camunda answers 500; a query parameter of the wrong
 *       type (Jersey answers 404 "HTTP 404 Not Found");
 *   <li>404: a task, execution or process instance that does not exist, which Camunda answers
 *       500 on {@code /task/{id}/complete}, {@code /submit-form} and
 *       {@code /process-instance/{id}/variables/…} (a {@link NullValueException});
 *   <li>413: a body read beyond {@code placetrain.http.max-body-size}
 *       ({@link BodyTooLargeException}).
 * </ul>
 *
 * <p>The answer keeps Camunda's shape ({@code {"type", "message", "code"}}), which Tasklist,
 * Cockpit and Admin show. Jackson's messages quote the input and name Java classes: they are
 * replaced by the path of the field at fault and a reason; any other message loses the fully
 * qualified exception class names that Camunda sometimes puts in front of it.
 *
 * <p>One mapper per exception type that Camunda or Jersey's Jackson support maps themselves, each
 * of higher priority than theirs (Jersey takes the closest type, then the higher priority).
 * Registered on {@code /engine-rest} ({@link RestApiConfiguration}) and on the webapps' engine
 * API ({@link WebappEngineApiConfiguration}).
 */
public final class EngineRestExceptionMappers {

  /** The mappers, for registration. */
  public static final List<Class<?>> MAPPERS = List.of(RestExceptions.class,
      EngineExceptions.class, JsonParseErrors.class, JsonMappingErrors.class,
      JsonProcessingErrors.class, ParamErrors.class, AnyFailure.class);

  /** The engine's code for "Java serialization format is prohibited". */
  static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";
  static final String INVALID_REQUEST = "InvalidRequestException";
  static final String BODY = "body";

  /** Before Camunda's mappers and Jersey's Jackson mappers (default priority 5000). */
  private static final int PRIORITY = 1000;
  private static final int MAX_CAUSES = 20;
  /** Fully qualified exception class names in front of a message ("org.….XException: …"). */
  private static final Pattern CLASS_NAME_PREFIX = Pattern.compile(
      "^(?:\\s*(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*|\\b))+");
  private static final Pattern NOT_FOUND = Pattern.compile(
      "doesn't exist|does not exist|cannot find|not found|no .{1,60} found", Pattern.CASE_INSENSITIVE);

  private EngineRestExceptionMappers() {
  }

  /** The answer to {@code exception} (see the class comment). */
  static Response toResponse(Throwable exception) {
    BodyTooLargeException tooLarge = find(exception, BodyTooLargeException.class);
    if (tooLarge != null) {
      return answer(Response.Status.REQUEST_ENTITY_TOO_LARGE, INVALID_REQUEST, tooLarge.getReason(), null);
    }
    if (exception instanceof JsonProcessingException json) {
      return answer(Response.Status.BAD_REQUEST, INVALID_REQUEST, unreadable(json), null);
    }
    if (exception instanceof ParamException param) {
      return parameter(param);
    }
    Response.Status camunda = ExceptionHandlerHelper.getInstance().getStatus(exception);
    if (camunda == Response.Status.INTERNAL_SERVER_ERROR) {
      Response.Status status = callersFault(exception);
      if (status != null) {
        ExceptionDto dto = ExceptionHandlerHelper.getInstance().fromException(exception);
        return answer(status, dto.getType(), withParseError(dto.getMessage(), exception), dto.getCode());
      }
    }
    Response response = ExceptionHandlerHelper.getInstance().getResponse(exception);
    if (response.getEntity() instanceof ExceptionDto dto) {
      dto.setMessage(withoutClassNames(dto.getMessage()));
    }
    return response;
  }

  /**
   * The status of a failure that is the caller's fault, or {@code null}: a rejected form, a
   * worker's refusal, a Java-serialized object variable, XML that does not parse (400), something
   * that does not exist (404), another missing value (400).
   */
  private static Response.Status callersFault(Throwable exception) {
    if (find(exception, FormFieldValidationException.class) != null
        || find(exception, BadUserRequestException.class) != null
        || isJavaSerializationRefused(exception)
        || find(exception, SAXException.class) != null
        || find(exception, ModelParseException.class) != null) {
      return Response.Status.BAD_REQUEST;
    }
    NullValueException missing = find(exception, NullValueException.class);
    if (missing != null) {
      return missing.getMessage() != null && NOT_FOUND.matcher(missing.getMessage()).find()
          ? Response.Status.NOT_FOUND : Response.Status.BAD_REQUEST;
    }
    return null;
  }

  /**
   * {@code message} with the XML parser's own finding (e.g. "DOCTYPE is disallowed …") when the
   * failure is XML that does not parse and the message does not hold it yet (a DMN's does not).
   */
  private static String withParseError(String message, Throwable exception) {
    Throwable parse = find(exception, SAXException.class);
    if (parse == null) {
      parse = find(exception, ModelParseException.class);
    }
    String finding = parse == null ? null : parse.getMessage();
    if (finding == null || (message != null && message.contains(finding))) {
      return message;
    }
    return message == null ? finding : message + " " + finding;
  }

  private static boolean isJavaSerializationRefused(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ProcessEngineException && t.getMessage() != null
          && t.getMessage().startsWith(JAVA_SERIALIZATION_PROHIBITED)) {
        return true;
      }
    }
    return false;
  }

  /** A query (or header, form, cookie) parameter of the wrong type: 400; a path parameter: 404. */
  private static Response parameter(ParamException param) {
    if (param instanceof ParamException.PathParamException) {
      return answer(Response.Status.NOT_FOUND, "NotFoundException",
          "No resource at this path: its parameter '" + param.getParameterName()
              + "' is not of the expected type.", null);
    }
    String kind = param instanceof ParamException.HeaderParamException ? "Header"
        : param instanceof ParamException.FormParamException ? "Form parameter"
        : param instanceof ParamException.CookieParamException ? "Cookie"
        : "Query parameter";
    return answer(Response.Status.BAD_REQUEST, INVALID_REQUEST,
        kind + " '" + param.getParameterName() + "' is not of the expected type.", null);
  }

  /**
   * The message for a body Jackson could not read: its messages quote the input and name Java
   * classes, so only the path of the field at fault and a generic reason are kept.
   */
  static String unreadable(JsonProcessingException e) {
    if (find(e, StreamConstraintsException.class) != null) {
      return BODY + ": exceeds what the server reads in JSON (nesting depth, length of a number"
          + " or of a text)";
    }
    StreamReadException malformed = find(e, StreamReadException.class);
    if (malformed != null) {
      JsonLocation location = malformed.getLocation();
      return BODY + ": malformed JSON" + (location == null || location.getLineNr() < 0 ? ""
          : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")");
    }
    if (e instanceof JsonMappingException mapping) {
      String path = JsonPaths.of(mapping);
      Class<?> target = mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
      return (path.isEmpty() ? BODY : path) + ": " + (target == null ? "cannot be read" : expected(target));
    }
    return BODY + ": malformed JSON";
  }

  private static String expected(Class<?> type) {
    if (type == String.class || type == Character.class || type == char.class) {
      return "must be text";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class) {
      return "must be a whole number";
    }
    if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
      return "must be a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (Date.class.isAssignableFrom(type)) {
      return "must be a date (yyyy-MM-dd'T'HH:mm:ss.SSSZ)";
    }
    if (type.isEnum()) {
      return "must be one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
          .collect(Collectors.joining(", "));
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "must be a JSON array";
    }
    if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
      return "must be a JSON object";
    }
    return "has the wrong type";
  }

  /**
   * {@code message} without the fully qualified exception class names Camunda puts in front of it;
   * a class name inside the text (a worker's failure names the class it withheld) stays.
   */
  static String withoutClassNames(String message) {
    return message == null ? null : CLASS_NAME_PREFIX.matcher(message).replaceAll("").trim();
  }

  private static Response answer(Response.Status status, String type, String message, Integer code) {
    ExceptionDto dto = new ExceptionDto();
    dto.setType(type);
    dto.setMessage(withoutClassNames(message));
    dto.setCode(code);
    return Response.status(status).entity(dto).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  private static <T extends Throwable> T find(Throwable exception, Class<T> type) {
    Throwable current = exception;
    for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
      if (type.isInstance(current)) {
        return type.cast(current);
      }
      current = current.getCause() == current ? null : current.getCause();
    }
    return null;
  }

  /** Camunda's {@link RestException}s, which wrap most engine failures of the resources. */
  @Provider
  @Priority(PRIORITY)
  public static class RestExceptions implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      return EngineRestExceptionMappers.toResponse(exception);
    }
  }

  /** The engine's exceptions that reach the REST API unwrapped. */
  @Provider
  @Priority(PRIORITY)
  public static class EngineExceptions implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return EngineRestExceptionMappers.toResponse(exception);
    }
  }

  /** A body that is not JSON. */
  @Provider
  @Priority(PRIORITY)
  public static class JsonParseErrors implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException exception) {
      return EngineRestExceptionMappers.toResponse(exception);
    }
  }

  /** JSON of the wrong shape or type. */
  @Provider
  @Priority(PRIORITY)
  public static class JsonMappingErrors implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException exception) {
      return EngineRestExceptionMappers.toResponse(exception);
    }
  }

  /** Any other failure of the JSON reader, e.g. a limit of nesting or length exceeded. */
  @Provider
  @Priority(PRIORITY)
  public static class JsonProcessingErrors implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException exception) {
      return EngineRestExceptionMappers.toResponse(exception);
    }
  }

  /** A parameter Jersey could not convert to its type. */
  @Provider
  @Priority(PRIORITY)
  public static class ParamErrors implements ExceptionMapper<ParamException> {
    @Override
    public Response toResponse(ParamException exception) {
      return EngineRestExceptionMappers.toResponse(exception);
    }
  }

  /** Everything else: Camunda's answer, without class names; a body too large 413. */
  @Provider
  @Priority(PRIORITY)
  public static class AnyFailure implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
      return EngineRestExceptionMappers.toResponse(exception);
    }
  }
}
