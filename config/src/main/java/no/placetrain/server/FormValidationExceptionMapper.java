package no.placetrain.server;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Camunda's REST API answers a rejected form submission with 400 on {@code /task/{id}/complete}
 * and {@code /submit-form}, but with 500 on {@code /process-definition/…/start}, which wraps every
 * engine exception as a server error. A submission that breaks the form's rules is the caller's
 * fault wherever it arrives: this mapper answers 400 for it, and leaves every other exception to
 * Camunda's own handling.
 */
@Provider
@Priority(1000) // before Camunda's RestExceptionHandler (default priority 5000)
public class FormValidationExceptionMapper implements ExceptionMapper<RestException> {

  @Override
  public Response toResponse(RestException exception) {
    Throwable cause = exception.getCause();
    if (cause instanceof FormFieldValidationException) {
      ExceptionDto dto = ExceptionDto.fromException(exception);
      return Response.status(Response.Status.BAD_REQUEST)
          .entity(dto)
          .type(MediaType.APPLICATION_JSON_TYPE)
          .build();
    }
    return ExceptionHandlerHelper.getInstance().getResponse(exception);
  }
}
