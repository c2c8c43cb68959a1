package no.placetrain.process.jobguarantee;

import static no.placetrain.process.jobguarantee.JobGuaranteeProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import no.placetrain.domain.JobGuarantee;
import no.placetrain.engine.EngineDates;
import no.placetrain.engine.PlaceTrainWorker;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${startGuaranteeWorker}} on {@code Task_StartGuarantee}: sets {@code guaranteeDeadline}
 * (start of the day today + {@code guaranteePeriod}, in the clock's zone; the timer
 * {@code Timer_GuaranteeExpires} reads it) and the initial results {@code offersRecorded} = 0,
 * {@code guaranteeMet} = false, {@code escalationFlagged} = false, so the call activity's
 * out-mapping always has values.
 *
 * <p>Re-running keeps an existing deadline and count: the guarantee does not restart.
 */
public class StartGuaranteeWorker extends PlaceTrainWorker {

  private static final Logger LOG = LoggerFactory.getLogger(StartGuaranteeWorker.class);

  private final Clock clock;

  /** @param clock today's date and the zone of the deadline */
  public StartGuaranteeWorker(Clock clock) {
    this.clock = clock;
  }

  @Override
  protected void work(DelegateExecution execution) {
    if (GUARANTEE_DEADLINE.find(execution).isEmpty()) {
      LocalDate deadline = JobGuarantee.deadline(
          LocalDate.now(clock), GUARANTEE_PERIOD.find(execution).orElse(null));
      GUARANTEE_DEADLINE.setOnProcessInstance(
          execution, EngineDates.startOfDay(deadline, clock.getZone()));
    }
    if (OFFERS_RECORDED.find(execution).isEmpty()) {
      OFFERS_RECORDED.setOnProcessInstance(execution, 0);
    }
    GUARANTEE_MET.setOnProcessInstance(execution, false);
    ESCALATION_FLAGGED.setOnProcessInstance(execution, false);
    LOG.info("Job guarantee started: participation {}", participationIdOf(execution));
  }
}
