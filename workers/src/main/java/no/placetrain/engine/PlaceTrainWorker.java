package no.placetrain.engine;

import no.placetrain.domain.InvalidValueException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Base of every worker: runs {@link #work} and turns a broken domain rule into a
 * {@link BadUserRequestException} (REST answers 400 when a user's completion ran the worker; a job
 * gets an incident with the message). Messages name fields and rules, never values.
 *
 * <p>A worker is the system's own follow-on work of a step a user was allowed to take (docs/access.md,
 * "Authorization"): it runs <em>without authorization checks</em>, whoever completed the task
 * (the engine checks custom code as the current user: {@code authorizationEnabledForCustomCode}).
 * So starting an escalation, correlating {@code CommitmentMet} to it, deleting it, evaluating the
 * escalation ladder or finding a running escalation is never refused nor silently filtered for the
 * user whose completion ran the worker; what the user may do is checked before, on the task.
 */
public abstract class PlaceTrainWorker implements JavaDelegate {

  @Override
  public final void execute(DelegateExecution execution) {
    try {
      CommandContext commandContext = Context.getCommandContext();
      if (commandContext == null) {
        work(execution);
      } else {
        commandContext.runWithoutAuthorization(() -> {
          work(execution);
          return null;
        });
      }
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
