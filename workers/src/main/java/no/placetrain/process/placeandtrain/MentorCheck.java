package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.EMPLOYER_APPROVAL;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.MENTOR_ID;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import no.placetrain.process.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * {@code Task_EmployerApproves}: when the employer approves, {@code mentorId} is a user of the
 * group {@value Groups#MENTOR}.
 *
 * <p>The lookup runs without authorization checks: the employer contact completing the task may
 * not read users, yet the rule must hold for everyone.
 */
public class MentorCheck extends PlaceAndTrainCheck {

  private final Supplier<IdentityService> identityService;

  /**
   * @param identityService where users and groups live; asked at check time (the engine that
   *     provides it is built after the checks)
   */
  public MentorCheck(Supplier<IdentityService> identityService) {
    super(PlaceAndTrainProcess.Elements.TASK_EMPLOYER_APPROVES);
    this.identityService = identityService;
  }

  @Override
  public void check(VariableScope variables, Violations violations) {
    boolean approve = EMPLOYER_APPROVAL.find(variables)
        .filter(PlaceAndTrainProcess.Decisions.APPROVE::equals).isPresent();
    if (!approve) {
      return;
    }
    CheckValues.string(variables, MENTOR_ID, violations).ifPresent(mentorId -> {
      if (!isMentor(mentorId)) {
        violations.add(MENTOR_ID.name(), "must be a user of the group " + Groups.MENTOR);
      }
    });
  }

  private boolean isMentor(String userId) {
    return withoutAuthorization(() -> identityService.get().createUserQuery()
        .userId(userId).memberOfGroup(Groups.MENTOR).count() > 0);
  }

  private static boolean withoutAuthorization(Callable<Boolean> query) {
    CommandContext commandContext = Context.getCommandContext();
    try {
      return commandContext == null
          ? query.call()
          : commandContext.runWithoutAuthorization(query);
    } catch (ProcessEngineException e) {
      throw e;
    } catch (Exception e) {
      throw new ProcessEngineException("Looking up the mentor failed", e);
    }
  }
}
