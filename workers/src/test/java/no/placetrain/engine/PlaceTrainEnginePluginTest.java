package no.placetrain.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.UrlResource;

class PlaceTrainEnginePluginTest {

  private final PlaceTrainEnginePlugin plugin = new PlaceTrainEnginePlugin(List.of(
      resource("placetrain/processes/place-and-train.bpmn"),
      resource("placetrain/forms/form-referral.form"),
      resource("placetrain/processes/checkpoint-cadence.dmn")));

  private static DeploymentResource resource(String name) {
    return new DeploymentResource(name, name.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void preInitSwitchesToJsonAndOffJavaSerialization() {
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJavaSerializationFormatEnabled(true);

    plugin.preInit(configuration);

    assertThat(configuration.getDefaultSerializationFormat()).isEqualTo("application/json");
    assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
  }

  @Test
  void postInitRemovesOurResourcesFromSpringsAutoDeploymentOnly() throws Exception {
    var configuration = new SpringProcessEngineConfiguration();
    Resource hostModel = new UrlResource("file:/app/classes/host/order.bpmn");
    Resource ourJarModel = new UrlResource(
        "jar:file:/app/lib/placetrain-processes.jar!/placetrain/processes/place-and-train.bpmn");
    Resource ourForm = new ClassPathResource("placetrain/forms/form-referral.form");
    Resource described = new ByteArrayResource(new byte[0], "placetrain/forms/x.form");
    configuration.setDeploymentResources(
        new Resource[] {hostModel, ourJarModel, ourForm, described});

    plugin.postInit(configuration);

    assertThat(configuration.getDeploymentResources()).containsExactly(hostModel);
  }

  @Test
  void postInitLeavesNonSpringConfigurationsAlone() {
    var configuration = new StandaloneInMemProcessEngineConfiguration();

    plugin.postInit(configuration);

    assertThat(SpringAutoDeploymentFilter.appliesTo(configuration)).isFalse();
    assertThat(SpringAutoDeploymentFilter.appliesTo(new SpringProcessEngineConfiguration()))
        .isTrue();
  }

  @Test
  void postInitAllowsHyphensInGroupIdsUnlessTheHostChoseAPattern() {
    var unset = new StandaloneInMemProcessEngineConfiguration();
    var chosen = new StandaloneInMemProcessEngineConfiguration();
    chosen.setGroupResourceWhitelistPattern("[a-z-]+");

    plugin.postInit(unset);
    plugin.postInit(chosen);

    assertThat(unset.getGroupResourceWhitelistPattern()).isEqualTo("[a-zA-Z0-9-]+");
    assertThat(chosen.getGroupResourceWhitelistPattern()).isEqualTo("[a-z-]+");
  }

  @Test
  void resourcesAreSortedByNameAndCopied() {
    assertThat(plugin.resources()).extracting(DeploymentResource::name).containsExactly(
        "placetrain/forms/form-referral.form",
        "placetrain/processes/checkpoint-cadence.dmn",
        "placetrain/processes/place-and-train.bpmn");
    byte[] bytes = plugin.resources().get(0).bytes();
    bytes[0] = 'X';
    assertThat(plugin.resources().get(0).bytes()[0]).isEqualTo((byte) 'p');
  }
}
