package no.placetrain.engine.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The server-checked part of one input component of a form-js schema.
 *
 * @param key the variable the field reads and writes
 * @param type form-js component type ({@code textfield}, {@code number}, {@code radio}, …)
 * @param subtype {@code datetime} subtype ({@code date}, {@code time}, {@code datetime}) or {@code null}
 * @param required {@code validate.required}
 * @param pattern {@code validate.pattern} (checked as a full match), or {@code null}
 * @param minLength {@code validate.minLength}, or {@code null}
 * @param maxLength {@code validate.maxLength}, or {@code null}
 * @param min {@code validate.min} (numbers), or {@code null}
 * @param max {@code validate.max} (numbers), or {@code null}
 * @param decimalDigits {@code decimalDigits} of a number field, or {@code null}
 * @param increment {@code increment} of a number field, or {@code null}
 * @param validationType {@code validate.validationType} ({@code email}, {@code phone}), or {@code null}
 * @param allowedValues the static {@code values[].value} of radio/select/checklist/taglist, or
 *     {@code null} if the options are dynamic ({@code valuesKey}, {@code valuesExpression}) or absent
 * @param hideExpressions the {@code conditional.hide} FEEL expressions of the field and of the
 *     groups around it; the field is hidden if any evaluates to {@code true}
 * @param sensitiveTextCheck whether a text field's value is checked against
 *     {@link no.placetrain.domain.SensitiveText} (true unless the component opts out with
 *     {@code "properties": {"sensitiveTextCheck": "off"}}; meaningless for other types)
 */
public record FormField(
    String key,
    String type,
    String subtype,
    boolean required,
    Pattern pattern,
    Integer minLength,
    Integer maxLength,
    BigDecimal min,
    BigDecimal max,
    Integer decimalDigits,
    BigDecimal increment,
    String validationType,
    List<String> allowedValues,
    List<String> hideExpressions,
    boolean sensitiveTextCheck) {

  /** A field checked for sensitive text (the default). */
  public FormField(String key, String type, String subtype, boolean required, Pattern pattern,
      Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max, Integer decimalDigits,
      BigDecimal increment, String validationType, List<String> allowedValues,
      List<String> hideExpressions) {
    this(key, type, subtype, required, pattern, minLength, maxLength, min, max, decimalDigits,
        increment, validationType, allowedValues, hideExpressions, true);
  }

  public FormField {
    allowedValues = allowedValues == null ? null : List.copyOf(allowedValues);
    hideExpressions = hideExpressions == null ? List.of() : List.copyOf(hideExpressions);
  }
}
