package no.placetrain.domain;

import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * A place-and-train agreement (programme) between an employer, one or more NAV offices and
 * optionally a broker. Plain data: {@link AgreementCatalogue} validates it.
 *
 * @param id stable id, e.g. {@code kiwi-nav-drammen}
 * @param name label shown to the parties
 * @param employer the employer's name
 * @param navOffices the NAV offices that refer candidates
 * @param broker the broker organisation, or {@code null} when there is none
 * @param selectionMode how the employer selects candidates
 * @param practiceMinMonths shortest practice in months
 * @param practiceMaxMonths longest practice in months, extensions included
 * @param jobGuaranteePeriod how long the broker guarantees a job offer after the practice, or
 *     {@code null} when the agreement has no job guarantee
 */
public record Agreement(
    String id,
    String name,
    String employer,
    List<String> navOffices,
    String broker,
    SelectionMode selectionMode,
    int practiceMinMonths,
    int practiceMaxMonths,
    Period jobGuaranteePeriod) {

  /** Copies the office list; a blank broker means no broker. */
  public Agreement {
    navOffices = navOffices == null ? List.of() : List.copyOf(navOffices);
    broker = broker == null || broker.isBlank() ? null : broker.strip();
  }

  /** The broker's name, if a broker takes part. */
  public Optional<String> brokerName() {
    return Optional.ofNullable(broker);
  }

  /** Whether a broker takes part (and must approve the practice agreement). */
  public boolean brokerInvolved() {
    return broker != null;
  }

  /** Whether the broker guarantees a job offer when the practice ends without one. */
  public boolean jobGuarantee() {
    return jobGuaranteePeriod != null;
  }

  /** The practice length the agreement allows. */
  public PracticeTerms practiceTerms() {
    return new PracticeTerms(practiceMinMonths, practiceMaxMonths);
  }
}
