package no.placetrain.testsupport;

import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import java.util.HashMap;
import java.util.Map;
import no.placetrain.engine.ProcessVariable;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A {@link DelegateExecution} with the engine's variable scoping: an activity execution (holding
 * the input parameters as local variables) below a process instance. {@code setVariable} writes
 * to the nearest scope that has the name, else to the process instance, as the engine does.
 * Methods not implemented here answer Mockito defaults.
 */
public abstract class FakeExecution implements DelegateExecution {

  private final Map<String, Object> local = new HashMap<>();
  private FakeExecution parent;
  private String businessKey;

  /** A process instance without variables. */
  public static FakeExecution processInstance() {
    return mock(FakeExecution.class, withSettings().useConstructor().defaultAnswer(CALLS_REAL_METHODS));
  }

  /** An activity execution below a new process instance. */
  public static FakeExecution activity() {
    FakeExecution activity = processInstance();
    activity.parent = processInstance();
    return activity;
  }

  /** Answers {@code getProcessEngineServices()} with {@code engine} (e.g. a Mockito mock). */
  public FakeExecution withEngine(ProcessEngineServices engine) {
    doReturn(engine).when(this).getProcessEngineServices();
    return this;
  }

  /** Sets the business key of the process instance. */
  public FakeExecution businessKey(String businessKey) {
    root().businessKey = businessKey;
    return this;
  }

  /** Sets an input parameter (a local variable of the activity). */
  public FakeExecution input(String name, Object value) {
    local.put(name, value);
    return this;
  }

  /** Sets a variable on the process instance. */
  public <T> FakeExecution with(ProcessVariable<T> variable, T value) {
    root().local.put(variable.name(), value);
    return this;
  }

  /** The raw value stored on the process instance (e.g. a typed JSON value). */
  public Object rawOnProcessInstance(String name) {
    return root().local.get(name);
  }

  /** Whether the process instance holds {@code name}. */
  public boolean processInstanceHas(String name) {
    return root().local.containsKey(name);
  }

  /** The raw local value of this execution. */
  public Object rawLocal(String name) {
    return local.get(name);
  }

  private FakeExecution root() {
    return parent == null ? this : parent.root();
  }

  @Override
  public Object getVariable(String name) {
    if (local.containsKey(name)) {
      return unwrap(local.get(name));
    }
    return parent == null ? null : parent.getVariable(name);
  }

  @Override
  public Object getVariableLocal(String name) {
    return unwrap(local.get(name));
  }

  @Override
  public void setVariable(String name, Object value) {
    if (local.containsKey(name) || parent == null) {
      local.put(name, value);
    } else {
      parent.setVariable(name, value);
    }
  }

  @Override
  public void setVariableLocal(String name, Object value) {
    local.put(name, value);
  }

  @Override
  public DelegateExecution getProcessInstance() {
    return root();
  }

  @Override
  public String getProcessBusinessKey() {
    return root().businessKey;
  }

  @Override
  public void setProcessBusinessKey(String businessKey) {
    root().businessKey = businessKey;
  }

  private static Object unwrap(Object value) {
    return value instanceof TypedValue typed ? typed.getValue() : value;
  }
}
