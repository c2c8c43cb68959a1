package no.placetrain.engine.forms;

import static no.placetrain.engine.forms.AllRulesForm.valid;
import static no.placetrain.engine.forms.AllRulesForm.validate;
import static no.placetrain.engine.forms.AllRulesForm.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule of a form field: a failing and a passing case each. */
class FormRulesTest {

  @Test
  void validSubmissionPasses() {
    assertThat(validate(valid())).isEmpty();
  }

  static Stream<Arguments> violations() {
    return Stream.of(
        Arguments.of("ref", null, "is required"),
        Arguments.of("ref", "   ", "is required"),
        Arguments.of("ref", "xAB123", "must match the pattern [A-Z]{2}[0-9]{3}"),
        Arguments.of("ref", 12345, "must be text"),
        Arguments.of("note", "ab", "must have at least 3 characters"),
        Arguments.of("note", "12345678901", "must have at most 10 characters"),
        Arguments.of("email", "not-an-email", "must be a valid e-mail address"),
        Arguments.of("phone", "12345", "must be a valid international phone number"),
        Arguments.of("count", null, "is required"),
        Arguments.of("count", 0, "must be at least 1"),
        Arguments.of("count", 11, "must be at most 10"),
        Arguments.of("count", 2.5, "must be a whole number"),
        Arguments.of("count", "abc", "must be a number"),
        Arguments.of("count", Double.NaN, "must be a number"),
        Arguments.of("count", true, "must be a number"),
        Arguments.of("hours", 7.25, "must have at most 1 decimal digits"),
        Arguments.of("hours", 40.5, "must be at most 40"),
        Arguments.of("steps", 7, "must be a multiple of 5"),
        Arguments.of("accepted", false, "is required"),
        Arguments.of("accepted", null, "is required"),
        Arguments.of("accepted", "true", "must be true or false"),
        Arguments.of("newsletter", "yes", "must be true or false"),
        Arguments.of("color", "BLUE", "must be one of [RED, GREEN]"),
        Arguments.of("color", "", "is required"),
        Arguments.of("size", "XL", "must be one of [S, M, L]"),
        Arguments.of("tags", List.of(), "is required"),
        Arguments.of("tags", List.of("A", "Z"), "must only contain values of [A, B, C]"),
        Arguments.of("tags", "A", "must be a list"),
        Arguments.of("labels", "[\"X\",\"Q\"]", "must only contain values of [X, Y]"),
        Arguments.of("start", null, "is required"),
        Arguments.of("start", "31.01.2025", "must be a date (yyyy-MM-dd)"),
        Arguments.of("start", "2025-02-30", "must be a date (yyyy-MM-dd)"),
        Arguments.of("start", 20250131, "must be a date (yyyy-MM-dd)"),
        Arguments.of("extra", null, "is required"),
        Arguments.of("reason", null, "is required"));
  }

  @ParameterizedTest(name = "{0} = {1} -> {2}")
  @MethodSource("violations")
  void eachRuleRefusesWithFieldAndRule(String key, Object value, String rule) {
    assertThat(validate(with(key, value))).containsExactly(new Violation(key, rule));
  }

  static Stream<Arguments> accepted() {
    return Stream.of(
        Arguments.of("ref", "AB123"),
        Arguments.of("note", null),
        Arguments.of("note", "  abc  "),
        Arguments.of("email", null),
        Arguments.of("phone", "004722334455"),
        Arguments.of("count", "7"),
        Arguments.of("count", 7L),
        Arguments.of("count", 7.0),
        Arguments.of("count", new BigDecimal("10")),
        Arguments.of("hours", "39.5"),
        Arguments.of("hours", null),
        Arguments.of("steps", 15.0),
        Arguments.of("newsletter", null),
        Arguments.of("newsletter", true),
        Arguments.of("size", null),
        Arguments.of("dynamic", "not in any static list"),
        Arguments.of("tags", new String[] {"C"}),
        Arguments.of("tags", "[\"A\",\"C\"]"),
        Arguments.of("labels", List.of()),
        Arguments.of("start", new Date()),
        Arguments.of("start", LocalDate.of(2025, 1, 31)),
        Arguments.of("start", "2024-02-29"),
        Arguments.of("meeting", "2025-01-31T10:00+01:00"));
  }

  @ParameterizedTest(name = "{0} = {1} passes")
  @MethodSource("accepted")
  void eachRuleAcceptsValidValues(String key, Object value) {
    assertThat(validate(with(key, value))).isEmpty();
  }

  @Test
  void reportsEveryViolationInFormOrder() {
    Map<String, Object> values = valid();
    values.put("ref", null);
    values.put("color", "BLUE");
    values.put("count", 99);
    assertThat(validate(values)).extracting(Violation::toString).containsExactly(
        "ref: is required", "count: must be at most 10", "color: must be one of [RED, GREEN]");
  }
}
