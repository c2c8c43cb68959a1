package no.placetrain.engine;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A process variable is missing or has the wrong type: the model and the code disagree. The
 * message names the variable and the expected type, never the value.
 */
public class ProcessVariableException extends ProcessEngineException {

  /** @param message names the variable and what was wrong */
  public ProcessVariableException(String message) {
    super(message);
  }
}
