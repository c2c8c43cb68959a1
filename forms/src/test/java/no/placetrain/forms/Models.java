package no.placetrain.forms;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;

/** The BPMN and DMN models of {@code placetrain/processes} on the test classpath. */
final class Models {

  private Models() {}

  /** file name → parsed model */
  static Map<String, BpmnModelInstance> bpmn() {
    Map<String, BpmnModelInstance> models = new TreeMap<>();
    ClasspathFolder.read(Contract.PROCESSES_FOLDER, ".bpmn").forEach((name, bytes) ->
        models.put(name, parse(name, () -> Bpmn.readModelFromStream(new ByteArrayInputStream(bytes)))));
    return models;
  }

  static List<DmnModelInstance> dmn() {
    List<DmnModelInstance> models = new ArrayList<>();
    ClasspathFolder.read(Contract.PROCESSES_FOLDER, ".dmn").forEach((name, bytes) ->
        models.add(parse(name, () -> Dmn.readModelFromStream(new ByteArrayInputStream(bytes)))));
    return models;
  }

  /** Parses with the model API (which validates against the schema, as the engine does). */
  private static <T> T parse(String name, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      throw new AssertionError(Contract.PROCESSES_FOLDER + "/" + name
          + " does not parse with the Camunda model API (the engine would refuse it): "
          + root.getMessage(), e);
    }
  }
}
