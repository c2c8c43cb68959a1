package no.placetrain.service;

import static org.assertj.core.api.Assertions.assertThat;

import no.placetrain.domain.Candidate;
import no.placetrain.domain.Checkpoint;
import no.placetrain.domain.CheckpointResult;
import no.placetrain.domain.agreement.CheckpointRecord;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.store.CheckpointStore;
import org.junit.jupiter.api.Test;

class CheckpointServiceTest {

  private final ServiceFixture fixture = new ServiceFixture();
  private final CheckpointService service = new CheckpointService(
      new CheckpointStore(fixture.db.jdbc()), fixture.db.transactions(), fixture.clock);
  private final Participation hotel = fixture.participations.register(
      "nordic-choice-grunerlokka", null, new Candidate("NCH-0002", "Amina"), null);

  @Test
  void recordsEachHeldCheckpointNowWithResultAndRiskFlag() {
    service.recordHeld(hotel.id(), new Checkpoint(1, CheckpointResult.COMPLETED, false, true));
    fixture.setNow(ServiceFixture.T0.plusSeconds(3600));
    service.recordHeld(hotel.id(), new Checkpoint(2, CheckpointResult.NO_SHOW, true, false));

    assertThat(service.ofParticipation(hotel.id())).containsExactly(
        new CheckpointRecord(hotel.id(), 1, null, ServiceFixture.T0, CheckpointResult.COMPLETED,
            false),
        new CheckpointRecord(hotel.id(), 2, null, ServiceFixture.T0.plusSeconds(3600),
            CheckpointResult.NO_SHOW, true));
  }

  @Test
  void recordingTheSameCheckpointAgainOverwritesIt() {
    service.recordHeld(hotel.id(), new Checkpoint(1, CheckpointResult.PARTIAL, true, false));
    service.recordHeld(hotel.id(), new Checkpoint(1, CheckpointResult.COMPLETED, false, false));

    assertThat(service.ofParticipation(hotel.id())).singleElement()
        .satisfies(c -> assertThat(c.result()).isEqualTo(CheckpointResult.COMPLETED))
        .satisfies(c -> assertThat(c.riskFlag()).isFalse());
    assertThat(fixture.db.count("PT_CHECKPOINT")).isEqualTo(1);
  }
}
