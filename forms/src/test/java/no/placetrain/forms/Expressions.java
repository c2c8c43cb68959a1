package no.placetrain.forms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the variable names an expression reads. Deliberately simple and a little generous: any
 * bare identifier that is not a keyword, a property after a dot or a function name counts, plus
 * names passed as string literals to {@code getVariable(…)} and friends. String literals are never
 * identifiers.
 */
final class Expressions {

  private Expressions() {}

  private static final Set<String> JUEL_KEYWORDS = Set.of(
      "and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "true", "false", "null", "empty",
      "div", "mod", "instanceof");

  private static final Set<String> FEEL_KEYWORDS = Set.of(
      "and", "or", "not", "null", "true", "false", "if", "then", "else", "for", "in", "return",
      "some", "every", "satisfies", "instance", "of", "between", "function");

  private static final Pattern VARIABLE_BY_NAME = Pattern.compile(
      "\\b(?:get|has|remove)Variable(?:Local)?(?:Typed)?\\s*\\(\\s*(?:'([^']*)'|\"([^\"]*)\")");

  private static final Pattern STRING_LITERAL =
      Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");

  /** An identifier not preceded by a dot (property access) or a word character. */
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![\\w.$])([A-Za-z_][A-Za-z0-9_]*)(?![\\w$])(\\s*\\()?");

  /**
   * The {@code ${…}} and {@code #{…}} parts of a text (a Camunda attribute or element value; text
   * outside them is a literal). Braces inside string literals do not end an expression.
   */
  static List<String> juelParts(String text) {
    List<String> parts = new ArrayList<>();
    if (text == null) {
      return parts;
    }
    int i = 0;
    while (i < text.length() - 1) {
      char c = text.charAt(i);
      if ((c == '$' || c == '#') && text.charAt(i + 1) == '{') {
        int depth = 0;
        char quote = 0;
        int j = i + 2;
        for (; j < text.length(); j++) {
          char d = text.charAt(j);
          if (quote != 0) {
            if (d == '\\') {
              j++;
            } else if (d == quote) {
              quote = 0;
            }
          } else if (d == '\'' || d == '"') {
            quote = d;
          } else if (d == '{') {
            depth++;
          } else if (d == '}') {
            if (depth == 0) {
              break;
            }
            depth--;
          }
        }
        parts.add(text.substring(i + 2, Math.min(j, text.length())));
        i = j + 1;
      } else {
        i++;
      }
    }
    return parts;
  }

  /** Variables read by the JUEL expressions embedded in a text. */
  static Set<String> juelVariables(String text) {
    Set<String> names = new LinkedHashSet<>();
    for (String part : juelParts(text)) {
      names.addAll(identifiers(part, JUEL_KEYWORDS));
    }
    return names;
  }

  /** Variables read by a FEEL expression; a leading {@code =} (form-js) is ignored. */
  static Set<String> feelVariables(String expression) {
    if (expression == null) {
      return Set.of();
    }
    String feel = expression.strip();
    if (feel.startsWith("=")) {
      feel = feel.substring(1);
    }
    return identifiers(feel, FEEL_KEYWORDS);
  }

  private static Set<String> identifiers(String expression, Set<String> keywords) {
    Set<String> names = new LinkedHashSet<>();
    Matcher byName = VARIABLE_BY_NAME.matcher(expression);
    while (byName.find()) {
      names.add(byName.group(1) != null ? byName.group(1) : byName.group(2));
    }
    String code = STRING_LITERAL.matcher(expression).replaceAll(" ");
    Matcher m = IDENTIFIER.matcher(code);
    while (m.find()) {
      String name = m.group(1);
      boolean functionCall = m.group(2) != null;
      if (!functionCall && !keywords.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }
}
