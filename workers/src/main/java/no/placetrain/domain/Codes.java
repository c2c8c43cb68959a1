package no.placetrain.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Parses the upper-case codes that forms and models exchange into enums, with clear errors. */
public final class Codes {

  private Codes() {}

  /**
   * @return the constant named {@code code}
   * @throws InvalidValueException naming {@code field} and the allowed codes when {@code code} is
   *     missing or unknown
   */
  public static <E extends Enum<E>> E parse(Class<E> type, String code, String field) {
    if (code == null || code.isBlank()) {
      throw new InvalidValueException(field, "is required; allowed: " + allowed(type));
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(code.strip())) {
        return constant;
      }
    }
    throw new InvalidValueException(field, "is not a known code; allowed: " + allowed(type));
  }

  private static <E extends Enum<E>> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
