package no.placetrain.process.employerdesk;

import java.util.List;
import no.placetrain.process.placeandtrain.PlaceAndTrainProcess;

/**
 * The {@code employer-desk} process: one of the employer's tasks in a participation, started by
 * the call activity of {@code place-and-train} with the same id. Its user task has that id too
 * ({@code desk} names it), so completion checks and tests keep the task ids; its variables are only
 * what the employer's form shows, and its outputs only the form's fields (docs/access.md,
 * "Employers see the strengths profile only").
 */
public final class EmployerDeskProcess {

  /** Process definition key. */
  public static final String KEY = "employer-desk";
  /** Variable: the id of the task (and of the calling call activity) this instance is for. */
  public static final String DESK = "desk";

  /** The employer's tasks: call activities in place-and-train, user tasks in employer-desk. */
  public static final List<String> TASKS = List.of(
      PlaceAndTrainProcess.Elements.TASK_PRESENT_TO_EMPLOYER,
      PlaceAndTrainProcess.Elements.TASK_SPEED_INTERVIEW,
      PlaceAndTrainProcess.Elements.TASK_INTERVIEW,
      PlaceAndTrainProcess.Elements.TASK_EMPLOYER_APPROVES,
      PlaceAndTrainProcess.Elements.TASK_DECIDE_END_OF_PRACTICE);

  private EmployerDeskProcess() {}
}
