package no.placetrain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.AgreementStatus;
import no.placetrain.domain.agreement.InvalidAgreementException;
import no.placetrain.testsupport.Agreements;
import org.junit.jupiter.api.Test;

class DocumentCodecTest {

  private final DocumentCodec codec = new DocumentCodec();

  private Agreement yaml(String text) {
    return AgreementDocuments.toAgreement(
        codec.readYaml(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
  }

  private static final String MINIMAL = """
      id: kiwi-nav-drammen
      kind: LOCAL
      name: KIWI × NAV Drammen
      offices: [{id: nav-drammen, name: NAV Drammen}]
      employer: {name: KIWI}
      terms: {selection: INTERVIEW, practice-months: {min: 3, max: 6}}
      """;

  @Test
  void anAgreementSurvivesTheJsonColumn() {
    for (Agreement agreement : new Agreement[] {Agreements.hotel(), Agreements.fretex(),
        Agreements.issFramework()}) {
      String json = codec.toJson(agreement);
      assertThat(codec.fromJson(json)).isEqualTo(agreement);
      assertThat(codec.toJson(codec.fromJson(json))).isEqualTo(json);
    }
    assertThat(codec.toJson(Agreements.hotel()))
        .contains("\"practice-months\":{\"min\":3,\"max\":3}", "\"working-days\":true")
        .doesNotContain("null");
  }

  @Test
  void aMissingStatusIsActive() {
    assertThat(yaml(MINIMAL).status()).isEqualTo(AgreementStatus.ACTIVE);
  }

  @Test
  void wrongTypesAndCodesNameTheFieldNotTheValue() {
    assertThatThrownBy(() -> yaml(MINIMAL.replace("min: 3", "min: tre")))
        .isInstanceOf(InvalidAgreementException.class)
        .hasMessage("terms.practice-months.min: must be a whole number");
    assertThatThrownBy(() -> yaml(MINIMAL.replace("kind: LOCAL", "kind: REGIONAL")))
        .hasMessage("kind: must be one of LOCAL, FRAMEWORK");
    assertThatThrownBy(() -> yaml(MINIMAL.replace("selection: INTERVIEW", "selection: CHAT")))
        .hasMessage("terms.selection: must be one of INTERVIEW, SPEED_INTERVIEW");
    assertThatThrownBy(() -> yaml(MINIMAL + "commitments: [{kind: SCREEN_REFERRAL, deadline: 5 days}]"))
        .hasMessage("commitments[0].deadline: must be an ISO-8601 period such as P5D");
    assertThatThrownBy(() -> yaml(MINIMAL + "commitments: [{kind: SCREEN, deadline: P5D}]"))
        .hasMessageStartingWith("commitments[0].kind: must be one of SCREEN_REFERRAL, ");
    assertThatThrownBy(() -> yaml(MINIMAL.replace("offices: [{id: nav-drammen, name: NAV Drammen}]",
            "offices: [{id: nav-drammen}]")))
        .hasMessage("offices[0].name: is required");
    assertThatThrownBy(() -> yaml(MINIMAL.replace("terms: {selection: INTERVIEW, practice-months: "
            + "{min: 3, max: 6}}", "terms: {selection: INTERVIEW}")))
        .hasMessage("terms.practice-months: is required ({min: …, max: …})");
    assertThatThrownBy(() -> yaml(MINIMAL + "broker: {name: Stella, phone: 12345678}"))
        .hasMessage("broker.phone: is not a known field")
        .message().doesNotContain("12345678");
  }

  @Test
  void anEmptyDocumentIsNamed() {
    assertThatThrownBy(() -> yaml(""))
        .hasMessage("id: is required (the document is empty)");
  }
}
