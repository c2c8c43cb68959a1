package no.placetrain.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The API is registered as an auto-configuration and stays out of a host that is no servlet web
 * application (the web case is tested on the server, which has Spring MVC and a servlet container).
 */
class PlaceTrainApiAutoConfigurationTest {

  @Test
  void isRegistered() {
    assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
        .contains(PlaceTrainApiAutoConfiguration.class.getName());
  }

  @Test
  void aHostThatIsNoWebApplicationGetsNoApi() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(PlaceTrainApiAutoConfiguration.class))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(AgreementController.class);
          assertThat(context).doesNotHaveBean(ParticipationController.class);
          assertThat(context).doesNotHaveBean(ApiErrors.class);
        });
  }
}
