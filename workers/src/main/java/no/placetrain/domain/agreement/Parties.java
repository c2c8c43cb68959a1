package no.placetrain.domain.agreement;

/**
 * The party id that owes a commitment of a role in an agreement: the office id when the agreement
 * has one office ({@code nav} when it has several: the participation does not record which office
 * referred), {@code kam}, the employer's name, {@code mentor}, the broker's name.
 */
public final class Parties {

  /** Party id of NAV when an agreement has several offices. */
  public static final String NAV = "nav";
  /** Party id of the key account manager. */
  public static final String KAM = "kam";
  /** Party id of the mentor. */
  public static final String MENTOR = "mentor";

  private Parties() {}

  /**
   * @throws InvalidAgreementException when the role is BROKER and the agreement has no broker
   */
  public static String of(Agreement agreement, ObligorRole role) {
    return switch (role) {
      case NAV_OFFICE -> agreement.offices().size() == 1 ? agreement.offices().get(0).id() : NAV;
      case KAM -> KAM;
      case EMPLOYER -> agreement.employer().name();
      case MENTOR -> MENTOR;
      case BROKER -> agreement.brokerName().orElseThrow(
          () -> new InvalidAgreementException("broker", "is required for a BROKER commitment"));
    };
  }
}
