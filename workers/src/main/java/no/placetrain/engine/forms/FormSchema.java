package no.placetrain.engine.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The validation rules of one Camunda Form (form-js schema, as exported by Camunda Modeler),
 * parsed once and immutable. Every input component with a {@code key} is collected, also inside
 * groups, with its {@code validate} rules, static options and {@code conditional.hide}
 * expressions (its own and those of enclosing groups).
 *
 * <p>Not checked, because Tasklist never submits them or they are not rules: disabled fields,
 * fields hidden by {@code "hide": true}, non-input components (text, image, button, …).
 * Fields whose value lives in a nested object (inside a group with a {@code path}, inside a
 * dynamic list, or a key containing a dot) are skipped with a warning.
 */
public final class FormSchema {

  private static final Logger LOG = LoggerFactory.getLogger(FormSchema.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> INPUT_TYPES = Set.of(
      "textfield", "textarea", "number", "checkbox", "checklist", "radio", "select", "datetime", "taglist");

  /** The form-js custom property by which a text field opts out of the sensitive-text check. */
  public static final String SENSITIVE_TEXT_CHECK_PROPERTY = "sensitiveTextCheck";

  private final String id;
  private final List<FormField> fields;
  private final Set<String> keys;

  private FormSchema(String id, List<FormField> fields, Set<String> keys) {
    this.id = id;
    this.fields = List.copyOf(fields);
    this.keys = Set.copyOf(keys);
  }

  /**
   * @param json the {@code .form} file's content (UTF-8)
   * @throws IllegalArgumentException if it is not a form-js JSON object
   */
  public static FormSchema parse(byte[] json) {
    try {
      JsonNode root = JSON.readTree(json);
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException("A form schema must be a JSON object");
      }
      String id = text(root, "id");
      List<FormField> fields = new ArrayList<>();
      collect(root.path("components"), List.of(), id, fields);
      Set<String> keys = new LinkedHashSet<>();
      collectKeys(root.path("components"), keys);
      return new FormSchema(id, fields, keys);
    } catch (IOException e) {
      throw new IllegalArgumentException("Not a readable form schema: " + e.getMessage(), e);
    }
  }

  /** @see #parse(byte[]) */
  public static FormSchema parse(String json) {
    return parse(json.getBytes(StandardCharsets.UTF_8));
  }

  /** @return the form's {@code id} (what {@code camunda:formRef} refers to), or {@code null} */
  public String id() {
    return id;
  }

  /** @return the checked input fields in document order */
  public List<FormField> fields() {
    return fields;
  }

  /**
   * The variables a submission of this form may carry: the key (its first segment) of every
   * component with one, and the {@code path} (first segment) of every group and dynamic list —
   * also of disabled, hidden and nested ones, which form-js may submit.
   */
  public Set<String> keys() {
    return keys;
  }

  /**
   * Checks every visible field.
   *
   * @param values the value of a variable by name ({@code null} when absent)
   * @param hideCondition evaluates {@code conditional.hide} expressions
   * @return the violations in form order; empty if the submission is valid
   */
  public List<Violation> validate(Function<String, ?> values, HideCondition hideCondition) {
    return validate(values, hideCondition, Set.of());
  }

  /**
   * Checks every visible field, and every hidden field whose variable the caller submitted
   * (Tasklist never submits a hidden field: a value sent for one over the REST API must still
   * keep the field's rules — allowed values, pattern, length, sensitive text — though it is not
   * required).
   *
   * @param submitted the names of the variables submitted with this completion or start
   */
  public List<Violation> validate(Function<String, ?> values, HideCondition hideCondition,
      Set<String> submitted) {
    List<Violation> violations = new ArrayList<>();
    Map<String, Boolean> hidden = new HashMap<>();
    for (FormField field : fields) {
      boolean isHidden = field.hideExpressions().stream()
          .anyMatch(expression -> hidden.computeIfAbsent(expression, hideCondition::isHidden));
      if (!isHidden) {
        FieldRules.check(field, values.apply(field.key()),
            rule -> violations.add(new Violation(field.key(), rule)));
      } else if (submitted.contains(field.key())) {
        FieldRules.check(field, values.apply(field.key()), false,
            rule -> violations.add(new Violation(field.key(), rule)));
      }
    }
    return violations;
  }

