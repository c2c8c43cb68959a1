package no.placetrain.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One Camunda Form (form-js JSON) as read from {@code placetrain/forms/<file>}. */
record CamundaForm(String fileName, String source, JsonNode json) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static CamundaForm parse(String fileName, String source) {
    try {
      return new CamundaForm(fileName, source, MAPPER.readTree(source));
    } catch (IOException e) {
      throw new UncheckedIOException(fileName + " is not valid JSON: " + e.getMessage(), e);
    }
  }

  /** All forms of {@code placetrain/forms} on the classpath, in file-name order. */
  static List<CamundaForm> all() {
    Map<String, byte[]> files = ClasspathFolder.read(Contract.FORMS_FOLDER, ".form");
    List<CamundaForm> forms = new ArrayList<>();
    files.forEach((name, bytes) -> forms.add(parse(name, new String(bytes, StandardCharsets.UTF_8))));
    return forms;
  }

  String id() {
    return json.path("id").asText(null);
  }

  List<JsonNode> components() {
    List<JsonNode> components = new ArrayList<>();
    json.path("components").forEach(components::add);
    return components;
  }

  /** Components that write a variable: every component with a key except plain text. */
  List<JsonNode> inputFields() {
    return components().stream()
        .filter(c -> c.hasNonNull("key") && !"text".equals(c.path("type").asText()))
        .collect(Collectors.toList());
  }

  List<String> inputKeys() {
    return inputFields().stream().map(c -> c.get("key").asText()).collect(Collectors.toList());
  }

  List<JsonNode> texts() {
    return components().stream()
        .filter(c -> "text".equals(c.path("type").asText()))
        .collect(Collectors.toList());
  }

  @Override
  public String toString() {
    return fileName;
  }
}
