package no.placetrain.api;

import no.placetrain.domain.InvalidValueException;
import no.placetrain.privacy.CandidateErasure;
import no.placetrain.privacy.ErasureReport;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/candidates}: erase a candidate on request ({@link CandidateErasure}), for
 * administrators only (members of {@code camunda-admin}, from the engine's current authentication,
 * which the host's authentication filter sets for the call).
 *
 * <p>Answers, in this order: 403 for anyone else (before the reference is even looked at, so a
 * non-administrator learns nothing about it); 400 for a malformed reference (the rules of a
 * candidate's reference, never echoing it); 404 when no participation has the reference (never
 * referred, or erased already); 200 with the {@link ErasureReport} (counts only).
 */
@RestController
@RequestMapping(path = "/api/candidates", produces = MediaType.APPLICATION_JSON_VALUE)
public class CandidateController {

  private final CandidateErasure erasure;
  private final IdentityService identity;

  /**
   * @param erasure erases the candidate
   * @param identity the engine's current authentication: who calls
   */
  public CandidateController(CandidateErasure erasure, IdentityService identity) {
    this.erasure = erasure;
    this.identity = identity;
  }

  /**
   * Erases every participation of the candidate {@code candidateRef} (runtime and history of its
   * process instances deleted, its rows anonymised, in one transaction): 200 with the counts; 403
   * unless the caller is an administrator; 400 for a malformed reference; 404 when no
   * participation has it.
   */
  @DeleteMapping("/{candidateRef}")
  public ErasureReport eraseCandidate(@PathVariable("candidateRef") String candidateRef) {
    if (!CandidateErasure.isAdministrator(identity.getCurrentAuthentication())) {
      throw new AuthorizationException(
          "only administrators (" + Groups.CAMUNDA_ADMIN + ") may erase a candidate");
    }
    ErasureReport report = erasure.erase(candidateRef);
    if (report.nothingFound()) {
      throw new UnknownCandidateException();
    }
    return report;
  }

  /** 404 in the API's error shape, naming the field, never the reference. */
  @ExceptionHandler(UnknownCandidateException.class)
  ResponseEntity<ApiError> unknownCandidate(UnknownCandidateException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
        .body(ApiError.of(HttpStatus.NOT_FOUND, e.getMessage(), e.field()));
  }

  /** No participation has the reference: {@code candidateRef: names no participation}. */
  static final class UnknownCandidateException extends InvalidValueException {

    UnknownCandidateException() {
      super(CandidateErasure.FIELD, "names no participation");
    }
  }
}
