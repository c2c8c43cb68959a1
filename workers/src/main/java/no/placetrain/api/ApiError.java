package no.placetrain.api;

import org.springframework.http.HttpStatus;

/**
 * The body of every error answer of the API:
 * {@code {"status": 400, "error": "Bad Request", "message": "<field>: <reason>", "field": "<field>"}}.
 * Never a stack trace, never a submitted value.
 *
 * @param status the HTTP status code
 * @param error the status's reason phrase
 * @param message {@code <field>: <reason>}, or a reason alone when no field is at fault
 * @param field the field at fault (a document path such as
 *     {@code commitments[SCREEN_REFERRAL].deadline} or a property such as {@code candidateRef}),
 *     or {@code null}
 */
public record ApiError(int status, String error, String message, String field) {

  /** An error of {@code status}. */
  public static ApiError of(HttpStatus status, String message, String field) {
    return new ApiError(status.value(), status.getReasonPhrase(), message, field);
  }
}
