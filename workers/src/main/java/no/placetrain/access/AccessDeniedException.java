package no.placetrain.access;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A refusal by our own access rules (docs/access.md, "Authorization: who sees what"): the
 * authenticated user may not do this. 403 over REST, with this message (which names the rule and
 * groups, never a value of the request or whether a participation exists).
 */
public class AccessDeniedException extends AuthorizationException {

  private final String field;

  /**
   * @param field the request's field the refusal is about, or {@code null}
   * @param rule who may, e.g. {@code only members of nav-drammen-caseworker may refer for it}
   */
  public AccessDeniedException(String field, String rule) {
    super(field == null ? rule : field + ": " + rule);
    this.field = field;
  }

  /** The request's field the refusal is about, or {@code null}. */
  public String field() {
    return field;
  }
}
