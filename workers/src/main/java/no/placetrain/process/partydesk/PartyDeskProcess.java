package no.placetrain.process.partydesk;

import java.util.List;
import no.placetrain.process.jobguarantee.JobGuaranteeProcess;
import no.placetrain.process.placeandtrain.PlaceAndTrainProcess;

/**
 * The {@code party-desk} process, the desk of the parties outside NAV: one task of the employer,
 * the mentor (the checkpoint, with the KAM) or the broker in a participation, started by the call
 * activity with the same id in {@code place-and-train} (or in {@code job-guarantee}, the broker's
 * offer task). Its user task has that id too ({@code desk} names it), so completion checks and
 * tests keep the task ids; its variables are only what the task's form shows, and its outputs only
 * the form's fields (docs/access.md, "The parties outside NAV see only their forms").
 */
public final class PartyDeskProcess {

  /** Process definition key. */
  public static final String KEY = "party-desk";
  /** Variable: the id of the task (and of the calling call activity) this instance is for. */
  public static final String DESK = "desk";

  /**
   * The tasks of the parties outside NAV: call activities in place-and-train (job-guarantee for
   * the offer task), user tasks in party-desk.
   */
  public static final List<String> TASKS = List.of(
      PlaceAndTrainProcess.Elements.TASK_PRESENT_TO_EMPLOYER,
      PlaceAndTrainProcess.Elements.TASK_SPEED_INTERVIEW,
      PlaceAndTrainProcess.Elements.TASK_INTERVIEW,
      PlaceAndTrainProcess.Elements.TASK_EMPLOYER_APPROVES,
      PlaceAndTrainProcess.Elements.TASK_DECIDE_END_OF_PRACTICE,
      PlaceAndTrainProcess.Elements.TASK_BROKER_APPROVES,
      PlaceAndTrainProcess.Elements.TASK_HOLD_CHECKPOINT,
      JobGuaranteeProcess.Elements.TASK_RECORD_GUARANTEE_OFFER);

  private PartyDeskProcess() {}
}
