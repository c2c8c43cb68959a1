package no.placetrain.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementCatalogueTest {

  static Agreement kiwi() {
    return new Agreement("kiwi-nav-drammen", "KIWI × NAV Drammen", "KIWI",
        List.of("NAV Drammen"), null, SelectionMode.INTERVIEW, 3, 6, null);
  }

  static Agreement fretex() {
    return new Agreement("fretex-job-guarantee", "Fretex (jobbgaranti)", "Fretex",
        List.of("NAV Grünerløkka"), "Fretex", SelectionMode.INTERVIEW, 3, 6, Period.ofMonths(6));
  }

  private static InvalidAgreementException invalidSecond(Agreement second) {
    List<Agreement> entries = new ArrayList<>(List.of(kiwi(), second));
    try {
      new AgreementCatalogue(entries);
    } catch (InvalidAgreementException e) {
      return e;
    }
    throw new AssertionError("accepted an invalid agreement");
  }

  private static Agreement withId(String id) {
    Agreement k = kiwi();
    return new Agreement(id, k.name(), k.employer(), k.navOffices(), k.broker(),
        k.selectionMode(), k.practiceMinMonths(), k.practiceMaxMonths(), k.jobGuaranteePeriod());
  }

  private static Agreement withMonths(int min, int max) {
    Agreement k = fretex();
    return new Agreement(k.id(), k.name(), k.employer(), k.navOffices(), k.broker(),
        k.selectionMode(), min, max, k.jobGuaranteePeriod());
  }

  @Test
  void findsAgreementsByIdAndKeepsTheirOrder() {
    AgreementCatalogue catalogue = new AgreementCatalogue(List.of(kiwi(), fretex()));

    assertThat(catalogue.find("fretex-job-guarantee")).contains(fretex());
    assertThat(catalogue.find("unknown")).isEmpty();
    assertThat(catalogue.find(null)).isEmpty();
    assertThat(catalogue.all()).extracting(Agreement::id)
        .containsExactly("kiwi-nav-drammen", "fretex-job-guarantee");
  }

  @Test
  void catalogueIsImmutable() {
    List<Agreement> entries = new ArrayList<>(List.of(kiwi()));
    AgreementCatalogue catalogue = new AgreementCatalogue(entries);
    entries.add(fretex());

    assertThat(catalogue.all()).hasSize(1);
    assertThatThrownBy(() -> catalogue.all().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void messageNamesEntryIndexIdFieldAndReason() {
    InvalidAgreementException e = invalidSecond(withMonths(6, 3));

    assertThat(e.index()).isEqualTo(1);
    assertThat(e.agreementId()).isEqualTo("fretex-job-guarantee");
    assertThat(e.field()).isEqualTo(AgreementField.PRACTICE_MAX_MONTHS);
    assertThat(e.getMessage()).isEqualTo("agreement #1 (id 'fretex-job-guarantee'): "
        + "practice-max-months must not be less than practice-min-months");
  }

  @Test
  void rejectsDuplicateIds() {
    InvalidAgreementException e = invalidSecond(kiwi());

    assertThat(e.field()).isEqualTo(AgreementField.ID);
    assertThat(e.getMessage()).contains("#1", "kiwi-nav-drammen", "unique");
  }

  @Test
  void rejectsIdsOutsideThePattern() {
    assertThat(invalidSecond(withId("Kiwi_Drammen")).field()).isEqualTo(AgreementField.ID);
    assertThat(invalidSecond(withId("ab")).getMessage()).contains("must match ^[a-z0-9-]{3,60}$");
    assertThat(invalidSecond(withId("a".repeat(61))).field()).isEqualTo(AgreementField.ID);
    assertThat(invalidSecond(withId(null)).getMessage()).startsWith("agreement #1 (id 'null'): id");
    assertThat(new AgreementCatalogue(List.of(withId("a".repeat(60)))).all()).hasSize(1);
  }

  @Test
  void rejectsMonthsOutsideOneToTwelve() {
    assertThat(invalidSecond(withMonths(0, 6)).field()).isEqualTo(AgreementField.PRACTICE_MIN_MONTHS);
    assertThat(invalidSecond(withMonths(3, 13)).field())
        .isEqualTo(AgreementField.PRACTICE_MAX_MONTHS);
    assertThat(invalidSecond(withMonths(3, 13)).getMessage()).contains("from 1 to 12");
    assertThat(new AgreementCatalogue(List.of(withMonths(12, 12))).all()).hasSize(1);
    assertThat(new AgreementCatalogue(List.of(withMonths(1, 1))).all()).hasSize(1);
  }

  @Test
  void rejectsBlankNamesEmployersAndMissingOffices() {
    Agreement f = fretex();
    assertThat(invalidSecond(new Agreement(f.id(), " ", f.employer(), f.navOffices(), f.broker(),
        f.selectionMode(), 3, 6, null)).field()).isEqualTo(AgreementField.NAME);
    assertThat(invalidSecond(new Agreement(f.id(), f.name(), null, f.navOffices(), f.broker(),
        f.selectionMode(), 3, 6, null)).field()).isEqualTo(AgreementField.EMPLOYER);
    assertThat(invalidSecond(new Agreement(f.id(), f.name(), f.employer(), List.of(), f.broker(),
        f.selectionMode(), 3, 6, null)).getMessage())
        .endsWith("nav-offices must list at least one NAV office");
    assertThat(invalidSecond(new Agreement(f.id(), f.name(), f.employer(), List.of(" "),
        f.broker(), f.selectionMode(), 3, 6, null)).field()).isEqualTo(AgreementField.NAV_OFFICES);
    assertThat(invalidSecond(new Agreement(f.id(), f.name(), f.employer(), f.navOffices(),
        f.broker(), null, 3, 6, null)).field()).isEqualTo(AgreementField.SELECTION);
  }

  @Test
  void jobGuaranteeNeedsAPositivePeriodAndABroker() {
    Agreement f = fretex();
    assertThat(invalidSecond(new Agreement(f.id(), f.name(), f.employer(), f.navOffices(), null,
        f.selectionMode(), 3, 6, Period.ofMonths(6))).getMessage())
        .contains("job-guarantee-period requires a broker");
    assertThat(invalidSecond(new Agreement(f.id(), f.name(), f.employer(), f.navOffices(),
        f.broker(), f.selectionMode(), 3, 6, Period.ZERO)).field())
        .isEqualTo(AgreementField.JOB_GUARANTEE_PERIOD);
  }

  @Test
  void helpersReflectBrokerAndGuarantee() {
    assertThat(kiwi().brokerInvolved()).isFalse();
    assertThat(kiwi().jobGuarantee()).isFalse();
    assertThat(kiwi().brokerName()).isEmpty();
    assertThat(fretex().brokerInvolved()).isTrue();
    assertThat(fretex().jobGuarantee()).isTrue();
    assertThat(fretex().brokerName()).contains("Fretex");
    assertThat(fretex().practiceTerms()).isEqualTo(new PracticeTerms(3, 6));
    Agreement blankBroker = new Agreement("x-y-z", "n", "e", List.of("o"), "  ",
        SelectionMode.INTERVIEW, 3, 3, null);
    assertThat(blankBroker.brokerInvolved()).isFalse();
  }
}
