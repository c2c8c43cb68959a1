package no.placetrain.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.CheckpointResult;
import no.placetrain.domain.agreement.CheckpointRecord;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.testsupport.Agreements;
import no.placetrain.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CheckpointStoreTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant DUE = Instant.parse("2026-03-09T09:00:00Z");

  private final TestDatabase db = TestDatabase.create();
  private final CheckpointStore store = new CheckpointStore(db.jdbc());
  private final Participation participation = Participation.refer(
      "nordic-choice-grunerlokka", "nav-grunerlokka", new Candidate("NCH-0001", "Amina"), null, T0);

  @BeforeEach
  void participationExists() {
    new AgreementStore(db.jdbc()).insert(Agreements.hotel(), "hotel.yaml", T0);
    new ParticipationStore(db.jdbc()).insert(participation);
  }

  @Test
  void aCheckpointIsDueThenHeld() {
    String id = participation.id();
    store.scheduleDue(id, 1, DUE);
    store.scheduleDue(id, 1, DUE.plusSeconds(60));

    store.recordHeld(id, 1, DUE.plusSeconds(3600), CheckpointResult.PARTIAL, true);
    store.scheduleDue(id, 1, DUE.plusSeconds(999));

    assertThat(store.findByParticipation(id)).containsExactly(new CheckpointRecord(id, 1,
        DUE.plusSeconds(60), DUE.plusSeconds(3600), CheckpointResult.PARTIAL, true));
  }

  @Test
  void aCheckpointHeldWithoutScheduleGetsARow() {
    store.recordHeld(participation.id(), 2, DUE, CheckpointResult.NO_SHOW, false);

    CheckpointRecord held = store.find(participation.id(), 2).orElseThrow();
    assertThat(held.dueAt()).isNull();
    assertThat(held.isHeld()).isTrue();
    assertThat(held.result()).isEqualTo(CheckpointResult.NO_SHOW);
    assertThat(store.find(participation.id(), 1)).isEmpty();
  }
}
