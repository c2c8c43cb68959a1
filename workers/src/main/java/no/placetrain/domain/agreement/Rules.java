package no.placetrain.domain.agreement;

import java.util.List;
import java.util.function.Supplier;

/** Small validation helpers of the agreement model; every failure names a field path. */
final class Rules {

  private Rules() {}

  static void require(boolean condition, String field, String reason) {
    if (!condition) {
      throw new InvalidAgreementException(field, reason);
    }
  }

  /** A required text, stripped; at most {@code max} characters. */
  static String text(String value, String field, int max) {
    require(value != null && !value.isBlank(), field, "is required");
    String stripped = value.strip();
    require(stripped.length() <= max, field, "must be at most " + max + " characters");
    return stripped;
  }

  /** An optional text: {@code null} when absent or blank, else stripped and bounded. */
  static String optionalText(String value, String field, int max) {
    return value == null || value.isBlank() ? null : text(value, field, max);
  }

  /** A list of required texts, copied; {@code null} is an empty list. */
  static List<String> texts(List<String> values, String field, int max) {
    if (values == null) {
      return List.of();
    }
    return java.util.stream.IntStream.range(0, values.size())
        .mapToObj(i -> text(values.get(i), field + "[" + i + "]", max))
        .toList();
  }

  /** Builds a part of the agreement, placing any finding below {@code path}. */
  static <T> T at(String path, Supplier<T> part) {
    try {
      return part.get();
    } catch (InvalidAgreementException e) {
      throw e.within(path);
    }
  }
}
