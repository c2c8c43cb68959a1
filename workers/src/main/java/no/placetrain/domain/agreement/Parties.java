package no.placetrain.domain.agreement;

/**
 * The party id that owes a commitment of a role in a participation: the id of the NAV office that
 * referred it, {@code kam}, the employer's name, {@code mentor}, the broker's name.
 */
public final class Parties {

  /** Party id of the key account manager. */
  public static final String KAM = "kam";
  /** Party id of the mentor. */
  public static final String MENTOR = "mentor";

  private Parties() {}

  /**
   * @param officeId the referring office (see {@link Agreement#referringOffice})
   * @throws InvalidAgreementException when the role is BROKER and the agreement has no broker
   */
  public static String of(Agreement agreement, ObligorRole role, String officeId) {
    return switch (role) {
      case NAV_OFFICE -> officeId;
      case KAM -> KAM;
      case EMPLOYER -> agreement.employer().name();
      case MENTOR -> MENTOR;
      case BROKER -> agreement.brokerName().orElseThrow(
          () -> new InvalidAgreementException("broker", "is required for a BROKER commitment"));
    };
  }
}
