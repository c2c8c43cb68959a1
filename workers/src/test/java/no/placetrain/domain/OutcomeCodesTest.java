package no.placetrain.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Closure, job offers, checkpoints and guarantee offers: the codes forms and models pass. */
class OutcomeCodesTest {

  @Test
  void closureAcceptsTheContractsCombinations() {
    assertThat(Closure.of("ENDED", "NOT_SUITABLE", "CANDIDATE_DECLINED").detailCode())
        .contains("CANDIDATE_DECLINED");
    assertThat(Closure.of("ENDED", "NOT_SELECTED", null).detailCode()).isEmpty();
    assertThatThrownBy(() -> Closure.of("ENDED", "DROPOUT", " "))
        .hasMessage("closingDetail: is required for the reason DROPOUT");
    assertThat(Closure.of("GUARANTEE_OFFER", "GUARANTEE_MET", null).reason())
        .isEqualTo(EndReason.GUARANTEE_MET);
  }

  @Test
  void closureRefusesCodesThatDoNotFitTogether() {
    assertThatThrownBy(() -> Closure.of("ENDED", "GUARANTEE_MET", null))
        .hasMessage("closingReason: does not belong to the outcome ENDED");
    assertThatThrownBy(() -> Closure.of("JOB_OFFER", "NO_OFFER", null))
        .hasMessageStartingWith("closingOutcome: JOB_OFFER");
    assertThatThrownBy(() -> Closure.of("ENDED", "DROPOUT", "NO_VACANCY"))
        .hasMessage("closingDetail: is not a detail code of the reason DROPOUT");
    assertThatThrownBy(() -> Closure.of("ENDED", "NOT_SELECTED", "OTHER"))
        .hasMessageStartingWith("closingDetail");
    assertThatThrownBy(() -> Closure.of("FINISHED", "NO_OFFER", null))
        .hasMessage("closingOutcome: is not a known code; allowed: JOB_OFFER, GUARANTEE_OFFER, ENDED");
    assertThatThrownBy(() -> Closure.of("ENDED", null, null))
        .hasMessageStartingWith("closingReason: is required");
  }

  @Test
  void jobOfferHoursAreOneToForty() {
    assertThat(JobOffer.of("PERMANENT", 40)).isEqualTo(new JobOffer(ContractType.PERMANENT, 40));
    assertThat(JobOffer.of("TEMPORARY", 1).weeklyHours()).isEqualTo(1);
    assertThatThrownBy(() -> JobOffer.of("PERMANENT", 41))
        .hasMessage("weeklyHours: must be between 1 and 40");
    assertThatThrownBy(() -> JobOffer.of("PERMANENT", 0)).hasMessageStartingWith("weeklyHours");
    assertThatThrownBy(() -> JobOffer.of("FREELANCE", 20)).hasMessageStartingWith("contractType");
    assertThat(JobOffer.of("PERMANENT", 37.5).weeklyHours()).isEqualTo(37.5);
    assertThatThrownBy(() -> JobOffer.of("PERMANENT", 37.55))
        .hasMessage("weeklyHours: must have at most one decimal digit");
    assertThatThrownBy(() -> JobOffer.of("PERMANENT", Double.NaN)).hasMessageStartingWith("weeklyHours");
  }

  @Test
  void checkpointCountsOnFromTheHeldOnes() {
    Checkpoint first = Checkpoint.held(0, "COMPLETED", null, null);
    Checkpoint third = Checkpoint.held(2, "NO_SHOW", true, true);

    assertThat(first.number()).isEqualTo(1);
    assertThat(first.riskFlagged()).isFalse();
    assertThat(third.number()).isEqualTo(3);
    assertThat(third.riskFlagged()).isTrue();
    assertThat(third.personalMattersOpen()).isTrue();
    assertThatThrownBy(() -> Checkpoint.held(0, "LATE", false, false))
        .hasMessageStartingWith("result: is not a known code");
  }

  @Test
  void guaranteeOfferIsRelevantOnlyWhenSaid() {
    assertThat(GuaranteeOffer.of("Rema 1000", "RELEVANT", "TEMPORARY").relevant()).isTrue();
    assertThat(GuaranteeOffer.of("Rema 1000", "NOT_RELEVANT", "PERMANENT").relevant()).isFalse();
    assertThatThrownBy(() -> GuaranteeOffer.of(" ", "RELEVANT", "PERMANENT"))
        .hasMessage("employer: is required");
  }

  @Test
  void guaranteeDeadlineAddsTheIsoPeriod() {
    assertThat(JobGuarantee.deadline(java.time.LocalDate.of(2026, 8, 31), "P6M"))
        .isEqualTo(java.time.LocalDate.of(2027, 2, 28));
    assertThatThrownBy(() -> JobGuarantee.parsePeriod("6 months"))
        .hasMessage("guaranteePeriod: must be an ISO-8601 period such as P6M");
    assertThatThrownBy(() -> JobGuarantee.parsePeriod("P0D"))
        .hasMessage("guaranteePeriod: must be positive");
  }

  @Test
  void participationIdsArePrefixedUuids() {
    String id = ParticipationIds.newId();

    assertThat(id).startsWith("P-").hasSize(38);
    assertThat(ParticipationIds.isParticipationId(id)).isTrue();
    assertThat(ParticipationIds.newId()).isNotEqualTo(id);
    assertThat(ParticipationIds.isParticipationId("P-123")).isFalse();
    assertThat(ParticipationIds.isParticipationId("REF-1234")).isFalse();
  }
}
