package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** One participation from referral to job offer, and bad input, all through the REST API. */
class ParticipationOverRestTest extends ServerTestBase {

  @Test
  void referralToJobOffer() {
    // nils, a caseworker of NAV Drammen, refers to KIWI × NAV Drammen and reads his participation
    Participations participations = participations("nils");
    String pi = participations.refer("kiwi-nav-drammen", "KIWI-0001", "Amina");

    JsonNode instance = as("nils").get("/engine-rest/process-instance/" + pi).expect(200).json();
    assertThat(instance.get("businessKey").asText()).startsWith("P-");

    agreeOnPractice(participations, pi);

    // two follow-up checkpoints on the schedule, then the end of the practice period
    for (int checkpoint = 1; checkpoint <= 2; checkpoint++) {
      participations.executeJob(pi, "Timer_CheckpointDue");
      JsonNode task = participations.task(pi);
      assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_HoldCheckpoint");
      participations.complete(pi, "Task_HoldCheckpoint",
          "checkpointResult", "COMPLETED", "checkpointRisk", false, "personalMattersOpen", false);
      participations.executeContinuations(pi);
    }
    participations.executeJob(pi, "Timer_DecisionWindowOpens");
    participations.complete(pi, "Task_DecideEndOfPractice",
        "practiceDecision", "OFFER", "contractType", "PERMANENT", "weeklyHours", 37.5);
    participations.executeContinuations(pi);

    assertThat(participations.isEnded(pi)).isTrue();
    assertThat(participations.historicVariable(pi, "outcome").asText()).isEqualTo("JOB_OFFER");
    assertThat(participations.historicVariable(pi, "checkpointNumber").asInt()).isEqualTo(2);
  }

  @Test
  void badCompletionIsRejectedAndTheTaskStaysOpen() {
    Participations participations = participations("nora");
    String pi = participations.refer("nordic-choice-grunerlokka", "NCH-0002", "Jonas");
    JsonNode task = participations.task(pi);
    String taskId = task.get("id").asText();

    RestClient.Response rejected = participations.submit(taskId,
        "candidateSkills", "",
        "candidateInterests", "Hotelldrift",
        "candidateLanguages", "Engelsk",
        "candidateMotivation", "Liker å møte folk",
        "screeningOutcome", "MAYBE");
    assertThat(rejected.status()).isEqualTo(400);
    String message = rejected.json().get("message").asText();
    assertThat(message).contains("candidateSkills").contains("screeningOutcome");
    assertThat(message).doesNotContain("Hotelldrift").doesNotContain("MAYBE");

    JsonNode stillOpen = participations.task(pi);
    assertThat(stillOpen.get("id").asText()).isEqualTo(taskId);
    // the rejected values were not stored (nora reads her participation's variables through its
    // history; the runtime variables of the instance need READ_INSTANCE_VARIABLE, which only the
    // regional coordinator has)
    assertThat(as("nora").get("/engine-rest/history/variable-instance?maxResults=10&processInstanceId="
        + pi + "&variableName=candidateInterests").expect(200).json()).isEmpty();
    assertThat(as("nora").get("/engine-rest/history/variable-instance?maxResults=10&processInstanceId="
        + pi + "&variableName=agreementId").expect(200).json()).isNotEmpty();
    as("admin").get("/engine-rest/process-instance/" + pi + "/variables/candidateInterests").expect(404);
  }

  @Test
  void referralWithBadInputIsRejectedAndStartsNothing() {
    RestClient nora = as("nora");
    long before = nora.get("/engine-rest/process-instance/count?processDefinitionKey=place-and-train")
        .expect(200).json().get("count").asLong();

    RestClient.Response unknownAgreement = nora.post(
        "/engine-rest/process-definition/key/place-and-train/start",
        java.util.Map.of("variables", Participations.variables(
            "agreementId", "no-such-agreement", "candidateRef", "REF-1234", "candidateDisplayName", "Ola")));
    assertThat(unknownAgreement.status()).isEqualTo(400);
    assertThat(unknownAgreement.json().get("message").asText()).contains("agreementId");

    RestClient.Response badRef = nora.post(
        "/engine-rest/process-definition/key/place-and-train/submit-form",
        java.util.Map.of("variables", Participations.variables(
            "agreementId", "kiwi-nav-drammen", "candidateRef", "12345678901 ola", "candidateDisplayName", "Ola")));
    assertThat(badRef.status()).isEqualTo(400);
    assertThat(badRef.json().get("message").asText()).contains("candidateRef").doesNotContain("12345678901");

    RestClient.Response nationalId = nora.post(
        "/engine-rest/process-definition/key/place-and-train/start",
        java.util.Map.of("variables", Participations.variables(
            "agreementId", "kiwi-nav-drammen", "candidateRef", "01017012345", "candidateDisplayName", "Ola")));
    assertThat(nationalId.status()).isEqualTo(400);
    assertThat(nationalId.json().get("message").asText()).contains("candidateRef").doesNotContain("01017012345");

    long after = nora.get("/engine-rest/process-instance/count?processDefinitionKey=place-and-train")
        .expect(200).json().get("count").asLong();
    assertThat(after).isEqualTo(before);
  }

  @Test
  void dropoutDuringPracticeEndsTheParticipationWithItsReason() {
    RestClient nils = as("nils");
    Participations participations = participations("nils");
    String pi = participations.refer("kiwi-nav-drammen", "KIWI-0003", "Leila");
    agreeOnPractice(participations, pi);
    String businessKey = nils.get("/engine-rest/process-instance/" + pi).expect(200).json()
        .get("businessKey").asText();

    RestClient.Response withoutReason = nils.post("/engine-rest/message", java.util.Map.of(
        "messageName", "ParticipationDropout", "businessKey", businessKey));
    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.json().get("message").asText()).contains("closingDetail");
    assertThat(participations.isEnded(pi)).isFalse();

    nils.post("/engine-rest/message", java.util.Map.of(
        "messageName", "ParticipationDropout", "businessKey", businessKey,
        "processVariables", Participations.variables("dropoutReason", "FOUND_OTHER_JOB"))).expect(204);
    assertThat(participations.isEnded(pi)).isTrue();
    assertThat(participations.historicVariable(pi, "endReason").asText()).isEqualTo("DROPOUT");
    assertThat(participations.historicVariable(pi, "endDetail").asText()).isEqualTo("FOUND_OTHER_JOB");
  }

  /** From screening to the KAM's approval: the participation then waits in its practice period. */
  private static void agreeOnPractice(Participations participations, String pi) {
    participations.complete(pi, "Task_ScreenCandidate",
        "candidateSkills", "Kundeservice, kasse, vareplassering",
        "candidateInterests", "Dagligvare og logistikk",
        "candidateLanguages", "Norsk, arabisk, engelsk",
        "candidateMotivation", "Vil ha fast jobb og lære butikkdrift",
        "screeningOutcome", "SUITABLE");
    participations.complete(pi, "Task_PresentToEmployer", "employerResponse", "INVITE");
    participations.complete(pi, "Task_Interview", "interviewResult", "SELECTED");
    participations.complete(pi, "Task_DraftPracticeAgreement",
        "practiceStartDate", Participations.today(),
        "practiceMonths", 3L,
        "workSite", "KIWI Bragernes");
    participations.complete(pi, "Task_EmployerApproves", "employerApproval", "APPROVE", "mentorId", "kiwi.mentor");
    participations.complete(pi, "Task_KamApproves", "kamApproval", "APPROVE");
  }
}
