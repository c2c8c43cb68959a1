package no.placetrain.process.placeandtrain;

import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.EMPLOYER_APPROVAL;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.EMPLOYER_NAME;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.MENTOR_GROUP;
import static no.placetrain.process.placeandtrain.PlaceAndTrainProcess.MENTOR_ID;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import no.placetrain.domain.agreement.Employer;
import no.placetrain.domain.agreement.InvalidAgreementException;
import no.placetrain.domain.agreement.PartyGroups;
import no.placetrain.process.partydesk.PartyDeskProcess;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * {@code Task_EmployerApproves} (the user task of {@code party-desk}): when the employer approves, {@code mentorId} is a user of the
 * employer's mentor group, {@code mentorGroup} ({@code employer-<employer>-mentor}, written by
 * {@code registerReferralWorker}; for an instance started before it was written, derived from
 * {@code employerName}).
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
    super(PartyDeskProcess.KEY, PlaceAndTrainProcess.Elements.TASK_EMPLOYER_APPROVES);
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
      Optional<String> group = mentorGroup(variables);
      if (group.isEmpty()) {
        violations.add(MENTOR_ID.name(), "cannot be checked: the participation names no employer");
      } else if (!isMember(mentorId, group.get())) {
        violations.add(MENTOR_ID.name(), "must be a user of the group " + group.get());
      }
    });
  }

  /** {@code mentorGroup}, or the mentor group of {@code employerName} (an older instance). */
  private static Optional<String> mentorGroup(VariableScope variables) {
    return MENTOR_GROUP.find(variables).filter(g -> !g.isBlank())
        .or(() -> EMPLOYER_NAME.find(variables).flatMap(MentorCheck::mentorsOfEmployerNamed));
  }

  private static Optional<String> mentorsOfEmployerNamed(String name) {
    try {
      return Optional.of(PartyGroups.mentorsOf(new Employer(name, null, List.of())));
    } catch (InvalidAgreementException e) {
      return Optional.empty();
    }
  }

  private boolean isMember(String userId, String groupId) {
    return withoutAuthorization(() -> identityService.get().createUserQuery()
        .userId(userId).memberOfGroup(groupId).count() > 0);
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
