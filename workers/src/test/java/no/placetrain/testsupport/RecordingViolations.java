package no.placetrain.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import no.placetrain.engine.forms.CompletionCheck;

/** Collects a check's violations by field. */
public class RecordingViolations implements CompletionCheck.Violations {

  private final Map<String, String> byField = new LinkedHashMap<>();

  @Override
  public void add(String fieldKey, String message) {
    byField.merge(fieldKey, message, (a, b) -> a + "; " + b);
  }

  /** Violations reported so far: field → message(s). */
  public Map<String, String> byField() {
    return byField;
  }
}
