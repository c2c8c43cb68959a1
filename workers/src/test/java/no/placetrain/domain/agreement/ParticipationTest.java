package no.placetrain.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.Outcome;
import no.placetrain.domain.ParticipationIds;
import no.placetrain.domain.StrengthsProfile;
import org.junit.jupiter.api.Test;

class ParticipationTest {

  private static final Instant REFERRED = Instant.parse("2026-03-02T09:00:00Z");
  private final Participation active = Participation.refer("kiwi-nav-drammen", "nav-drammen",
      new Candidate("KIWI-0001", "Amina"), "pi-1", REFERRED);

  @Test
  void aReferralIsActiveUnderANewIdWithAnActiveKey() {
    assertThat(ParticipationIds.isParticipationId(active.id())).isTrue();
    assertThat(active.isActive()).isTrue();
    assertThat(active.activeKey()).isEqualTo("kiwi-nav-drammen|KIWI-0001");
    assertThat(active.referredAt()).isEqualTo(REFERRED);
    assertThat(active.strengths()).isNull();
  }

  @Test
  void endingRecordsOutcomeReasonAndClearsTheActiveKey() {
    Instant at = REFERRED.plusSeconds(86_400);
    Participation ended = active.end(Outcome.ENDED, EndReason.DROPOUT, at);

    assertThat(ended.status()).isEqualTo(ParticipationStatus.ENDED);
    assertThat(ended.outcome()).isEqualTo(Outcome.ENDED);
    assertThat(ended.endReason()).isEqualTo(EndReason.DROPOUT);
    assertThat(ended.endedAt()).isEqualTo(at);
    assertThat(ended.activeKey()).isNull();
    assertThatThrownBy(() -> ended.end(Outcome.JOB_OFFER, null, at))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aReasonMustBelongToItsOutcome() {
    assertThatThrownBy(() -> active.end(Outcome.JOB_OFFER, EndReason.NO_OFFER, REFERRED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(active.end(Outcome.JOB_OFFER, null, REFERRED).endReason()).isNull();
  }

  @Test
  void theFirstEmployerContactIsKeptAndStrengthsAreAdded() {
    Instant first = REFERRED.plusSeconds(3_600);
    Participation contacted = active.withFirstEmployerContact(first)
        .withFirstEmployerContact(first.plusSeconds(60));
    StrengthsProfile profile = new StrengthsProfile("kasse", "mat", "norsk", "fast jobb");

    assertThat(contacted.firstEmployerContactAt()).isEqualTo(first);
    assertThat(contacted.withStrengths(profile).strengths()).isEqualTo(profile);
  }
}
