package no.placetrain.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;

/**
 * The erasure is registered as an auto-configuration (its beans are tested in a whole host:
 * {@code CandidateErasureSpringTest} here, the REST endpoint on the server).
 */
class PlaceTrainPrivacyConfigurationTest {

  @Test
  void isRegistered() {
    assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
        .contains(PlaceTrainPrivacyConfiguration.class.getName());
  }
}
