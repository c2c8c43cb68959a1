package no.placetrain.engine.forms;

/**
 * Decides whether a form field is hidden by its {@code conditional.hide} expression. Hidden fields
 * are neither shown nor submitted by Tasklist, so their rules are not checked.
 */
@FunctionalInterface
public interface HideCondition {

  /** Treats every field as visible (all rules apply). */
  HideCondition NEVER = expression -> false;

  /**
   * @param expression the form-js expression as written in the schema, starting with {@code =}
   * @return {@code true} only if the expression evaluates to boolean {@code true}
   */
  boolean isHidden(String expression);
}
