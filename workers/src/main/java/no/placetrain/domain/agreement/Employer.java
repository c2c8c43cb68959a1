package no.placetrain.domain.agreement;

import java.util.List;

/**
 * The employer party of an agreement.
 *
 * @param name the company's name
 * @param orgNumber the organisation number, nine digits, or {@code null}
 * @param sites the stores, hotels or departments taking part (may be empty)
 */
public record Employer(String name, String orgNumber, List<String> sites) {

  /** @throws InvalidAgreementException naming {@code name}, {@code org-number} or {@code sites[i]} */
  public Employer {
    name = Rules.text(name, "name", Agreement.MAX_NAME);
    PartyKey.require(name, "name");
    orgNumber = orgNumber == null || orgNumber.isBlank() ? null : orgNumber.strip();
    Rules.require(orgNumber == null || orgNumber.matches("\\d{9}"), "org-number",
        "must be nine digits");
    sites = Rules.texts(sites, "sites", Agreement.MAX_NAME);
  }

  /**
   * The employer's key in group ids ({@code employer-<key>}, {@code employer-<key>-mentor}): see
   * {@link PartyKey}, e.g. {@code nordic-choice-hotels}.
   */
  public String key() {
    return PartyKey.of(name);
  }
}
