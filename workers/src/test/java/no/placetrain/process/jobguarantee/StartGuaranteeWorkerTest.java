package no.placetrain.process.jobguarantee;

import static no.placetrain.process.jobguarantee.JobGuaranteeProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.service.CommitmentService;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

class StartGuaranteeWorkerTest {

  private static final Clock OSLO = Clock.fixed(Instant.parse("2026-08-31T20:00:00Z"),
      ZoneId.of("Europe/Oslo"));


  private final CommitmentService commitments = mock(CommitmentService.class);
  private final StartGuaranteeWorker worker = new StartGuaranteeWorker(OSLO, commitments);

  @Test
  void deadlineIsTodayInOsloPlusThePeriodAtMidnight() {
    FakeExecution execution = FakeExecution.activity().with(GUARANTEE_PERIOD, "P6M");

    worker.execute(execution);

    // 2026-08-31 + 6 months = 2027-02-28, 00:00 Oslo winter time
    assertThat(GUARANTEE_DEADLINE.get(execution).toInstant())
        .isEqualTo(Instant.parse("2027-02-27T23:00:00Z"));
    verify(commitments, never()).openDueAt(any(), any(), anyInt(), any(), any());
    assertThat(OFFERS_RECORDED.get(execution)).isZero();
    assertThat(GUARANTEE_MET.get(execution)).isFalse();
    assertThat(ESCALATION_FLAGGED.get(execution)).isFalse();
  }

  @Test
  void opensTheBrokersCommitmentNowDueWhenTheGuaranteeEnds() {
    when(commitments.tracks("P-1")).thenReturn(true);
    FakeExecution execution = FakeExecution.activity().with(GUARANTEE_PERIOD, "P6M")
        .with(PARTICIPATION_ID, "P-1");

    worker.execute(execution);

    verify(commitments).openDueAt("P-1", CommitmentKind.DELIVER_GUARANTEE_OFFER, 0,
        OSLO.instant(), Instant.parse("2027-02-27T23:00:00Z"));
  }

  @Test
  void reRunningKeepsTheDeadlineAndCount() {
    Date earlier = Date.from(Instant.parse("2027-01-01T00:00:00Z"));
    FakeExecution execution = FakeExecution.activity().with(GUARANTEE_PERIOD, "P6M")
        .with(GUARANTEE_DEADLINE, earlier).with(OFFERS_RECORDED, 2);

    worker.execute(execution);

    assertThat(GUARANTEE_DEADLINE.get(execution)).isEqualTo(earlier);
    assertThat(OFFERS_RECORDED.get(execution)).isEqualTo(2);
  }

  @Test
  void aMalformedPeriodIsABadRequest() {
    assertThatThrownBy(() -> worker.execute(
        FakeExecution.activity().with(GUARANTEE_PERIOD, "six months")))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageStartingWith("guaranteePeriod:");
  }
}
