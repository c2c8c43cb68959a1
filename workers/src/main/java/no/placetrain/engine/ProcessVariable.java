package no.placetrain.engine;

import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;

/**
 * A typed process variable: its name and Java type in one place, so no string key or cast is
 * repeated in workers, checks or tests.
 *
 * <p>Reading: {@link #find} / {@link #get} look the name up through the scope hierarchy (local
 * input parameters first, then enclosing scopes), {@link #findLocal} / {@link #getLocal} only in
 * the given scope. Writing: {@link #set} uses the engine's ordinary rules (the value lands in the
 * nearest scope that already has the name, else on the process instance), which a local input
 * parameter of the same name would swallow; {@link #setOnProcessInstance} always writes on the
 * process instance. JSON variables are written as Spin JSON object values.
 *
 * @param <T> the Java type: String, Integer, Boolean, Date or, for {@link #json}, any bean/record
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Class<T> type;
  private final boolean json;

  private ProcessVariable(String name, Class<T> type, boolean json) {
    this.name = name;
    this.type = type;
    this.json = json;
  }

  /** A String variable. */
  public static ProcessVariable<String> string(String name) {
    return new ProcessVariable<>(name, String.class, false);
  }

  /** An Integer variable; reads accept any whole number (Long, Double 3.0, …) within range. */
  public static ProcessVariable<Integer> integer(String name) {
    return new ProcessVariable<>(name, Integer.class, false);
  }

  /** A decimal variable (Double); reads accept any number (Long 37, Double 37.5, …). */
  public static ProcessVariable<Double> decimal(String name) {
    return new ProcessVariable<>(name, Double.class, false);
  }

  /** A Boolean variable. */
  public static ProcessVariable<Boolean> bool(String name) {
    return new ProcessVariable<>(name, Boolean.class, false);
  }

  /** A Date variable (e.g. a timer's {@code timeDate}). */
  public static ProcessVariable<Date> date(String name) {
    return new ProcessVariable<>(name, Date.class, false);
  }

  /** An object variable stored as JSON (never Java serialization). */
  public static <T> ProcessVariable<T> json(String name, Class<T> type) {
    if (ValueConversion.isSimpleType(type)) {
      throw new IllegalArgumentException(type.getSimpleName() + " is a simple type, not JSON");
    }
    return new ProcessVariable<>(name, type, true);
  }

  /** The variable's name. */
  public String name() {
    return name;
  }

  /** The value visible from {@code scope}, if set and not {@code null}. */
  public Optional<T> find(VariableScope scope) {
    return Optional.ofNullable(scope.getVariable(name)).map(this::convert);
  }

  /** The value set on {@code scope} itself (e.g. an input parameter), if any. */
  public Optional<T> findLocal(VariableScope scope) {
    return Optional.ofNullable(scope.getVariableLocal(name)).map(this::convert);
  }

  /** @throws ProcessVariableException when the variable is missing or {@code null} */
  public T get(VariableScope scope) {
    return find(scope).orElseThrow(this::missing);
  }

  /** @throws ProcessVariableException when the local variable is missing or {@code null} */
  public T getLocal(VariableScope scope) {
    return findLocal(scope).orElseThrow(this::missing);
  }

  /** Sets the variable with the engine's ordinary scoping rules. */
  public void set(VariableScope scope, T value) {
    scope.setVariable(name, toEngineValue(value));
  }

  /** Sets the variable on the process instance, whatever local variables {@code execution} has. */
  public void setOnProcessInstance(DelegateExecution execution, T value) {
    execution.getProcessInstance().setVariable(name, toEngineValue(value));
  }

  private Object toEngineValue(T value) {
    if (json && value != null) {
      return Variables.objectValue(value)
          .serializationDataFormat(Variables.SerializationDataFormats.JSON)
          .create();
    }
    return value;
  }

  private T convert(Object raw) {
    return ValueConversion.convert(name, type, raw);
  }

  private ProcessVariableException missing() {
    return new ProcessVariableException("Variable '" + name + "' is required but not set");
  }

  @Override
  public String toString() {
    return name + " (" + type.getSimpleName() + (json ? ", JSON" : "") + ")";
  }
}
