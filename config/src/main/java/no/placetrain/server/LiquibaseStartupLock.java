package no.placetrain.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Nodes that start at the same moment on one new PostgreSQL database run Liquibase one after the
 * other. Liquibase's own lock (DATABASECHANGELOGLOCK) guards the change sets, but not the creation
 * of its DATABASECHANGELOG table: two nodes both creating it made one fail its start ("relation
 * databasechangelog already exists", seen in TwoNodesOnPostgresTest). So a PostgreSQL advisory
 * lock, on a connection of its own, is held from just before Liquibase's bean initialises until
 * just after; the startup lock of the rest of the start ({@code PT_CLUSTER_LOCK}) is a table that
 * Liquibase itself makes, hence this one. Other databases (H2: one node) take no lock.
 */
@Configuration(proxyBeanMethods = false)
class LiquibaseStartupLock {

  /** Key of the advisory lock: "pt-liqui" as a number. */
  static final long KEY = 0x70742d6c69717569L;

  @Bean
  static BeanPostProcessor liquibaseAdvisoryLock() {
    return new AdvisoryLock();
  }

  static final class AdvisoryLock implements BeanPostProcessor, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(LiquibaseStartupLock.class);

    private Connection held;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
      if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
        held = lock(liquibase.getDataSource());
      }
      return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
      if (bean instanceof SpringLiquibase) {
        release();
      }
      return bean;
    }

    @Override
    public void destroy() {
      release();
    }

    private static Connection lock(DataSource dataSource) {
      try {
        Connection connection = dataSource.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
          connection.close();
          return null;
        }
        long began = System.nanoTime();
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
          lock.setLong(1, KEY);
          lock.execute();
        }
        LOG.info("Liquibase lock taken (PostgreSQL advisory lock {}, waited {} ms for other nodes)",
            KEY, (System.nanoTime() - began) / 1_000_000);
        return connection;
      } catch (SQLException e) {
        throw new BeanInitializationException("The advisory lock before Liquibase could not be "
            + "taken: " + e.getMessage(), e);
      }
    }

    private void release() {
      Connection connection = held;
      held = null;
      if (connection == null) {
        return;
      }
      try (connection; PreparedStatement unlock =
          connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
        unlock.setLong(1, KEY);
        unlock.execute();
        LOG.info("Liquibase lock released");
      } catch (SQLException e) {
        LOG.warn("The advisory lock after Liquibase was not released ({}); closing its "
            + "connection frees it", e.getClass().getName());
      }
    }
  }
}
