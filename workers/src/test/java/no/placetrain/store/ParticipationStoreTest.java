package no.placetrain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.Outcome;
import no.placetrain.domain.StrengthsProfile;
import no.placetrain.domain.agreement.DuplicateParticipationException;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.testsupport.Agreements;
import no.placetrain.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

class ParticipationStoreTest {

  private static final String HOTEL = "nordic-choice-grunerlokka";

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Candidate AMINA = new Candidate("NCH-0001", "Amina");

  private final TestDatabase db = TestDatabase.create();
  private final ParticipationStore store = new ParticipationStore(db.jdbc());

  @BeforeEach
  void agreementsExist() {
    AgreementStore agreements = new AgreementStore(db.jdbc());
    agreements.insert(Agreements.hotel(), "hotel.yaml", T0);
    agreements.insert(Agreements.fretex(), "fretex.yaml", T0);
  }

  @Test
  void aParticipationRoundTripsWithItsStrengthsAsJson() {
    StrengthsProfile profile = new StrengthsProfile("kasse", "mat", "norsk, arabisk", "fast jobb");
    Participation p = Participation.refer(HOTEL, "nav-grunerlokka", AMINA, "pi-1", T0)
        .withStrengths(profile).withFirstEmployerContact(T0.plusSeconds(3600));

    store.insert(p);

    assertThat(store.find(p.id())).contains(p);
    assertThat(db.jdbc().sql("SELECT STRENGTHS FROM PT_PARTICIPATION").query(String.class).single())
        .contains("\"skills\":\"kasse\"");
    assertThat(store.findActive("nordic-choice-grunerlokka", "NCH-0001")).contains(p);
    assertThat(store.findByAgreement("nordic-choice-grunerlokka")).containsExactly(p);
  }

  @Test
  void theOfficeAndTheSelectionAreStoredAndASelectedActiveParticipationHoldsAPlace() {
    Participation p = Participation.refer(HOTEL, "nav-grunerlokka", AMINA, null, T0);
    store.insert(p);
    assertThat(store.countPlacesHeldLocking(HOTEL)).isZero();

    Participation selected = p.withSelection(T0.plusSeconds(60));
    assertThat(store.update(selected)).isTrue();

    assertThat(store.find(p.id())).contains(selected);
    assertThat(store.find(p.id()).orElseThrow().officeId()).isEqualTo("nav-grunerlokka");
    assertThat(store.find(p.id()).orElseThrow().selectedAt()).isEqualTo(T0.plusSeconds(60));
    assertThat(store.countPlacesHeldLocking(HOTEL)).isEqualTo(1);
    assertThat(store.countPlacesHeldLocking("fretex-job-guarantee")).isZero();
    store.update(selected.end(Outcome.JOB_OFFER, null, T0.plusSeconds(120)));
    assertThat(store.countPlacesHeldLocking(HOTEL)).isZero();
  }

  @Test
  void theDatabaseRefusesASecondActiveParticipationOfACandidateInAnAgreement() {
    store.insert(Participation.refer(HOTEL, "nav-grunerlokka", AMINA, null, T0));

    // straight to the table, past the store's own check: the unique ACTIVE_KEY refuses it
    assertThatThrownBy(() -> db.jdbc().sql("INSERT INTO PT_PARTICIPATION (ID, AGREEMENT_ID, "
            + "OFFICE_ID, CANDIDATE_REF, DISPLAY_NAME, STATUS, REFERRED_AT, ACTIVE_KEY) VALUES "
            + "('P-2', 'nordic-choice-grunerlokka', 'nav-grunerlokka', 'NCH-0001', 'Amina', "
            + "'ACTIVE', CURRENT_TIMESTAMP, "
            + "'nordic-choice-grunerlokka|NCH-0001')").update())
        .isInstanceOf(DuplicateKeyException.class);
    assertThatThrownBy(() -> store.insert(
            Participation.refer(HOTEL, "nav-grunerlokka", AMINA, null, T0)))
        .isInstanceOf(DuplicateParticipationException.class)
        .hasMessage("candidateRef: already has an active participation in this agreement")
        .hasNoCause();
    assertThat(db.count("PT_PARTICIPATION")).isEqualTo(1);
  }

  @Test
  void aRacingSecondReferralRefusedByTheConstraintIsADuplicateWithoutTheKey() {
    // a store that does not look first, as when two referrals race past the check
    ParticipationStore racing = new ParticipationStore(db.jdbc()) {
      @Override
      public java.util.Optional<Participation> findActive(String agreementId, String ref) {
        return java.util.Optional.empty();
      }
    };
    racing.insert(Participation.refer(HOTEL, "nav-grunerlokka", AMINA, null, T0));

    assertThatThrownBy(() -> racing.insert(
            Participation.refer(HOTEL, "nav-grunerlokka", AMINA, null, T0)))
        .isInstanceOf(DuplicateParticipationException.class)
        .hasNoCause()
        .message().doesNotContain("NCH-0001");
    assertThat(db.count("PT_PARTICIPATION")).isEqualTo(1);
  }

