package no.placetrain.engine.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import no.placetrain.domain.SensitiveText;

/**
 * The rules of one form field applied to one value. Every message names the rule and, where it
 * helps, the limit from the form; never the value.
 */
final class FieldRules {

  /** form-js' e-mail pattern (anchored). */
  private static final Pattern EMAIL = Pattern.compile(
      "^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
          + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$");
  /** Looser than form-js' list of country codes, so it never refuses what the browser accepts. */
  private static final Pattern PHONE = Pattern.compile("(\\+|00)\\d{6,}$");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final ObjectMapper JSON = new ObjectMapper();

  private FieldRules() {
  }

  static void check(FormField field, Object value, Consumer<String> violation) {
    check(field, value, field.required(), violation);
  }

  /**
   * @param required whether a missing value is a violation: {@code false} for the value a caller
   *     submitted for a field the form hides (Tasklist never submits it; its other rules still hold)
   */
  static void check(FormField field, Object value, boolean required, Consumer<String> violation) {
    if (isMissing(value)) {
      if (required) {
        violation.accept("is required");
      }
      return;
    }
    switch (field.type()) {
      case "textfield", "textarea" -> text(field, value, violation);
      case "number" -> number(field, value, violation);
      case "checkbox" -> checkbox(field, value, required, violation);
      case "radio", "select" -> singleChoice(field, value, violation);
      case "checklist", "taglist" -> multipleChoice(field, value, required, violation);
      case "datetime" -> datetime(field, value, violation);
      default -> { }
    }
  }

  private static boolean isMissing(Object value) {
    return value == null || (value instanceof CharSequence text && text.toString().isBlank());
  }

  private static void text(FormField field, Object value, Consumer<String> violation) {
    if (!(value instanceof String text)) {
      violation.accept("must be text");
      return;
    }
    if (field.pattern() != null && !field.pattern().matcher(text).matches()) {
      violation.accept("must match the pattern " + field.pattern().pattern());
    }
    int length = text.trim().length(); // as form-js counts
    if (field.minLength() != null && length < field.minLength()) {
      violation.accept("must have at least " + field.minLength() + " characters");
    }
    if (field.maxLength() != null && length > field.maxLength()) {
      violation.accept("must have at most " + field.maxLength() + " characters");
    }
    if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
      violation.accept("must be a valid e-mail address");
    }
    if ("phone".equals(field.validationType()) && !PHONE.matcher(text).find()) {
      violation.accept("must be a valid international phone number");
    }
    if (field.sensitiveTextCheck()) {
      SensitiveText.find(text).ifPresent(category -> violation.accept(category.rule()));
    }
  }

  private static void number(FormField field, Object value, Consumer<String> violation) {
    BigDecimal number = toDecimal(value);
    if (number == null) {
      violation.accept("must be a number");
      return;
    }
    Integer digits = field.decimalDigits();
    if (digits != null && digits >= 0 && Math.max(0, number.stripTrailingZeros().scale()) > digits) {
      violation.accept(digits == 0 ? "must be a whole number" : "must have at most " + digits + " decimal digits");
    }
    if (field.increment() != null && number.remainder(field.increment()).signum() != 0) {
      violation.accept("must be a multiple of " + plain(field.increment()));
    }
    if (field.min() != null && number.compareTo(field.min()) < 0) {
      violation.accept("must be at least " + plain(field.min()));
    }
    if (field.max() != null && number.compareTo(field.max()) > 0) {
      violation.accept("must be at most " + plain(field.max()));
    }
  }

  private static void checkbox(FormField field, Object value, boolean required, Consumer<String> violation) {
    if (!(value instanceof Boolean checked)) {
      violation.accept("must be true or false");
    } else if (required && !checked) {
      violation.accept("is required");
    }
  }

  private static void singleChoice(FormField field, Object value, Consumer<String> violation) {
    List<String> allowed = field.allowedValues();
    if (allowed != null && !allowed.contains(String.valueOf(value))) {
      violation.accept("must be one of " + allowed);
    }
  }

  private static void multipleChoice(FormField field, Object value, boolean required, Consumer<String> violation) {
    List<String> items = toList(value);
    if (items == null) {
      violation.accept("must be a list");
      return;
    }
    if (items.isEmpty()) {
      if (required) {
        violation.accept("is required");
      }
      return;
    }
    List<String> allowed = field.allowedValues();
    if (allowed != null && !allowed.containsAll(items)) {
      violation.accept("must only contain values of " + allowed);
    }
  }

  private static void datetime(FormField field, Object value, Consumer<String> violation) {
    if (!"date".equals(field.subtype()) || value instanceof Date || value instanceof TemporalAccessor) {
      return; // time and date-time values: only "required" is checked
    }
    if (!(value instanceof String text) || !isIsoDate(text)) {
      violation.accept("must be a date (yyyy-MM-dd)");
    }
  }

  private static boolean isIsoDate(String text) {
    if (!ISO_DATE.matcher(text).matches()) {
      return false;
    }
    try {
      LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** @return the value as a number, or {@code null} if it is none (NaN and infinity are none) */
  static BigDecimal toDecimal(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? new BigDecimal(value.toString()) : null;
    }
    if (value instanceof Number number) {
      try {
        return new BigDecimal(number.toString());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (value instanceof String text) {
      try {
        return new BigDecimal(text.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /**
   * @return the items of a list value (a collection, an array, or a JSON array such as a Spin JSON
   *     variable or a JSON string) as text, or {@code null} if the value is not a list
   */
  private static List<String> toList(Object value) {
    if (value instanceof Collection<?> collection) {
      return collection.stream().map(String::valueOf).toList();
    }
    if (value.getClass().isArray()) {
      List<String> items = new ArrayList<>();
      for (int i = 0; i < Array.getLength(value); i++) {
        items.add(String.valueOf(Array.get(value, i)));
      }
      return items;
    }
    String json = value.toString().trim();
    if (!json.startsWith("[")) {
      return null;
    }
    try {
      JsonNode array = JSON.readTree(json);
      List<String> items = new ArrayList<>();
      array.forEach(item -> items.add(item.isValueNode() ? item.asText() : item.toString()));
      return items;
    } catch (IOException e) {
      return null;
    }
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }
}
