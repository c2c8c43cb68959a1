package no.placetrain.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.AgreementConflictException;
import no.placetrain.domain.agreement.NavOffice;
import no.placetrain.store.AgreementStore.SaveResult;
import no.placetrain.testsupport.Agreements;
import no.placetrain.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

class AgreementStoreTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant T1 = Instant.parse("2026-03-03T09:00:00Z");

  private final TestDatabase db = TestDatabase.create();
  private final AgreementStore store = new AgreementStore(db.jdbc());

  @Test
  void anAgreementRoundTripsWithItsBookkeepingAndOffices() {
    store.insert(Agreements.hotel(), "nordic-choice-grunerlokka.yaml", T0);

    StoredAgreement stored = store.find("nordic-choice-grunerlokka").orElseThrow();
    assertThat(stored.agreement()).isEqualTo(Agreements.hotel());
    assertThat(stored.source()).isEqualTo("nordic-choice-grunerlokka.yaml");
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.createdAt()).isEqualTo(T0);
    assertThat(stored.updatedAt()).isEqualTo(T0);
    assertThat(stored.fromApi()).isFalse();
    assertThat(offices("nordic-choice-grunerlokka")).containsExactly("nav-grunerlokka");
    assertThat(db.jdbc().sql("SELECT KIND || ' ' || STATUS || ' ' || NAME FROM PT_AGREEMENT")
        .query(String.class).single())
        .isEqualTo("LOCAL ACTIVE Nordic Choice Hotels × NAV Grünerløkka");
    assertThat(store.exists("nordic-choice-grunerlokka")).isTrue();
    assertThat(store.find("no-such-agreement")).isEmpty();
  }

  @Test
  void savingTheSameAgreementAgainWritesNothing() {
    assertThat(store.save(Agreements.hotel(), "hotel.yaml", T0)).isEqualTo(SaveResult.INSERTED);

    assertThat(store.save(Agreements.hotel(), "hotel.yaml", T1)).isEqualTo(SaveResult.UNCHANGED);

    StoredAgreement stored = store.find("nordic-choice-grunerlokka").orElseThrow();
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.updatedAt()).isEqualTo(T0);
  }

  @Test
  void aChangeUpdatesTheRowAndItsOfficesWithTheNextVersion() {
    store.save(Agreements.issFramework(), "iss.yaml", T0);
    Agreement fewer = withOffices(Agreements.issFramework(),
        List.of(new NavOffice("nav-alna", "NAV Alna"), new NavOffice("nav-grorud", "NAV Grorud")));

    assertThat(store.save(fewer, "iss.yaml", T1)).isEqualTo(SaveResult.UPDATED);

    StoredAgreement stored = store.find("iss-oslo-region").orElseThrow();
    assertThat(stored.version()).isEqualTo(2);
    assertThat(stored.createdAt()).isEqualTo(T0);
    assertThat(stored.updatedAt()).isEqualTo(T1);
    assertThat(stored.agreement()).isEqualTo(fewer);
    assertThat(offices("iss-oslo-region")).containsExactly("nav-alna", "nav-grorud");
  }

  @Test
  void aTakenIdIsAConflict() {
    store.insert(Agreements.hotel(), "api", T0);

    assertThatThrownBy(() -> store.insert(Agreements.hotel(), "api", T1))
        .isInstanceOf(AgreementConflictException.class)
        .hasMessage("id: is already used by another agreement");
  }

  @Test
  void aLocalsParentMustBeStoredFirst() {
    assertThatThrownBy(() -> store.insert(Agreements.issLocal("iss-alna", List.of()), "api", T0))
        .isInstanceOf(DataIntegrityViolationException.class);

    store.insert(Agreements.issFramework(), "iss.yaml", T0);
    store.insert(Agreements.issLocal("iss-alna", List.of()), "api", T0);
    assertThat(store.findAll()).extracting(s -> s.agreement().id())
        .containsExactly("iss-alna", "iss-oslo-region");
    assertThat(store.find("iss-alna").orElseThrow().fromApi()).isTrue();
  }

  private List<String> offices(String agreementId) {
    return db.jdbc().sql("SELECT OFFICE_ID FROM PT_AGREEMENT_OFFICE WHERE AGREEMENT_ID = :a "
        + "ORDER BY OFFICE_ID").param("a", agreementId).query(String.class).list();
  }

  private static Agreement withOffices(Agreement a, List<NavOffice> offices) {
    return new Agreement(a.id(), a.kind(), a.parentId(), a.name(), a.status(), a.statusReason(),
        offices, a.employer(), a.broker(), a.terms(), a.commitments(), a.responsibilities());
  }
}
