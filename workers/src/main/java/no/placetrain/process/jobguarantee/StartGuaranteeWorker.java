package no.placetrain.process.jobguarantee;

import static no.placetrain.process.jobguarantee.JobGuaranteeProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import no.placetrain.access.EngineAccess;
import no.placetrain.domain.JobGuarantee;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.engine.EngineDates;
import no.placetrain.engine.PlaceTrainWorker;
import no.placetrain.process.commitment.CommitmentInputs;
import no.placetrain.service.CommitmentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ${startGuaranteeWorker}} on {@code Task_StartGuarantee}: sets {@code guaranteeDeadline}
 * (start of the day today + {@code guaranteePeriod}, in the clock's zone; the timer
 * {@code Timer_GuaranteeExpires} reads it) and the initial results {@code offersRecorded} = 0,
 * {@code guaranteeMet} = false, {@code escalationFlagged} = false, so the call activity's
 * out-mapping always has values. Opens the broker's commitment DELIVER_GUARANTEE_OFFER (anchor
 * now, due = {@code guaranteeDeadline}, so the ledger and the timer that escalates it agree) when
 * the agreement has it.
 *
 * <p>The referring office's caseworker, KAM and lead groups of the calling participation
 * ({@code caseworkerGroup}, {@code kamGroup}, {@code officeLeadGroup} of the calling instance)
 * are granted this instance as they are the participation's ({@link EngineAccess#grantInstance}).
 *
 * <p>Re-running keeps an existing deadline and count and finds the opened commitment: the
 * guarantee does not restart.
 */
public class StartGuaranteeWorker extends PlaceTrainWorker {

  private static final Logger LOG = LoggerFactory.getLogger(StartGuaranteeWorker.class);

  private final Clock clock;
  private final CommitmentService commitments;

  /**
   * @param clock today's date and the zone of the deadline
   * @param commitments opens the broker's commitment
   */
  public StartGuaranteeWorker(Clock clock, CommitmentService commitments) {
    this.clock = clock;
    this.commitments = commitments;
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
    String participationId = CommitmentInputs.participationId(execution);
    EngineAccess.grantInstance(execution.getProcessInstanceId(), EngineAccess.officeGroupsOfCaller(execution));
    if (commitments.tracks(participationId)) {
      commitments.openDueAt(participationId, CommitmentKind.DELIVER_GUARANTEE_OFFER, 0,
          clock.instant(), GUARANTEE_DEADLINE.get(execution).toInstant());
    } else {
      LOG.warn("Participation {} has no stored row (started before the ledger); its guarantee "
          + "commitment is not tracked", participationId);
    }
    LOG.info("Job guarantee started: participation {}", participationId);
  }
}
