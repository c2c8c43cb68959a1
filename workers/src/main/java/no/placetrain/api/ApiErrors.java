package no.placetrain.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.agreement.AgreementConflictException;
import no.placetrain.domain.agreement.CapacityReachedException;
import no.placetrain.domain.agreement.DuplicateParticipationException;
import no.placetrain.domain.agreement.InactiveAgreementException;
import no.placetrain.domain.agreement.UnknownAgreementException;
import no.placetrain.domain.agreement.UnknownCommitmentException;
import no.placetrain.domain.agreement.UnknownParticipationException;
import no.placetrain.engine.forms.FormRejectedException;
import no.placetrain.engine.forms.Violation;
import no.placetrain.access.AccessDeniedException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Turns every exception of the API's controllers into an {@link ApiError}; scoped to this package,
 * so the host's other controllers keep their own handling. Messages name a field and a rule and
 * never hold a submitted value: the domain's and the forms' messages are built that way, and
 * parser messages (which quote the input) are replaced by the field path and a generic reason.
 * Nothing unexpected leaks: a server fault is 500 with a fixed message (logged with its stack).
 *
 * <ul>
 *   <li>400: a broken domain rule ({@link InvalidValueException}, e.g. a loosening commitment or
 *       a referral to a FRAMEWORK agreement), a
 *       refused form or a worker's refusal ({@link FormFieldValidationException},
 *       {@link BadUserRequestException}), an unreadable body;
 *   <li>404: an unknown agreement, participation or commitment;
 *   <li>409: an agreement id taken, a referral to an agreement that is not ACTIVE (its state, not
 *       the request, is at fault), a candidate already active in the agreement (also when the
 *       database refuses it), a selection when every place of the agreement is held;
 *   <li>403: our own access rules ({@link AccessDeniedException}, with its message) and the
 *       engine's {@link AuthorizationException};
 *   <li>Spring MVC's own exceptions keep their status, with a message naming what is wrong: 400
 *       for a missing or mistyped parameter (named), 404 for no such resource, 405 for a method
 *       the path does not take (naming those it takes), 406 and 415 for an {@code Accept} or
 *       {@code Content-Type} other than JSON, 413 for a body too large; a
 *       {@link ResponseStatusException} (also as the cause of an unreadable body, e.g. the host's
 *       body size limit) with its status and reason phrase (its reason may quote the request).
 * </ul>
 *
 * <p>Failures outside the API's controllers (no handler for the path or method, an unsupported
 * {@code Content-Type}) reach the host's error page; a host can answer them in the same shape
 * with {@link #toError(Throwable)} (the server does, for every path under {@code /api}).
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiErrors {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
  private static final int MAX_CAUSES = 12;
  /** The field of an error about the request body as a whole. */
  static final String BODY = "body";
  static final String CONTENT_TYPE = "Content-Type";
  static final String ACCEPT = "Accept";

  /** The answer to any exception of the API's controllers. */
  @ExceptionHandler(Exception.class)
  public ResponseEntity<ApiError> handle(Exception exception) {
    ApiError error = toError(exception);
    if (error.status() >= 500) {
      LOG.error("Place & Train API: unexpected failure", exception);
    } else {
      LOG.debug("Place & Train API answers {}: {}", error.status(), error.message());
    }
    return ResponseEntity.status(error.status()).contentType(MediaType.APPLICATION_JSON)
        .body(error);
  }

  /** The error body for {@code exception} (see the class comment for the mapping). */
  public static ApiError toError(Throwable exception) {
    ResponseStatusException refused = find(exception, ResponseStatusException.class);
    if (refused != null) {
      // its reason may quote the request: the status's reason phrase only
      HttpStatus status = HttpStatus.resolve(refused.getStatusCode().value());
      if (status != null) {
        return ApiError.of(status, status.getReasonPhrase(), null);
      }
    }
    ApiError mvc = springMvc(exception);
    if (mvc != null) {
      return mvc;
    }
    if (exception instanceof HttpMessageNotReadableException unreadable) {
      return unreadable(unreadable);
    }
    InvalidValueException invalid = find(exception, InvalidValueException.class);
    if (invalid != null) {
      return ApiError.of(statusOf(invalid), invalid.getMessage(), invalid.field());
    }
    FormRejectedException rejected = find(exception, FormRejectedException.class);
    if (rejected != null) {
      return ApiError.of(HttpStatus.BAD_REQUEST, rejected.getViolations().stream()
              .map(Violation::toString).collect(Collectors.joining("; ")),
          rejected.getViolations().isEmpty() ? null : rejected.getViolations().get(0).fieldKey());
    }
    FormFieldValidationException form = find(exception, FormFieldValidationException.class);
    if (form != null) {
      return ApiError.of(HttpStatus.BAD_REQUEST, form.getMessage(), null);
    }
    BadUserRequestException badRequest = find(exception, BadUserRequestException.class);
    if (badRequest != null) {
      return ApiError.of(HttpStatus.BAD_REQUEST, badRequest.getMessage(), null);
    }
    AccessDeniedException denied = find(exception, AccessDeniedException.class);
    if (denied != null) {
      return ApiError.of(HttpStatus.FORBIDDEN, denied.getMessage(), denied.field());
    }
    if (find(exception, AuthorizationException.class) != null) {
      return ApiError.of(HttpStatus.FORBIDDEN, "the authenticated user may not do this", null);
    }
    if (find(exception, DuplicateKeyException.class) != null) {
      return ApiError.of(HttpStatus.CONFLICT, "conflicts with data already stored", null);
    }
    if (exception instanceof ErrorResponse response) {
      HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
      if (status != null) {
        return ApiError.of(status, status.getReasonPhrase(), null);
      }
    }
    return ApiError.of(HttpStatus.INTERNAL_SERVER_ERROR,
        "the server failed to answer; the failure is logged", null);
  }

  /**
   * Spring MVC's refusals of a request (each an {@link ErrorResponse}), each naming what is wrong
   * without quoting the request; {@code null} for other exceptions. Told apart by their status, so
   * that no Servlet API type is needed here.
   */
  private static ApiError springMvc(Throwable exception) {
    if (exception instanceof MethodArgumentTypeMismatchException mismatch) {
      return bad(mismatch.getName(), mismatch.getRequiredType() == null
          ? "has the wrong type" : expected(mismatch.getRequiredType()));
    }
    if (!(exception instanceof ErrorResponse response)) {
      return null;
    }
    HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
    if (status == null) {
      return null;
    }
    return switch (status) {
      case UNSUPPORTED_MEDIA_TYPE -> ApiError.of(status, CONTENT_TYPE + ": must be "
          + mediaTypes(response.getHeaders().getAccept()), CONTENT_TYPE);
      case NOT_ACCEPTABLE -> ApiError.of(status, ACCEPT + ": the API answers "
          + MediaType.APPLICATION_JSON_VALUE, ACCEPT);
      case METHOD_NOT_ALLOWED -> ApiError.of(status, "the method is not allowed on this path"
          + (response.getHeaders().getAllow().isEmpty() ? "" : " (allowed: "
              + response.getHeaders().getAllow().stream().map(Object::toString).sorted()
                  .collect(Collectors.joining(", ")) + ")"), null);
      case NOT_FOUND -> ApiError.of(status, "the API has no such resource", null);
      case PAYLOAD_TOO_LARGE -> ApiError.of(status, BODY + ": is larger than the server accepts", BODY);
      // e.g. "Required parameter 'x' is not present."
      case BAD_REQUEST -> ApiError.of(status, response.getBody().getDetail() == null
          ? status.getReasonPhrase() : response.getBody().getDetail(), null);
      default -> null;
    };
  }

  private static String mediaTypes(List<MediaType> types) {
    return types == null || types.isEmpty() ? MediaType.APPLICATION_JSON_VALUE
        : types.stream().map(MediaType::toString).distinct().collect(Collectors.joining(" or "));
  }

  private static HttpStatus statusOf(InvalidValueException e) {
    if (e instanceof UnknownAgreementException || e instanceof UnknownParticipationException
        || e instanceof UnknownCommitmentException) {
      return HttpStatus.NOT_FOUND;
    }
    if (e instanceof AgreementConflictException || e instanceof DuplicateParticipationException
        || e instanceof InactiveAgreementException || e instanceof CapacityReachedException) {
      return HttpStatus.CONFLICT;
    }
    return HttpStatus.BAD_REQUEST;
  }

  /**
   * A body the converter could not read. Jackson's messages quote the input, so only the path
   * of the field at fault and a generic reason are kept.
   */
  private static ApiError unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof JsonMappingException mapping) {
      String path = JsonPaths.of(mapping);
      if (path.isEmpty()) {
        return bad(BODY, mapping instanceof MismatchedInputException
            ? "must be a JSON object" : "malformed JSON");
      }
      if (mapping instanceof UnrecognizedPropertyException) {
        return bad(path, "is not a known field");
      }
      if (mapping instanceof MismatchedInputException mismatch
          && mismatch.getTargetType() != null) {
        return bad(path, expected(mismatch.getTargetType()));
      }
      return bad(path, "cannot be read");
    }
    if (cause instanceof JsonProcessingException) {
      return bad(BODY, "malformed JSON");
    }
    if (cause == null && String.valueOf(e.getMessage()).startsWith("Required request body")) {
      return bad(BODY, "is required");
    }
    return bad(BODY, "malformed JSON");
  }

  private static ApiError bad(String field, String reason) {
    return ApiError.of(HttpStatus.BAD_REQUEST, field + ": " + reason, field);
  }

  private static String expected(Class<?> type) {
    if (type == String.class) {
      return "must be text";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "must be a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "must be a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "must be a JSON object";
    }
    return "has the wrong type";
  }

  private static <T extends Throwable> T find(Throwable exception, Class<T> type) {
    Throwable current = exception;
    for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
      if (type.isInstance(current)) {
        return type.cast(current);
      }
      current = current.getCause();
    }
    return null;
  }
}
