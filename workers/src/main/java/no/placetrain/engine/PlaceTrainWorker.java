package no.placetrain.engine;

import no.placetrain.domain.InvalidValueException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Base of every worker: runs {@link #work} and turns a broken domain rule into a
 * {@link BadUserRequestException} (REST answers 400 when a user's completion ran the worker; a job
 * gets an incident with the message). Messages name fields and rules, never values.
 */
public abstract class PlaceTrainWorker implements JavaDelegate {

  @Override
  public final void execute(DelegateExecution execution) {
    try {
      work(execution);
    } catch (InvalidValueException e) {
      throw new BadUserRequestException(e.getMessage(), e);
    }
  }

  /** Reads variables, calls the domain, writes variables. */
  protected abstract void work(DelegateExecution execution);

  /** The participation id for log lines: the business key (never names or references). */
  protected static String participationIdOf(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }
}