  @Test
  void theSameCandidateMayTakePartInAnotherAgreement() {
    store.insert(Participation.refer(HOTEL, "nav-grunerlokka", AMINA, null, T0));
    store.insert(Participation.refer("fretex-job-guarantee", "nav-oslo", AMINA, null, T0));

    assertThat(db.count("PT_PARTICIPATION")).isEqualTo(2);
  }

  @Test
  void endingClearsTheActiveKeySoTheCandidateMayBeReferredAgain() {
    Participation first = Participation.refer(HOTEL, "nav-grunerlokka", AMINA, null, T0);
    store.insert(first);
    Participation ended = first.end(Outcome.ENDED, EndReason.NOT_SELECTED, T0.plusSeconds(60));

    assertThat(store.update(ended)).isTrue();

    assertThat(store.find(first.id())).contains(ended);
    assertThat(db.jdbc().sql("SELECT ACTIVE_KEY FROM PT_PARTICIPATION WHERE ID = :id")
        .param("id", first.id()).query(String.class).optional()).isEmpty();
    assertThat(store.findActive("nordic-choice-grunerlokka", "NCH-0001")).isEmpty();
    store.insert(Participation.refer(HOTEL, "nav-grunerlokka", AMINA, null, T0.plusSeconds(120)));
    assertThat(store.findByAgreement("nordic-choice-grunerlokka")).hasSize(2);
  }

  @Test
  void theCandidatesParticipationsAreFoundInEveryAgreementAndState() {
    Participation ended = Participation.refer(HOTEL, "nav-grunerlokka", AMINA, null, T0)
        .end(Outcome.ENDED, EndReason.NOT_SELECTED, T0.plusSeconds(60));
    store.insert(ended);
    Participation active = Participation.refer("fretex-job-guarantee", "nav-oslo", AMINA, "pi-2",
        T0.plusSeconds(120));
    store.insert(active);
    store.insert(Participation.refer(HOTEL, "nav-grunerlokka", new Candidate("NCH-0002", "Jonas"),
        null, T0));

    assertThat(store.findByCandidate("NCH-0001")).containsExactly(ended, active);
    assertThat(store.findByCandidate("NCH-9999")).isEmpty();
  }

  @Test
  void anEndedParticipationIsAnonymisedAndAnActiveOneIsNot() {
    Participation active = Participation.refer(HOTEL, "nav-grunerlokka", AMINA, "pi-1", T0)
        .withStrengths(new StrengthsProfile("kasse", "mat", "norsk", "fast jobb"));
    store.insert(active);
    assertThat(store.anonymise(active.id(), "ERASED-abcd1234", "—")).isFalse();
    assertThat(store.find(active.id())).contains(active);

    Participation ended = active.end(Outcome.ENDED, EndReason.ERASED, T0.plusSeconds(60));
    store.update(ended);
    assertThat(store.anonymise(active.id(), "ERASED-abcd1234", "—")).isTrue();

    Participation anonymised = store.find(active.id()).orElseThrow();
    assertThat(anonymised.candidate()).isEqualTo(new Candidate("ERASED-abcd1234", "—"));
    assertThat(anonymised.strengths()).isNull();
    assertThat(anonymised.processInstanceId()).isNull();
    assertThat(anonymised)
        .extracting(Participation::agreementId, Participation::officeId, Participation::status,
            Participation::outcome, Participation::endReason, Participation::referredAt,
            Participation::endedAt)
        .containsExactly(HOTEL, "nav-grunerlokka", ended.status(), Outcome.ENDED,
            EndReason.ERASED, T0, T0.plusSeconds(60));
    assertThat(db.jdbc().sql("SELECT ACTIVE_KEY FROM PT_PARTICIPATION WHERE ID = :id")
        .param("id", active.id()).query(String.class).optional()).isEmpty();
    assertThat(store.findByCandidate("NCH-0001")).isEmpty();
    assertThat(store.anonymise("P-unknown", "ERASED-abcd1234", "—")).isFalse();
  }

  @Test
  void aParticipationNeedsAStoredAgreement() {
    assertThatThrownBy(() -> store.insert(Participation.refer("no-such-agreement", "nav-oslo", AMINA, null, T0)))
        .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
  }
}
