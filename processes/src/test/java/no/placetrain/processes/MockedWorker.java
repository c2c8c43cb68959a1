package no.placetrain.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.withSettings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * A Mockito mock of a {@link JavaDelegate}, registered under the bean name the BPMN's
 * {@code camunda:delegateExpression} uses. It behaves like the real worker (sets the variables the
 * real worker would set) and records every call: the activity that called it and the local variables
 * of the activity's execution, i.e. the {@code camunda:inputParameter}s the model mapped in.
 */
final class MockedWorker {

  /** One call of the worker. */
  record Call(String activityId, String businessKey, Map<String, Object> inputs) {}

  private final String beanName;
  private final JavaDelegate delegate;
  private final List<Call> calls = new ArrayList<>();

  private MockedWorker(String beanName, Consumer<DelegateExecution> behaviour) throws Exception {
    this.beanName = beanName;
    this.delegate = mock(JavaDelegate.class, withSettings().name(beanName));
    doAnswer(invocation -> {
          DelegateExecution execution = invocation.getArgument(0);
          calls.add(new Call(execution.getCurrentActivityId(), execution.getProcessBusinessKey(),
              new HashMap<>(execution.getVariablesLocal())));
          behaviour.accept(execution);
          return null;
        })
        .when(delegate)
        .execute(any());
    Mocks.register(beanName, delegate);
  }

  /** Creates the mock and registers it for {@code ${beanName}}. */
  static MockedWorker register(String beanName, Consumer<DelegateExecution> behaviour) {
    try {
      return new MockedWorker(beanName, behaviour);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A worker that sets nothing (only records its calls). */
  static MockedWorker register(String beanName) {
    return register(beanName, execution -> {});
  }

  JavaDelegate delegate() {
    return delegate;
  }

  String beanName() {
    return beanName;
  }

  List<Call> calls() {
    return calls;
  }

  /** The single call of this worker; fails when it was called not exactly once. */
  Call onlyCall() {
    assertThat(calls).as("calls of %s", beanName).hasSize(1);
    return calls.get(0);
  }

  /** The last call of this worker. */
  Call lastCall() {
    assertThat(calls).as("calls of %s", beanName).isNotEmpty();
    return calls.get(calls.size() - 1);
  }

  /** Verifies with Mockito that the worker ran exactly {@code count} times. */
  void verifyCalled(int count) {
    try {
      verify(delegate, times(count)).execute(any());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
