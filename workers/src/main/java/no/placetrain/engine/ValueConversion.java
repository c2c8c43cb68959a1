package no.placetrain.engine;

import java.math.BigDecimal;
import java.util.Date;

/**
 * Converts raw variable values to the declared Java type. Integers are accepted in any boxed type
 * as long as they are whole and fit an {@code int}: Camunda Forms submit numbers as Long or
 * Double, expressions as Integer or Long. Decimals accept any number.
 */
final class ValueConversion {

  private ValueConversion() {}

  static <T> T convert(String name, Class<T> type, Object raw) {
    if (type.isInstance(raw)) {
      return type.cast(raw);
    }
    if (type == Integer.class && raw instanceof Number number) {
      return type.cast(toInt(name, number));
    }
    if (type == Double.class && raw instanceof Number number) {
      return type.cast(number.doubleValue());
    }
    throw new ProcessVariableException("Variable '" + name + "' must be of type "
        + type.getSimpleName() + " but is of type " + raw.getClass().getSimpleName());
  }

  private static Integer toInt(String name, Number number) {
    try {
      return new BigDecimal(number.toString()).intValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw new ProcessVariableException(
          "Variable '" + name + "' must be a whole number within the range of Integer");
    }
  }

  /** Types a {@link ProcessVariable} may declare besides JSON objects. */
  static boolean isSimpleType(Class<?> type) {
    return type == String.class || type == Integer.class || type == Double.class || type == Boolean.class
        || type == Date.class;
  }
}
