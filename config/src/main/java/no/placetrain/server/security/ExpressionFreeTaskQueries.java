package no.placetrain.server.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;

/**
 * The engine-side half of CVE-2026-109432. Camunda's own switches
 * ({@code enableExpressionsInAdhocQueries}, {@code enableExpressionsInStoredQueries}) check only
 * a task query's top level: its {@code orQueries} are made without validators, so an expression
 * there is evaluated whatever the switches say. This engine plugin adds a command interceptor
 * that refuses ({@link BadUserRequestException}: 400 over REST) a task query holding an
 * expression at any level when it is run through the engine's services, when a filter holding one
 * is saved, and when a filter runs (its stored query or the extending query).
 * {@link TaskQueryExpressionFilter} refuses such queries over HTTP before they get here.
 */
public class ExpressionFreeTaskQueries extends AbstractProcessEnginePlugin {

  static final String MESSAGE = "Expressions are not allowed in task queries, nor in their"
      + " orQueries (CVE-2026-109432)";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostCommandInterceptorsTxRequired(
        with(configuration.getCustomPostCommandInterceptorsTxRequired()));
    configuration.setCustomPostCommandInterceptorsTxRequiresNew(
        with(configuration.getCustomPostCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> with(List<CommandInterceptor> interceptors) {
    List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
    all.add(new Interceptor());
    return all;
  }

  /** Whether a task query holds an expression, at its top level or in any of its orQueries. */
  public static boolean holdsExpression(Object query) {
    if (!(query instanceof TaskQueryImpl task)) {
      return false;
    }
    if (!task.getExpressions().isEmpty()) {
      return true;
    }
    if (task.getQueries() != null) {
      for (TaskQueryImpl or : task.getQueries()) {
        if (or != null && !or.getExpressions().isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  static final class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      check(command);
      return next.execute(command);
    }

    private static void check(Command<?> command) {
      if (command instanceof TaskQueryImpl query) {
        refuseIf(holdsExpression(query));
      } else if (command instanceof SaveFilterCmd) {
        Object filter = field(SaveFilterCmd.class, "filter", command);
        refuseIf(filter instanceof Filter saved && holdsExpression(saved.getQuery()));
      } else if (command instanceof AbstractExecuteFilterCmd) {
        refuseIf(holdsExpression(field(AbstractExecuteFilterCmd.class, "extendingQuery", command)));
        Object filterId = field(AbstractExecuteFilterCmd.class, "filterId", command);
        CommandContext context = Context.getCommandContext();
        if (filterId instanceof String id && context != null) {
          FilterEntity stored = context.getFilterManager().findFilterById(id);
          refuseIf(stored != null && holdsExpression(stored.getQuery()));
        }
      }
    }

    private static void refuseIf(boolean holdsExpression) {
      if (holdsExpression) {
        throw new BadUserRequestException(MESSAGE);
      }
    }

    /** A protected field of Camunda's command (they have no getters). */
    private static Object field(Class<?> type, String name, Object command) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(command);
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new IllegalStateException("Cannot check " + type.getSimpleName() + "." + name
            + " for expressions (has Camunda changed?)", e);
      }
    }
  }
}
