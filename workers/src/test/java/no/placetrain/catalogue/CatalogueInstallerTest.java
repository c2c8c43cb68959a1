package no.placetrain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.PartyGroups;
import no.placetrain.domain.agreement.WorkflowGroup;
import no.placetrain.store.AgreementStore;
import no.placetrain.testsupport.Agreements;
import no.placetrain.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Upserting the catalogue: frameworks first, changed files only, never over an API agreement. */
class CatalogueInstallerTest {

  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private final TestDatabase db = TestDatabase.create();
  private final AgreementStore store = new AgreementStore(db.jdbc());
  private final CatalogueInstaller installer =
      new CatalogueInstaller(store, db.transactions(), Clock.fixed(T0, ZoneOffset.UTC));

  private static Catalogue ordering() {
    return new CatalogueLoader(new PathMatchingResourcePatternResolver(),
        List.of("classpath:catalogues/ordering/*.yaml")).read();
  }

  @Test
  void installsFrameworksBeforeLocalsAndThenWritesNothingWhenUnchanged() {
    // the local's row references its framework's: inserted in the other order it would fail
    CatalogueInstaller.Result first = installer.install(ordering());

    assertThat(first.inserted()).containsExactly("z-framework", "a-local");
    assertThat(store.find("a-local").orElseThrow().source()).isEqualTo("a-local.yaml");

    CatalogueInstaller.Result again = new CatalogueInstaller(store, db.transactions(),
        Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC)).install(ordering());

    assertThat(again.unchanged()).containsExactly("z-framework", "a-local");
    assertThat(again.inserted()).isEmpty();
    assertThat(again.updated()).isEmpty();
    assertThat(store.find("a-local").orElseThrow().updatedAt()).isEqualTo(T0);
  }

  @Test
  void aChangedFileUpdatesItsRowWithTheNextVersion() {
    installer.install(ordering());
    Agreement framework = ordering().find("z-framework").orElseThrow();
    Agreement renamed = new Agreement(framework.id(), framework.kind(), null, "Framework Z (ny)",
        framework.status(), null, framework.offices(), framework.employer(), null,
        framework.terms(), framework.commitments(), framework.responsibilities());

    CatalogueInstaller.Result result = installer.install(
        new Catalogue(List.of(new CatalogueEntry("z-framework.yaml", renamed))));

    assertThat(result.updated()).containsExactly("z-framework");
    assertThat(store.find("z-framework").orElseThrow().version()).isEqualTo(2);
    assertThat(store.find("z-framework").orElseThrow().agreement().name())
        .isEqualTo("Framework Z (ny)");
  }

  @Test
  void aFileMayNotTakeTheIdOfAnAgreementCreatedThroughTheApi() {
    store.insert(Agreements.hotel(), AgreementStore.SOURCE_API, T0);

    assertThatThrownBy(() -> installer.install(new Catalogue(List.of(
            new CatalogueEntry("hotel.yaml", Agreements.issFramework()),
            new CatalogueEntry("nordic.yaml", Agreements.hotel())))))
        .isInstanceOf(InvalidCatalogueException.class)
        .hasMessage("nordic.yaml: id: is already used by an agreement created through the API");
    // one transaction: the framework written before the refusal is rolled back
    assertThat(store.exists("iss-oslo-region")).isFalse();
  }

  @Test
  void theGroupsOfEveryStoredAgreementsPartiesAreAskedForInTheSameTransaction() {
    store.insert(Agreements.fretex(), AgreementStore.SOURCE_API, T0); // created through the API
    List<List<String>> asked = new ArrayList<>();
    CatalogueInstaller withGroups = new CatalogueInstaller(store, db.transactions(),
        Clock.fixed(T0, ZoneOffset.UTC), groups -> {
          asked.add(groups.stream().map(WorkflowGroup::id).toList());
          return List.of("broker-fretex");
        });

    CatalogueInstaller.Result result = withGroups.install(ordering());

    assertThat(asked).hasSize(1);
    assertThat(asked.get(0)).startsWith("nav-regional-coordinator", "process-owner")
        .contains("broker-fretex", "nav-alna-caseworker", "employer-fretex-mentor")
        .containsAll(PartyGroups.groupsOf(ordering().find("a-local").orElseThrow()).stream()
            .map(WorkflowGroup::id).toList())
        .doesNotHaveDuplicates();
    assertThat(result.groupsCreated()).containsExactly("broker-fretex");

    CatalogueInstaller failing = new CatalogueInstaller(store, db.transactions(),
        Clock.fixed(T0, ZoneOffset.UTC), groups -> {
          throw new IllegalStateException("identity service down");
        });
    assertThatThrownBy(() -> failing.install(new Catalogue(List.of(
        new CatalogueEntry("iss.yaml", Agreements.issFramework())))))
        .hasMessage("identity service down");
    assertThat(store.exists("iss-oslo-region")).as("rolled back with the groups").isFalse();
  }
}
