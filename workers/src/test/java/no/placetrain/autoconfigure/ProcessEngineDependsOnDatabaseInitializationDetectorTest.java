package no.placetrain.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitializationDetector;
import org.springframework.core.io.support.SpringFactoriesLoader;

class ProcessEngineDependsOnDatabaseInitializationDetectorTest {

  @Test
  void detectsTheProcessEngineFactoryBean() {
    DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
    beanFactory.registerBeanDefinition("processEngineFactoryBean",
        new RootBeanDefinition(ProcessEngineFactoryBean.class));
    beanFactory.registerBeanDefinition("somethingElse", new RootBeanDefinition(Object.class));

    assertThat(new ProcessEngineDependsOnDatabaseInitializationDetector().detect(beanFactory))
        .containsExactly("processEngineFactoryBean");
  }

  @Test
  void isRegisteredInSpringFactories() {
    assertThat(SpringFactoriesLoader.forDefaultResourceLocation(getClass().getClassLoader())
        .load(DependsOnDatabaseInitializationDetector.class))
        .hasAtLeastOneElementOfType(ProcessEngineDependsOnDatabaseInitializationDetector.class);
  }
}