  private static void collectKeys(JsonNode components, Set<String> out) {
    if (!components.isArray()) {
      return;
    }
    for (JsonNode component : components) {
      for (String name : new String[] {"key", "path"}) {
        String value = text(component, name);
        if (value != null && !value.isBlank()) {
          out.add(value.split("\\.", 2)[0]);
        }
      }
      collectKeys(component.path("components"), out);
    }
  }

  private static void collect(JsonNode components, List<String> hideOfParents, String formId, List<FormField> out) {
    if (!components.isArray()) {
      return;
    }
    for (JsonNode component : components) {
      if (isTrue(component.get("disabled")) || isTrue(component.path("conditional").get("hide"))) {
        continue; // never submitted by Tasklist
      }
      List<String> hide = hideOfParents;
      String ownHide = text(component.path("conditional"), "hide");
      if (ownHide != null && ownHide.startsWith("=")) {
        hide = new ArrayList<>(hideOfParents);
        hide.add(ownHide);
      }
      String type = text(component, "type");
      String key = text(component, "key");
      if (type != null && INPUT_TYPES.contains(type) && key != null && !key.isBlank()) {
        if (key.contains(".")) {
          LOG.warn("Form '{}': field '{}' has a nested key and is not checked on the server", formId, key);
        } else {
          out.add(field(component, type, key, hide, formId));
        }
      }
      if (component.path("components").isArray()) {
        String path = text(component, "path");
        if ((path != null && !path.isBlank()) || "dynamiclist".equals(type)) {
          LOG.warn("Form '{}': fields inside '{}' are nested (path or dynamic list) and are not checked on the server",
              formId, text(component, "id"));
        } else {
          collect(component.path("components"), hide, formId, out);
        }
      }
    }
  }

  private static FormField field(JsonNode component, String type, String key, List<String> hide, String formId) {
    JsonNode validate = component.path("validate");
    return new FormField(
        key,
        type,
        text(component, "subtype"),
        validate.path("required").asBoolean(false),
        pattern(text(validate, "pattern"), formId, key),
        integer(validate, "minLength"),
        integer(validate, "maxLength"),
        decimal(validate.get("min")),
        decimal(validate.get("max")),
        integer(component, "decimalDigits"),
        positive(decimal(component.get("increment"))),
        text(validate, "validationType"),
        allowedValues(component),
        hide,
        !"off".equalsIgnoreCase(text(component.path("properties"), SENSITIVE_TEXT_CHECK_PROPERTY)));
  }

  private static List<String> allowedValues(JsonNode component) {
    JsonNode values = component.get("values");
    if (values == null || !values.isArray()
        || component.hasNonNull("valuesKey") || component.hasNonNull("valuesExpression")) {
      return null;
    }
    List<String> allowed = new ArrayList<>();
    for (JsonNode option : values) {
      JsonNode value = option.get("value");
      if (value != null && !value.isNull()) {
        allowed.add(value.asText());
      }
    }
    return allowed;
  }

  private static Pattern pattern(String regex, String formId, String key) {
    if (regex == null || regex.isEmpty()) {
      return null;
    }
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      LOG.warn("Form '{}': pattern of field '{}' is not a valid Java regular expression and is not checked",
          formId, key);
      return null;
    }
  }

  private static boolean isTrue(JsonNode value) {
    return value != null && value.isBoolean() && value.booleanValue();
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  private static Integer integer(JsonNode node, String name) {
    BigDecimal value = decimal(node.get(name));
    if (value == null) {
      return null;
    }
    try {
      return value.intValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private static BigDecimal decimal(JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isTextual() && !value.asText().isBlank()) {
      try {
        return new BigDecimal(value.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static BigDecimal positive(BigDecimal value) {
    return value != null && value.signum() > 0 ? value : null;
  }

  @Override
  public String toString() {
    return "FormSchema[" + id + ", " + fields.size() + " fields]";
  }
}
