package no.placetrain.engine.forms;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;

/**
 * CONTRACT STUB: owned by the form-validation work; replaced by the full implementation.
 * Adds a parse listener that validates every submission of a user task or start event that has a
 * {@code camunda:formRef} against the deployed form's rules and the {@link CompletionCheck}s.
 */
public class FormValidationPlugin extends AbstractProcessEnginePlugin {

  private final List<CompletionCheck> checks;

  public FormValidationPlugin(List<CompletionCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  public List<CompletionCheck> checks() {
    return checks;
  }
}
