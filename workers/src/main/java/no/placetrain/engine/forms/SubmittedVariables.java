package no.placetrain.engine.forms;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names of the variables a caller submitted with the running command: a task completion
 * ({@code TaskService#complete}, {@code FormService#submitTaskForm}, REST {@code /task/{id}/complete}
 * and {@code /submit-form}) or a process start ({@code RuntimeService#startProcessInstance…},
 * {@code FormService#submitStartForm}, REST {@code /start} and {@code /submit-form}). Inside a task
 * listener the submitted values are already set on the execution, mixed with every other variable:
 * only the command itself knows which ones the caller sent. Camunda keeps them in protected fields,
 * read here by reflection; if a later Camunda renames them, the names are unknown (empty, debug
 * log) and only the forms' own rules are checked, as before.
 */
final class SubmittedVariables {

  private static final Logger LOG = LoggerFactory.getLogger(SubmittedVariables.class);

  private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
  private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
  private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
  private static final Field SUBMIT_PROPERTIES = field(SubmitTaskFormCmd.class, "properties");
  private static final Field START_BUILDER = field(StartProcessInstanceCmd.class, "instantiationBuilder");
  private static final Field START_FORM_DEFINITION = field(SubmitStartFormCmd.class, "processDefinitionId");
  private static final Field START_FORM_VARIABLES = field(SubmitStartFormCmd.class, "variables");

  private SubmittedVariables() {
  }

  /**
   * @return the names submitted with the completion of {@code taskId} by the running command, or
   *     empty when the running command is no completion of that task (or they cannot be read)
   */
  static Optional<Set<String>> ofTaskCompletion(String taskId) {
    Command<?> command = currentCommand();
    if (command instanceof CompleteTaskCmd) {
      return read(command, COMPLETE_TASK_ID).filter(taskId::equals)
          .flatMap(id -> names(read(command, COMPLETE_VARIABLES)));
    }
    if (command instanceof SubmitTaskFormCmd) {
      return read(command, SUBMIT_TASK_ID).filter(taskId::equals)
          .flatMap(id -> names(read(command, SUBMIT_PROPERTIES)));
    }
    return Optional.empty();
  }

  /**
   * @return the names submitted with the start of a process instance of
   *     {@code processDefinitionId} (key {@code processDefinitionKey}) by the running command, or
   *     empty when the running command is no such start (e.g. a call activity's, or a start before
   *     an activity, which runs no start event)
   */
  static Optional<Set<String>> ofProcessStart(String processDefinitionId, String processDefinitionKey) {
    Command<?> command = currentCommand();
    if (command instanceof StartProcessInstanceCmd) {
      return read(command, START_BUILDER)
          .filter(ProcessInstantiationBuilderImpl.class::isInstance)
          .map(ProcessInstantiationBuilderImpl.class::cast)
          .filter(builder -> processDefinitionId.equals(builder.getProcessDefinitionId())
              || (builder.getProcessDefinitionId() == null
                  && processDefinitionKey.equals(builder.getProcessDefinitionKey())))
          .flatMap(builder -> names(Optional.ofNullable(builder.getVariables())));
    }
    if (command instanceof SubmitStartFormCmd) {
      return read(command, START_FORM_DEFINITION).filter(processDefinitionId::equals)
          .flatMap(id -> names(read(command, START_FORM_VARIABLES)));
    }
    return Optional.empty();
  }

  private static Command<?> currentCommand() {
    CommandInvocationContext invocation = Context.getCommandInvocationContext();
    return invocation == null ? null : invocation.getCommand();
  }

  private static Optional<Set<String>> names(Optional<Object> variables) {
    return Optional.of(variables
        .filter(Map.class::isInstance)
        .map(map -> Set.copyOf(((Map<?, ?>) map).keySet().stream().map(String::valueOf).toList()))
        .orElse(Set.of()));
  }

  private static Optional<Object> read(Object command, Field field) {
    if (field == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(field.get(command));
    } catch (IllegalAccessException | RuntimeException e) {
      LOG.debug("{}.{} unreadable: submitted variables unknown", field.getDeclaringClass().getSimpleName(),
          field.getName());
      return Optional.empty();
    }
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException | RuntimeException e) {
      LOG.warn("{} has no field '{}': variables submitted with it are not compared with the form's fields",
          type.getSimpleName(), name);
      return null;
    }
  }
}
