package no.placetrain.catalogue;

import no.placetrain.domain.agreement.InvalidAgreementException;

/**
 * A catalogue file is invalid; stops the start. The message is {@code <file>: <field>: <reason>},
 * e.g. {@code kiwi-nav-drammen.yaml: terms.practice-months.max: must be at least min (3)}.
 */
public class InvalidCatalogueException extends IllegalStateException {

  private final String file;
  private final String field;
  private final String reason;

  /**
   * @param file the file name (without folder)
   * @param field the field path within the file, or {@code document}
   * @param reason the broken rule
   */
  public InvalidCatalogueException(String file, String field, String reason) {
    super(file + ": " + field + ": " + reason);
    this.file = file;
    this.field = field;
    this.reason = reason;
  }

  /** The domain's finding in {@code file}. */
  public static InvalidCatalogueException in(String file, InvalidAgreementException finding) {
    return new InvalidCatalogueException(file, finding.field(), finding.reason());
  }

  /** The file name. */
  public String file() {
    return file;
  }

  /** The field path within the file. */
  public String field() {
    return field;
  }

  /** The broken rule. */
  public String reason() {
    return reason;
  }
}
