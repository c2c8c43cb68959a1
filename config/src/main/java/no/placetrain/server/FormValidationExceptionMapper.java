package no.placetrain.server;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Camunda's REST API answers a rejected form submission with 400 on {@code /task/{id}/complete}
 * and {@code /submit-form}, but with 500 on {@code /process-definition/…/start}, which wraps every
 * engine exception as a server error; and a worker that refuses submitted values (a
 * {@link BadUserRequestException}: a broken domain rule) gets 500 on every endpoint, as does a
 * Java-serialized object variable (refused by the server's configuration). All are the caller's
 * fault wherever they arrive: this mapper answers 400 for them, and leaves every other exception
 * to Camunda's own handling. Registered on {@code /engine-rest} ({@link RestApiConfiguration}) and
 * on the webapps' engine API ({@link WebappEngineApiConfiguration}).
 */
@Provider
@Priority(1000) // before Camunda's RestExceptionHandler (default priority 5000)
public class FormValidationExceptionMapper implements ExceptionMapper<RestException> {

  /** The engine's code for "Java serialization format is prohibited". */
  static final String JAVA_SERIALIZATION_PROHIBITED = "ENGINE-17007";

  @Override
  public Response toResponse(RestException exception) {
    if (isCallersFault(exception.getCause())) {
      ExceptionDto dto = ExceptionDto.fromException(exception);
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(dto)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .build();
    }
    return ExceptionHandlerHelper.getInstance().getResponse(exception);
  }

  /**
   * A rejected form, a worker that refused the submitted values (a broken domain rule), or a
   * Java-serialized object variable, which the server refuses ({@code ENGINE-17007}: the engine
   * throws a plain {@link ProcessEngineException} for it).
   */
  private static boolean isCallersFault(Throwable cause) {
    return cause instanceof FormFieldValidationException || cause instanceof BadUserRequestException
        || isJavaSerializationRefused(cause);
  }

  private static boolean isJavaSerializationRefused(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ProcessEngineException && t.getMessage() != null
          && t.getMessage().startsWith(JAVA_SERIALIZATION_PROHIBITED)) {
        return true;
      }
    }
    return false;
  }
}
