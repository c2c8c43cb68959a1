package no.placetrain.engine.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;

/** The test form {@code formvalidation/all-rules.form}, a valid submission, and the real FEEL engine. */
final class AllRulesForm {

  static final FormSchema SCHEMA = load();
  static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

  private AllRulesForm() {
  }

  private static FormSchema load() {
    try (InputStream in = AllRulesForm.class.getResourceAsStream("/formvalidation/all-rules.form")) {
      return FormSchema.parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A submission that passes every rule of all-rules.form. */
  static Map<String, Object> valid() {
    Map<String, Object> values = new HashMap<>();
    values.put("ref", "AB123");
    values.put("note", "hello");
    values.put("email", "kari.nordmann@example.no");
    values.put("phone", "+4722334455");
    values.put("count", 5);
    values.put("hours", 7.5);
    values.put("steps", 10L);
    values.put("accepted", true);
    values.put("newsletter", false);
    values.put("color", "GREEN");
    values.put("size", "M");
    values.put("dynamic", "anything");
    values.put("tags", List.of("A", "B"));
    values.put("labels", "[\"X\"]");
    values.put("start", "2025-01-31");
    values.put("meeting", "2025-01-31T10:00");
    values.put("extra", "e");
    values.put("extraDetail", "d");
    values.put("reason", "r");
    return values;
  }

  static Map<String, Object> with(String key, Object value) {
    Map<String, Object> values = valid();
    values.put(key, value);
    return values;
  }

  /** Validates with FEEL evaluating the hide conditions against the same values. */
  static List<Violation> validate(Map<String, Object> values) {
    return SCHEMA.validate(values::get, new FeelHideCondition(FEEL, Variables.fromMap(values).asVariableContext()));
  }
}
