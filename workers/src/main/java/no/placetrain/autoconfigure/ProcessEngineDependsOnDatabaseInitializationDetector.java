package no.placetrain.autoconfigure;

import java.util.Set;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine wait for database initialisation (Liquibase, Flyway, SQL scripts), so
 * a host that creates the engine schema with Liquibase (Camunda ships
 * {@code org/camunda/bpm/engine/db/liquibase/camunda-changelog.xml}) has it before the engine
 * starts. Registered in {@code META-INF/spring.factories}.
 */
public class ProcessEngineDependsOnDatabaseInitializationDetector
    extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngineFactoryBean.class);
  }
}
