package no.placetrain.domain.agreement;

/**
 * The broker organisation between NAV and the employer ("the good helper": Stella, Fretex, …).
 *
 * @param name the organisation's name
 */
public record Broker(String name) {

  /** @throws InvalidAgreementException naming {@code name} */
  public Broker {
    name = Rules.text(name, "name", Agreement.MAX_NAME);
    PartyKey.require(name, "name");
  }

  /**
   * The broker's key in group ids ({@code broker-<key>}): see {@link PartyKey}, e.g.
   * {@code stella-rode-kors-kvinnesenter}.
   */
  public String key() {
    return PartyKey.of(name);
  }
}
