package no.placetrain.autoconfigure;

import java.util.function.Supplier;
import no.placetrain.store.Transactions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Transactions} on a Spring transaction manager, propagation REQUIRED: a worker's write
 * joins the engine's transaction (Camunda's starter runs every command in a Spring transaction of
 * the same manager); elsewhere a new one starts.
 */
public class SpringTransactions implements Transactions {

  private final TransactionTemplate template;

  /** @param transactionManager the engine's transaction manager */
  public SpringTransactions(PlatformTransactionManager transactionManager) {
    this.template = new TransactionTemplate(transactionManager);
  }

  @Override
  public <T> T required(Supplier<T> work) {
    return template.execute(status -> work.get());
  }
}
