package no.placetrain.store;

import java.util.function.Supplier;

/**
 * Runs work in a database transaction: joins the current one (e.g. the engine's, when a worker
 * calls) or starts one. Keeps the services free of Spring; the auto-configuration supplies an
 * implementation on the host's transaction manager.
 */
@FunctionalInterface
public interface Transactions {

  /** Runs {@code work} in a transaction (joined or new) and returns its result. */
  <T> T required(Supplier<T> work);

  /** Runs {@code work} in a transaction (joined or new). */
  default void run(Runnable work) {
    required(() -> {
      work.run();
      return null;
    });
  }

  /** Runs work directly, without a transaction of its own (for tests and callers that hold one). */
  static Transactions direct() {
    return new Transactions() {
      @Override
      public <T> T required(Supplier<T> work) {
        return work.get();
      }
    };
  }
}
