package no.placetrain.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import no.placetrain.store.AgreementStore;
import no.placetrain.store.CommitmentStore;
import no.placetrain.store.ParticipationStore;
import no.placetrain.store.ScorecardQuery;
import no.placetrain.testsupport.Agreements;
import no.placetrain.testsupport.TestDatabase;

/** The services on a fresh database holding the test agreements, with a settable clock. */
final class ServiceFixture {

  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  final TestDatabase db = TestDatabase.create();
  final AgreementStore agreementStore = new AgreementStore(db.jdbc());
  final ParticipationStore participationStore = new ParticipationStore(db.jdbc());
  final CommitmentStore commitmentStore = new CommitmentStore(db.jdbc());
  private Instant now = T0;
  final Clock clock = new Clock() {
    @Override
    public ZoneId getZone() {
      return OSLO;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return now;
    }
  };
  final AgreementService agreements =
      new AgreementService(agreementStore, db.transactions(), clock);
  final ParticipationService participations =
      new ParticipationService(participationStore, agreements, db.transactions(), clock);
  final CommitmentService commitments = new CommitmentService(commitmentStore,
      participationStore, agreements, db.transactions(), clock);
  final ScorecardService scorecards =
      new ScorecardService(new ScorecardQuery(db.jdbc()), agreements);

  ServiceFixture() {
    agreementStore.insert(Agreements.hotel(), "hotel.yaml", T0);
    agreementStore.insert(Agreements.fretex(), "fretex.yaml", T0);
    agreementStore.insert(Agreements.issFramework(), "iss.yaml", T0);
  }

  void setNow(Instant instant) {
    now = instant;
  }

  static Instant utc(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.UTC);
  }
}
