package no.placetrain.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Bad input that Spring MVC refuses before or around the API's controllers: each answer keeps its
 * status, names what is wrong and never quotes the request. (Over HTTP: {@code BadInputTest} of
 * the server.)
 */
class BadInputApiErrorsTest {

  @Test
  void aParameterOfTheWrongTypeIsNamedWithoutItsValue() throws NoSuchMethodException {
    Method method = BadInputApiErrorsTest.class.getDeclaredMethod("page", int.class);
    ApiError error = ApiErrors.toError(new MethodArgumentTypeMismatchException("SECRET-abc", int.class,
        "maxResults", new MethodParameter(method, 0), new NumberFormatException("SECRET-abc")));
    System.out.println("[BadInputApiErrorsTest] type mismatch: " + error);
    assertThat(error).isEqualTo(new ApiError(400, "Bad Request", "maxResults: must be a whole number",
        "maxResults"));
  }

  @Test
  void aMediaTypeOrMethodNotTakenNamesWhatIs() {
    HttpHeaders accept = new HttpHeaders();
    accept.setAccept(List.of(MediaType.APPLICATION_JSON));
    ApiError unsupported = ApiErrors.toError(new ErrorResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type 'text/SECRET'"),
        null) {
      @Override
      public HttpHeaders getHeaders() {
        return accept;
      }
    });
    HttpHeaders allow = new HttpHeaders();
    allow.setAllow(Set.of(HttpMethod.POST, HttpMethod.GET));
    ApiError method = ApiErrors.toError(new ErrorResponseException(HttpStatus.METHOD_NOT_ALLOWED) {
      @Override
      public HttpHeaders getHeaders() {
        return allow;
      }
    });
    ApiError notFound = ApiErrors.toError(new ErrorResponseException(HttpStatus.NOT_FOUND,
        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No static resource api/SECRET."), null));
    ApiError notAcceptable = ApiErrors.toError(new ErrorResponseException(HttpStatus.NOT_ACCEPTABLE));
    System.out.printf("[BadInputApiErrorsTest] %s; %s; %s; %s%n", unsupported, method, notFound, notAcceptable);

    assertThat(unsupported).isEqualTo(new ApiError(415, "Unsupported Media Type",
        "Content-Type: must be application/json", "Content-Type"));
    assertThat(method).isEqualTo(new ApiError(405, "Method Not Allowed",
        "the method is not allowed on this path (allowed: GET, POST)", null));
    assertThat(notFound).isEqualTo(new ApiError(404, "Not Found", "the API has no such resource", null));
    assertThat(notAcceptable.status()).isEqualTo(406);
    assertThat(notAcceptable.field()).isEqualTo("Accept");
    assertThat(List.of(unsupported, method, notFound, notAcceptable))
        .allSatisfy(e -> assertThat(e.message()).doesNotContain("SECRET"));
  }

  @Test
  void aBodyTooLargeUnderAnUnreadableBodyIs413() {
    ApiError error = ApiErrors.toError(new HttpMessageNotReadableException("I/O error",
        new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "body of SECRET bytes"),
        new MockHttpInputMessage(new byte[0])));
    System.out.println("[BadInputApiErrorsTest] too large: " + error);
    assertThat(error).isEqualTo(new ApiError(413, "Payload Too Large", "Payload Too Large", null));
  }

  @SuppressWarnings("unused")
  private void page(int maxResults) {
    // the signature of a paged list, for the method parameter above
  }
}
