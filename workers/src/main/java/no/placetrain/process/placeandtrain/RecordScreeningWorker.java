package no.placetrain.process.placeandtrain;

import no.placetrain.domain.StrengthsProfile;
import no.placetrain.engine.PlaceTrainWorker;
import no.placetrain.engine.ProcessVariable;
import no.placetrain.service.ParticipationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${recordScreeningWorker}} on {@code Task_RecordScreening}: stores the strengths profile
 * as one JSON variable {@code strengthsProfile} and on the participation ({@code PT_PARTICIPATION},
 * in the engine's transaction; skipped for an instance from before participations were stored).
 *
 * <p>Inputs: {@code skills}, {@code interests}, {@code languages}, {@code motivation} (each
 * required, at most 1000 characters). Re-running overwrites the profile with the same value.
 */
public class RecordScreeningWorker extends PlaceTrainWorker {

  /** Input parameter: the candidate's skills. */
  public static final ProcessVariable<String> SKILLS = ProcessVariable.string("skills");
  /** Input parameter: the candidate's interests. */
  public static final ProcessVariable<String> INTERESTS = ProcessVariable.string("interests");
  /** Input parameter: the candidate's languages. */
  public static final ProcessVariable<String> LANGUAGES = ProcessVariable.string("languages");
  /** Input parameter: the candidate's motivation. */
  public static final ProcessVariable<String> MOTIVATION = ProcessVariable.string("motivation");

  private static final Logger LOG = LoggerFactory.getLogger(RecordScreeningWorker.class);

  private final ParticipationService participations;

  /** @param participations stores the profile on the participation */
  public RecordScreeningWorker(ParticipationService participations) {
    this.participations = participations;
  }

  @Override
  protected void work(DelegateExecution execution) {
    StrengthsProfile profile = new StrengthsProfile(
        SKILLS.findLocal(execution).orElse(null),
        INTERESTS.findLocal(execution).orElse(null),
        LANGUAGES.findLocal(execution).orElse(null),
        MOTIVATION.findLocal(execution).orElse(null));
    PlaceAndTrainProcess.STRENGTHS_PROFILE.setOnProcessInstance(execution, profile);
    String participationId = PlaceAndTrainProcess.PARTICIPATION_ID.find(execution)
        .orElseGet(execution::getProcessBusinessKey);
    if (participations.find(participationId).isPresent()) {
      participations.recordStrengths(participationId, profile);
    } else {
      LOG.warn("Participation {} has no stored row (started before the ledger); its strengths "
          + "profile is kept in the process only", participationId);
    }
    LOG.info("Strengths profile recorded: participation {}", participationIdOf(execution));
  }
}
