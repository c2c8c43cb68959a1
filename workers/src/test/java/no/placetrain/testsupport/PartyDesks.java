package no.placetrain.testsupport;

import java.util.ArrayList;
import java.util.List;
import no.placetrain.process.partydesk.PartyDeskProcess;
import org.camunda.bpm.engine.RuntimeService;

/** A participation's instance and its running {@code party-desk}s: where its open tasks are. */
public final class PartyDesks {

  private PartyDesks() {}

  /** {@code processInstanceId} and the ids of the desks it called that still run. */
  public static String[] withDesks(RuntimeService runtime, String processInstanceId) {
    List<String> ids = new ArrayList<>(List.of(processInstanceId));
    runtime.createProcessInstanceQuery().superProcessInstanceId(processInstanceId)
        .processDefinitionKey(PartyDeskProcess.KEY).list()
        .forEach(desk -> ids.add(desk.getId()));
    return ids.toArray(String[]::new);
  }
}
