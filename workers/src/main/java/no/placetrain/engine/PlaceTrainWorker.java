package no.placetrain.engine;

import java.util.ArrayList;
import java.util.List;
import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.agreement.CommitmentStateException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 *
 * <p><b>Failures.</b> What {@link #work} throws leaves the worker as follows:
 * <ul>
 *   <li>{@link InvalidValueException} (a broken domain rule, capacity reached included): a
 *       {@link BadUserRequestException} with its message, as above.
 *   <li>A {@link BpmnError} (a business outcome the model catches), a
 *       {@link BadUserRequestException} or {@link AuthorizationException} (a refusal meant for the
 *       user, whose message names rules and ids), a {@link ProcessVariableException} (the model
 *       and the code disagree; the message names the variable), a
 *       {@link CommitmentStateException} (the ledger refuses a change of a settled commitment;
 *       the message names the commitment id and the rule) and an
 *       {@link OptimisticLockingException} (the engine handles it by its type): unchanged.
 *   <li>Any other {@link RuntimeException} is unexpected (a SQL error whose message may quote a
 *       value, a {@code NullPointerException}, a failed engine call): it becomes a
 *       {@link WorkerFailedException} naming the worker, the business key and the exception's
 *       class, with its stack frames and without its message or cause, and is logged at WARN
 *       with ids and class names only. In a job, the engine retries it by the retry cycle
 *       ({@code failedJobRetryTimeCycle}, see {@link PlaceTrainEnginePlugin}) and then raises
 *       one incident with that message; in a user's completion the completion is rolled back
 *       and REST answers 500 with that message.
 * </ul>
 */
public abstract class PlaceTrainWorker implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(PlaceTrainWorker.class);

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
    } catch (BpmnError | BadUserRequestException | AuthorizationException
        | ProcessVariableException | CommitmentStateException | OptimisticLockingException e) {
      throw e;
    } catch (RuntimeException e) {
      throw withheld(execution, e);
    }
  }

  /** Reads variables, calls the domain, writes variables. */
  protected abstract void work(DelegateExecution execution);

  /** The participation id for log lines: the business key (never names or references). */
  protected static String participationIdOf(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  /** The unexpected {@code e} without its message, logged with ids and class names only. */
  private WorkerFailedException withheld(DelegateExecution execution, RuntimeException e) {
    String worker = getClass().getSimpleName();
    String businessKey = safely(() -> participationIdOf(execution));
    WorkerFailedException failure = new WorkerFailedException(worker, businessKey, e);
    LOG.warn("{} failed for participation {} (process instance {}, activity {}): {}; the "
            + "message is left out, it may quote personal data", worker, businessKey,
        safely(execution::getProcessInstanceId), safely(execution::getCurrentActivityId),
        classChain(e));
    return failure;
  }

  /** {@code a.B caused by c.D caused by …}: the class names of the cause chain. */
  static String classChain(Throwable e) {
    List<String> names = new ArrayList<>();
    for (Throwable t = e; t != null && names.size() < 10; t = t.getCause()) {
      names.add(t.getClass().getName());
      if (t.getCause() == t) {
        break;
      }
    }
    return String.join(" caused by ", names);
  }

  /** {@code read}, or {@code null} when reading fails too (the failure must not be hidden). */
  private static String safely(java.util.function.Supplier<String> read) {
    try {
      return read.get();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
