package no.placetrain.testsupport;

import java.util.ArrayList;
import java.util.List;
import no.placetrain.process.employerdesk.EmployerDeskProcess;
import org.camunda.bpm.engine.RuntimeService;

/** A participation's instance and its running {@code employer-desk}s: where its open tasks are. */
public final class EmployerDesks {

  private EmployerDesks() {}

  /** {@code processInstanceId} and the ids of the desks it called that still run. */
  public static String[] withDesks(RuntimeService runtime, String processInstanceId) {
    List<String> ids = new ArrayList<>(List.of(processInstanceId));
    runtime.createProcessInstanceQuery().superProcessInstanceId(processInstanceId)
        .processDefinitionKey(EmployerDeskProcess.KEY).list()
        .forEach(desk -> ids.add(desk.getId()));
    return ids.toArray(String[]::new);
  }
}
