package no.placetrain.testsupport;

import static no.placetrain.domain.agreement.CommitmentKind.*;

import java.time.Period;
import java.util.List;
import java.util.Map;
import no.placetrain.domain.SelectionMode;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.AgreementKind;
import no.placetrain.domain.agreement.AgreementStatus;
import no.placetrain.domain.agreement.Broker;
import no.placetrain.domain.agreement.CommitmentTemplate;
import no.placetrain.domain.agreement.Employer;
import no.placetrain.domain.agreement.NavOffice;
import no.placetrain.domain.agreement.ProgrammeTerms;

/** Agreements for tests, shaped like the programmes of the catalogue. */
public final class Agreements {

  private Agreements() {}

  /** Nordic Choice Hotels × NAV Grünerløkka: speed interview, 3 months, 70 % target. */
  public static Agreement hotel() {
    return new Agreement("nordic-choice-grunerlokka", AgreementKind.LOCAL, null,
        "Nordic Choice Hotels × NAV Grünerløkka", AgreementStatus.ACTIVE, null,
        List.of(new NavOffice("nav-grunerlokka", "NAV Grünerløkka")),
        new Employer("Nordic Choice Hotels", null, List.of("Quality Hotel 33")), null,
        new ProgrammeTerms(SelectionMode.SPEED_INTERVIEW, 3, 3, 70, null, 6, List.of()),
        List.of(CommitmentTemplate.ofWorkingDays(SCREEN_REFERRAL, 5),
            CommitmentTemplate.of(ANSWER_PRESENTATION, Period.ofDays(7)),
            CommitmentTemplate.of(ASSIGN_MENTOR, Period.ZERO),
            CommitmentTemplate.of(HOLD_CHECKPOINT, Period.ofDays(7)),
            CommitmentTemplate.of(DECIDE_END_OF_PRACTICE, Period.ZERO)),
        Map.of("nav", "Dedikert markedskontakt (KAM)"));
  }

  /** Fretex: broker with a job guarantee of six months. */
  public static Agreement fretex() {
    return new Agreement("fretex-job-guarantee", AgreementKind.LOCAL, null,
        "Fretex (jobbgaranti)", AgreementStatus.ACTIVE, null,
        List.of(new NavOffice("nav-alna", "NAV Alna")),
        new Employer("Fretex", null, List.of()), new Broker("Fretex"),
        new ProgrammeTerms(SelectionMode.INTERVIEW, 3, 6, null, Period.ofMonths(6), null,
            List.of()),
        List.of(CommitmentTemplate.ofWorkingDays(SCREEN_REFERRAL, 5),
            CommitmentTemplate.of(DELIVER_GUARANTEE_OFFER, Period.ofMonths(6))),
        Map.of());
  }

  /**
   * A LOCAL agreement shaped like KIWI × NAV Drammen (interview, 3–6 months, one office, KIWI's
   * commitments) with {@code capacity} places per round.
   */
  public static Agreement withCapacity(String id, int capacity) {
    return new Agreement(id, AgreementKind.LOCAL, null, "KIWI × NAV Drammen (kapasitet)",
        AgreementStatus.ACTIVE, null, List.of(new NavOffice("nav-drammen", "NAV Drammen")),
        new Employer("KIWI", null, List.of("KIWI Bragernes")), null,
        new ProgrammeTerms(SelectionMode.INTERVIEW, 3, 6, null, null, capacity, List.of()),
        List.of(CommitmentTemplate.ofWorkingDays(SCREEN_REFERRAL, 5),
            CommitmentTemplate.of(ANSWER_PRESENTATION, Period.ofDays(7)),
            CommitmentTemplate.of(ASSIGN_MENTOR, Period.ZERO),
            CommitmentTemplate.of(HOLD_CHECKPOINT, Period.ofDays(7)),
            CommitmentTemplate.of(DECIDE_END_OF_PRACTICE, Period.ZERO)),
        Map.of());
  }

  /** ISS Oslo region: a FRAMEWORK over three offices. */
  public static Agreement issFramework() {
    return new Agreement("iss-oslo-region", AgreementKind.FRAMEWORK, null,
        "ISS × NAV Oslo-regionen", AgreementStatus.ACTIVE, null,
        List.of(new NavOffice("nav-alna", "NAV Alna"), new NavOffice("nav-stovner", "NAV Stovner"),
            new NavOffice("nav-bjerke", "NAV Bjerke")),
        new Employer("ISS", null, List.of()), null,
        new ProgrammeTerms(SelectionMode.INTERVIEW, 3, 6, null, null, null, List.of()),
        List.of(CommitmentTemplate.ofWorkingDays(SCREEN_REFERRAL, 5),
            CommitmentTemplate.of(ANSWER_PRESENTATION, Period.ofDays(10)),
            CommitmentTemplate.of(ASSIGN_MENTOR, Period.ofDays(3)),
            CommitmentTemplate.of(HOLD_CHECKPOINT, Period.ofDays(7))),
        Map.of());
  }

  /** A LOCAL under {@link #issFramework()} at NAV Alna declaring {@code commitments}. */
  public static Agreement issLocal(String id, List<CommitmentTemplate> commitments) {
    return issLocal(id, 3, 6, commitments);
  }

  /** A LOCAL under {@link #issFramework()} with its own practice length. */
  public static Agreement issLocal(
      String id, int minMonths, int maxMonths, List<CommitmentTemplate> commitments) {
    return new Agreement(id, AgreementKind.LOCAL, "iss-oslo-region", "ISS × NAV Alna",
        AgreementStatus.ACTIVE, null, List.of(new NavOffice("nav-alna", "NAV Alna")),
        new Employer("ISS", null, List.of()), null,
        new ProgrammeTerms(SelectionMode.INTERVIEW, minMonths, maxMonths, null, null, null,
            List.of()),
        commitments, Map.of());
  }
}
