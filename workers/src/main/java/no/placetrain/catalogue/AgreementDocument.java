package no.placetrain.catalogue;

import java.util.List;
import java.util.Map;

/**
 * An agreement as a document: the shape of a catalogue file ({@code placetrain/programmes/*.yaml})
 * and of the {@code PT_AGREEMENT.DOCUMENT} column (JSON), with kebab-case keys (see
 * docs/agreements.md). Plain data: {@link AgreementDocuments} turns it into the domain's
 * {@link no.placetrain.domain.agreement.Agreement} and checks it. Codes and periods are text here
 * so that a wrong value gets the domain's message, not a parser's.
 *
 * @param id stable id
 * @param kind {@code LOCAL} or {@code FRAMEWORK}
 * @param parent the framework's id of a LOCAL under a FRAMEWORK
 * @param name label
 * @param status {@code DRAFT}, {@code ACTIVE} (the default), {@code ENDED} or {@code CANCELLED}
 * @param statusReason why it ended or was cancelled
 * @param offices NAV offices
 * @param employer the employer
 * @param broker the broker, if any
 * @param terms programme terms
 * @param responsibilities free text per party
 * @param commitments declared commitments
 */
public record AgreementDocument(
    String id,
    String kind,
    String parent,
    String name,
    String status,
    String statusReason,
    List<Office> offices,
    Employer employer,
    Broker broker,
    Terms terms,
    Map<String, String> responsibilities,
    List<Commitment> commitments) {

  /** A NAV office: {@code {id: nav-drammen, name: NAV Drammen}}. */
  public record Office(String id, String name) {}

  /** The employer: name, optional nine-digit org number, sites. */
  public record Employer(String name, String orgNumber, List<String> sites) {}

  /** The broker organisation. */
  public record Broker(String name) {}

  /** Practice length in months. */
  public record Months(Integer min, Integer max) {}

  /** The job guarantee: {@code {period: P6M}}. */
  public record JobGuarantee(String period) {}

  /** Programme terms. */
  public record Terms(
      String selection,
      Months practiceMonths,
      Integer offerRateTarget,
      JobGuarantee jobGuarantee,
      Integer capacityPerRound,
      List<String> requirements) {}

  /** One commitment: {@code {kind: SCREEN_REFERRAL, deadline: P5D, working-days: true}}. */
  public record Commitment(String kind, String deadline, Boolean workingDays, String obligor) {}
}
