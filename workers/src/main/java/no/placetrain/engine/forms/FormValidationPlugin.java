package no.placetrain.engine.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Checks every submission on the server, because Tasklist validates Camunda Forms in the browser
 * only: each completion of a user task and each start of a process whose element has a
 * {@code camunda:formRef} is checked against the deployed form's rules (required, pattern,
 * min/max, length, allowed values, number/boolean/date types, honouring {@code conditional.hide}
 * via FEEL; every text field, unless it opts out, must not describe health, family, housing or
 * income — {@link no.placetrain.domain.SensitiveText}; the submitted variables must be fields of
 * the form, and a hidden field's submitted value keeps its rules; a start's business key is
 * checked for sensitive text) and then against the {@link CompletionCheck}s that apply. A refused
 * submission throws
 * one {@link FormRejectedException} (a {@code FormFieldValidationException}, REST: 400) naming each
 * field and rule, never a value; the transaction rolls back, the task stays open.
 *
 * <p>Works through the engine, so it covers {@code TaskService#complete},
 * {@code FormService#submitTaskForm}, {@code RuntimeService#startProcessInstance…},
 * {@code FormService#submitStartForm} and their REST endpoints alike. A missing or unreadable form
 * is never an error: its rules are just not checked (debug log).
 *
 * <p>Register it with {@code getProcessEnginePlugins().add(...)} or as a Spring bean.
 */
public class FormValidationPlugin extends AbstractProcessEnginePlugin {

  private final List<CompletionCheck> checks;

  /** @param checks business rules checked after the forms' own rules; may be empty */
  public FormValidationPlugin(List<CompletionCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  /** @return the registered completion checks */
  public List<CompletionCheck> checks() {
    return checks;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    SubmissionValidator validator = new SubmissionValidator(checks, new DeployedForms());
    List<BpmnParseListener> parseListeners = mutable(configuration.getCustomPostBPMNParseListeners(),
        configuration::setCustomPostBPMNParseListeners);
    parseListeners.add(new FormRefParseListener(configuration, validator));

    addInterceptor(configuration::getCustomPostCommandInterceptorsTxRequired,
        configuration::setCustomPostCommandInterceptorsTxRequired);
    addInterceptor(configuration::getCustomPostCommandInterceptorsTxRequiresNew,
        configuration::setCustomPostCommandInterceptorsTxRequiresNew);
  }

  private static void addInterceptor(Supplier<List<CommandInterceptor>> getter,
      Consumer<List<CommandInterceptor>> setter) {
    mutable(getter.get(), setter).add(new FormRejectionUnwrapper());
  }

  private static <T> List<T> mutable(List<T> list, Consumer<List<T>> setter) {
    List<T> copy = list == null ? new ArrayList<>() : new ArrayList<>(list);
    setter.accept(copy);
    return copy;
  }
}
