package no.placetrain.engine.forms;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps any exception of a task listener into a plain {@link ProcessEngineException}
 * ({@code ENGINE-03051}), which the REST API would answer with 500. This interceptor, placed
 * inside the command context, rethrows a wrapped {@link FormRejectedException} itself, so callers
 * (and the REST API's 400 mapping) see a {@code FormFieldValidationException}. The command still
 * fails and rolls back as before.
 */
final class FormRejectionUnwrapper extends CommandInterceptor {

  private static final int MAX_DEPTH = 8;

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (ProcessEngineException e) {
      FormRejectedException rejection = find(e);
      throw rejection != null ? rejection : e;
    }
  }

  private static FormRejectedException find(Throwable e) {
    Throwable current = e;
    for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
      if (current instanceof FormRejectedException rejection) {
        return rejection;
      }
      current = current.getCause();
    }
    return null;
  }
}
