package no.placetrain.catalogue;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.placetrain.domain.agreement.InvalidAgreementException;

/** Reads codes and periods of a document, and places findings below a field path. */
final class DocumentPaths {

  private DocumentPaths() {}

  /** Builds a part, placing any finding below {@code path}. */
  static <T> T at(String path, Supplier<T> part) {
    try {
      return part.get();
    } catch (InvalidAgreementException e) {
      throw e.within(path);
    }
  }

  /** The constant named {@code code}; {@code null} stays {@code null}. */
  static <E extends Enum<E>> E code(Class<E> type, String code, String field) {
    if (code == null || code.isBlank()) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(code.strip())) {
        return constant;
      }
    }
    throw new InvalidAgreementException(field, "must be one of " + Arrays.stream(
        type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
  }

  /** An ISO-8601 period; {@code null} stays {@code null}. */
  static Period period(String value, String field, String example) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Period.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidAgreementException(field,
          "must be an ISO-8601 period such as " + example);
    }
  }

  /** A required whole number. */
  static int required(Integer value, String field) {
    if (value == null) {
      throw new InvalidAgreementException(field, "is required");
    }
    return value;
  }
}
