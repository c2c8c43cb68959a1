package no.placetrain.process.partydesk;

import no.placetrain.access.EngineAccess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * {@code ${partyDeskAccess}}, the start listener of {@code party-desk}: grants the referring
 * office's caseworker, KAM and lead groups of the calling participation this instance (also when
 * called by the participation's {@code job-guarantee}), as they hold the participation's
 * ({@link EngineAccess#grantInstance}). The party outside NAV (employer, mentor, broker) gets
 * nothing here: it is the candidate of the desk's task (Camunda's defaults) and has no permission
 * on the participation. Runs in the transaction that starts the desk.
 */
public class PartyDeskAccess implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    EngineAccess.grantInstance(execution.getProcessInstanceId(),
        EngineAccess.officeGroupsOfCaller(execution));
  }
}
