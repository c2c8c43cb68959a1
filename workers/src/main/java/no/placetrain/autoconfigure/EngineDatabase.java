package no.placetrain.autoconfigure;

import javax.sql.DataSource;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The data source and transaction manager the process engine uses, chosen as Camunda's starter
 * chooses them: the beans named {@code camundaBpmDataSource} / {@code camundaBpmTransactionManager}
 * when the host defines them, else the host's (primary) ones. Our tables live beside the engine's.
 */
final class EngineDatabase {

  static final String CAMUNDA_DATA_SOURCE = "camundaBpmDataSource";
  static final String CAMUNDA_TRANSACTION_MANAGER = "camundaBpmTransactionManager";

  private EngineDatabase() {}

  static DataSource dataSource(ListableBeanFactory beans) {
    return beans.containsBean(CAMUNDA_DATA_SOURCE)
        ? beans.getBean(CAMUNDA_DATA_SOURCE, DataSource.class)
        : beans.getBean(DataSource.class);
  }

  static PlatformTransactionManager transactionManager(ListableBeanFactory beans) {
    return beans.containsBean(CAMUNDA_TRANSACTION_MANAGER)
        ? beans.getBean(CAMUNDA_TRANSACTION_MANAGER, PlatformTransactionManager.class)
        : beans.getBean(PlatformTransactionManager.class);
  }
}
