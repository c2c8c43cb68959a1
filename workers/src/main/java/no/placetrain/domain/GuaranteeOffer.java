package no.placetrain.domain;

/**
 * A job offer the broker obtained under the job guarantee.
 *
 * @param employer the company that made the offer (never a person)
 * @param relevance whether it meets the guarantee
 * @param contractType permanent or temporary
 */
public record GuaranteeOffer(String employer, OfferRelevance relevance, ContractType contractType) {

  /** Longest employer name accepted. */
  public static final int MAX_EMPLOYER_LENGTH = 200;

  /** @throws InvalidValueException when a part is missing or the employer too long */
  public GuaranteeOffer {
    employer = Text.required(employer, "employer", MAX_EMPLOYER_LENGTH);
    if (relevance == null) {
      throw new InvalidValueException("relevance", "is required");
    }
    if (contractType == null) {
      throw new InvalidValueException("contractType", "is required");
    }
  }

  /** Parses the codes a form submits. */
  public static GuaranteeOffer of(String employer, String relevance, String contractType) {
    return new GuaranteeOffer(employer,
        Codes.parse(OfferRelevance.class, relevance, "relevance"),
        Codes.parse(ContractType.class, contractType, "contractType"));
  }

  /** Whether the offer meets the guarantee. */
  public boolean relevant() {
    return relevance == OfferRelevance.RELEVANT;
  }
}
