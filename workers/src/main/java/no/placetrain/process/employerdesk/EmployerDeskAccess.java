package no.placetrain.process.employerdesk;

import no.placetrain.access.EngineAccess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * {@code ${employerDeskAccess}}, the start listener of {@code employer-desk}: grants the referring
 * office's caseworker, KAM and lead groups of the calling participation this instance, as they
 * hold the participation's ({@link EngineAccess#grantInstance}). The employer group gets nothing
 * here: it is the candidate of the desk's task (Camunda's defaults) and has no permission on the
 * participation. Runs in the transaction that starts the desk.
 */
public class EmployerDeskAccess implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    EngineAccess.grantInstance(execution.getProcessInstanceId(),
        EngineAccess.officeGroupsOfCaller(execution));
  }
}
