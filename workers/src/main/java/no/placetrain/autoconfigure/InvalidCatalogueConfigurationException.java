package no.placetrain.autoconfigure;

import no.placetrain.domain.InvalidAgreementException;

/**
 * The configured agreement catalogue is invalid; the message names the property, e.g.
 * {@code placetrain.agreements[2].practice-max-months (agreement id 'kiwi-nav-drammen'): must not
 * be less than practice-min-months}.
 */
public class InvalidCatalogueConfigurationException extends IllegalStateException {

  private final String property;

  /** @param cause the domain's finding, translated to the property name */
  public InvalidCatalogueConfigurationException(InvalidAgreementException cause) {
    super(propertyOf(cause) + " (agreement id '" + cause.agreementId() + "'): " + cause.reason(),
        cause);
    this.property = propertyOf(cause);
  }

  /** The offending property, e.g. {@code placetrain.agreements[2].practice-max-months}. */
  public String property() {
    return property;
  }

  private static String propertyOf(InvalidAgreementException cause) {
    return "placetrain.agreements[" + cause.index() + "]." + cause.field().key();
  }
}
