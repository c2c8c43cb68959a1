package no.placetrain.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.agreement.AgreementConflictException;
import no.placetrain.domain.agreement.AgreementStatus;
import no.placetrain.domain.agreement.DuplicateParticipationException;
import no.placetrain.domain.agreement.FrameworkReferralException;
import no.placetrain.domain.agreement.InactiveAgreementException;
import no.placetrain.domain.agreement.InvalidAgreementException;
import no.placetrain.domain.agreement.UnknownAgreementException;
import no.placetrain.domain.agreement.UnknownParticipationException;
import no.placetrain.engine.forms.FormRejectedException;
import no.placetrain.engine.forms.Violation;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.web.server.ResponseStatusException;

/** How the API's advice answers each kind of failure: status, message, field, never a value. */
class ApiErrorsTest {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  @Test
  void brokenDomainRuleIs400NamingTheField() {
    ApiError error = ApiErrors.toError(new InvalidAgreementException(
        "commitments[SCREEN_REFERRAL].deadline",
        "P10D loosens the framework's P5D (a local agreement may only tighten)"));
    assertThat(error).isEqualTo(new ApiError(400, "Bad Request",
        "commitments[SCREEN_REFERRAL].deadline: P10D loosens the framework's P5D "
            + "(a local agreement may only tighten)",
        "commitments[SCREEN_REFERRAL].deadline"));
    assertThat(ApiErrors.toError(new InvalidValueException("candidateRef", "is required")))
        .isEqualTo(new ApiError(400, "Bad Request", "candidateRef: is required", "candidateRef"));
  }

  @Test
  void unknownIs404AndConflictsAre409() {
    assertThat(ApiErrors.toError(new UnknownAgreementException("parent")))
        .isEqualTo(new ApiError(404, "Not Found", "parent: names no agreement of the catalogue",
            "parent"));
    assertThat(ApiErrors.toError(new UnknownParticipationException()).status()).isEqualTo(404);
    assertThat(ApiErrors.toError(new AgreementConflictException()))
        .isEqualTo(new ApiError(409, "Conflict", "id: is already used by another agreement", "id"));
    assertThat(ApiErrors.toError(new DuplicateParticipationException()).status()).isEqualTo(409);
  }

  @Test
  void aReferralToAFrameworkIs400AndToAnAgreementNotActiveIs409() {
    assertThat(ApiErrors.toError(new FrameworkReferralException("agreementId")))
        .isEqualTo(new ApiError(400, "Bad Request",
            "agreementId: is a framework agreement: refer to one of its local agreements",
            "agreementId"));
    assertThat(ApiErrors.toError(
        new InactiveAgreementException("agreementId", AgreementStatus.DRAFT)))
        .isEqualTo(new ApiError(409, "Conflict",
            "agreementId: names an agreement that takes no referrals (status DRAFT)",
            "agreementId"));
    // the same refusals from the referral worker, inside the engine
    assertThat(ApiErrors.toError(new BadUserRequestException("refused",
        new FrameworkReferralException("agreementId"))).field()).isEqualTo("agreementId");
  }

  @Test
  void aWorkersRefusalIsMappedByItsDomainCause() {
    // the referral worker wraps the database's refusal; the engine may wrap once more
    BadUserRequestException refused = new BadUserRequestException(
        "candidateRef: already has an active participation in this agreement",
        new DuplicateParticipationException());
    ApiError error = ApiErrors.toError(new ProcessEngineException("ENGINE-xxx", refused));
    assertThat(error).isEqualTo(new ApiError(409, "Conflict",
        "candidateRef: already has an active participation in this agreement", "candidateRef"));

    assertThat(ApiErrors.toError(new BadUserRequestException("agreementId: names no agreement",
        new UnknownAgreementException("agreementId"))).status()).isEqualTo(404);
    assertThat(ApiErrors.toError(new BadUserRequestException("weeklyHours: must be positive")))
        .isEqualTo(new ApiError(400, "Bad Request", "weeklyHours: must be positive", null));
  }

  @Test
  void aRejectedFormIs400WithItsViolations() {
    FormRejectedException rejected = new FormRejectedException("form-referral",
        "StartEvent_Referral", List.of(
            new Violation("candidateRef", "must match the pattern"),
            new Violation("candidateDisplayName", "is required")));
    assertThat(ApiErrors.toError(rejected)).isEqualTo(new ApiError(400, "Bad Request",
        "candidateRef: must match the pattern; candidateDisplayName: is required",
        "candidateRef"));
  }

  @Test
  void engineAuthorizationIs403AndADatabaseDuplicateIs409() {
    assertThat(ApiErrors.toError(new AuthorizationException("user nora may not")).status())
        .isEqualTo(403);
    ApiError duplicate = ApiErrors.toError(new IllegalStateException("wrapped",
        new DuplicateKeyException("Unique index violated: 'SECRET-VALUE'")));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.message()).doesNotContain("SECRET");
  }

  @Test
  void malformedJsonIsNeverEchoed() {
    ApiError error = ApiErrors.toError(unreadable("{\"candidateRef\": \"SECRET-123\","));
    assertThat(error).isEqualTo(new ApiError(400, "Bad Request", "body: malformed JSON", "body"));
  }

  @Test
  void aWrongTypeNamesTheFieldPathOnly() {
    ApiError error = ApiErrors.toError(unreadable("{\"candidateRef\": [\"SECRET-123\"]}"));
    assertThat(error).isEqualTo(
        new ApiError(400, "Bad Request", "candidateRef: must be text", "candidateRef"));

    ApiError unknown = ApiErrors.toError(unreadable("{\"colour\": \"SECRET\"}"));
    assertThat(unknown).isEqualTo(
        new ApiError(400, "Bad Request", "colour: is not a known field", "colour"));

    ApiError array = ApiErrors.toError(unreadable("[\"SECRET\"]"));
    assertThat(array).isEqualTo(
        new ApiError(400, "Bad Request", "body: must be a JSON object", "body"));
  }

  @Test
  void aMissingBodyIs400() {
    ApiError error = ApiErrors.toError(new HttpMessageNotReadableException(
        "Required request body is missing: public ResponseEntity referCandidate(...)",
        new MockHttpInputMessage(new byte[0])));
    assertThat(error).isEqualTo(new ApiError(400, "Bad Request", "body: is required", "body"));
  }

  @Test
  void springMvcExceptionsKeepTheirStatus() {
    ApiError error = ApiErrors.toError(new ResponseStatusException(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type 'text/SECRET' is not supported"));
    assertThat(error).isEqualTo(new ApiError(415, "Unsupported Media Type",
        "Unsupported Media Type", null));
  }

  @Test
  void anythingElseIs500WithoutDetails() {
    ResponseEntity<ApiError> answer = new ApiErrors().handle(
        new IllegalStateException("SQL failed for candidate SECRET-123"));
    assertThat(answer.getStatusCode().value()).isEqualTo(500);
    assertThat(answer.getBody().message()).doesNotContain("SECRET").doesNotContain("SQL");
    assertThat(answer.getBody().error()).isEqualTo("Internal Server Error");
  }

  /** What Spring's Jackson converter throws for {@code body} read as a {@link ReferralRequest}. */
  private static HttpMessageNotReadableException unreadable(String body) {
    Throwable jackson = catchThrowable(() -> JSON.readValue(body, ReferralRequest.class));
    assertThat(jackson).isNotNull();
    return new HttpMessageNotReadableException("JSON parse error: " + jackson.getMessage(),
        jackson, new MockHttpInputMessage(body.getBytes(StandardCharsets.UTF_8)));
  }
}
