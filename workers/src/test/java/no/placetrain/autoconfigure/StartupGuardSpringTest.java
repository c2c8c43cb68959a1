package no.placetrain.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import no.placetrain.testapp.TestApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A host's start takes the startup lock when its engine is built and gives it back when the
 * application is ready: the guard is one of the engine's plugins, the lock's row names this JVM
 * as the one that took it last, and it is not held any more.
 */
@SpringBootTest(classes = TestApplication.class)
class StartupGuardSpringTest {

  @Autowired StartupGuard guard;
  @Autowired ProcessEngine processEngine;
  @Autowired DataSource dataSource;

  @Test
  void theStartTookTheLockAndGaveItBack() {
    Map<String, Object> row = JdbcClient.create(dataSource)
        .sql("SELECT HELD_BY, TAKEN_AT FROM PT_CLUSTER_LOCK WHERE NAME = 'startup'")
        .query().singleRow();
    System.out.println("[StartupGuardSpringTest] lock row after the start: " + row
        + ", held: " + guard.isHeld());

    List<ProcessEnginePlugin> plugins = new ArrayList<>();
    ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getProcessEnginePlugins().forEach(p -> plugins.addAll(p instanceof
            CompositeProcessEnginePlugin composite ? composite.getPlugins() : List.of(p)));
    assertThat(plugins).as("the engine's plugins").contains(guard);
    assertThat(row.get("HELD_BY")).isEqualTo(ManagementFactory.getRuntimeMXBean().getName());
    assertThat(row.get("TAKEN_AT")).isNotNull();
    assertThat(guard.isHeld()).as("released when the application was ready").isFalse();
  }
}
