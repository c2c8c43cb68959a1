package no.placetrain.catalogue;

import static no.placetrain.catalogue.DocumentPaths.at;
import static no.placetrain.catalogue.DocumentPaths.code;
import static no.placetrain.catalogue.DocumentPaths.period;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import no.placetrain.domain.SelectionMode;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.AgreementKind;
import no.placetrain.domain.agreement.AgreementStatus;
import no.placetrain.domain.agreement.Broker;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentTemplate;
import no.placetrain.domain.agreement.Employer;
import no.placetrain.domain.agreement.InvalidAgreementException;
import no.placetrain.domain.agreement.NavOffice;
import no.placetrain.domain.agreement.ObligorRole;
import no.placetrain.domain.agreement.ProgrammeTerms;

/**
 * Converts between {@link AgreementDocument} and the domain's {@link Agreement}. Reading checks
 * every rule of the domain; a finding names the field path of the document, e.g.
 * {@code terms.practice-months.max: must be at least min (3)}. A missing {@code status} is ACTIVE.
 */
public final class AgreementDocuments {

  private AgreementDocuments() {}

  /**
   * @throws InvalidAgreementException naming the field path and the reason
   */
  public static Agreement toAgreement(AgreementDocument d) {
    if (d == null) {
      throw new InvalidAgreementException("id", "is required (the document is empty)");
    }
    AgreementStatus status = code(AgreementStatus.class, d.status(), "status");
    return new Agreement(d.id(), code(AgreementKind.class, d.kind(), "kind"), d.parent(),
        d.name(), status == null ? AgreementStatus.ACTIVE : status, d.statusReason(),
        list(d.offices(), "offices", (o, path) -> at(path, () -> office(o))),
        d.employer() == null ? null : at("employer", () -> employer(d.employer())),
        d.broker() == null ? null : at("broker", () -> new Broker(d.broker().name())),
        d.terms() == null ? null : at("terms", () -> terms(d.terms())),
        list(d.commitments(), "commitments", (c, path) -> at(path, () -> commitment(c))),
        d.responsibilities());
  }

  /** The document of an agreement (what {@link #toAgreement} reads back to an equal agreement). */
  public static AgreementDocument fromAgreement(Agreement a) {
    ProgrammeTerms t = a.terms();
    return new AgreementDocument(a.id(), a.kind().name(), a.parentId(), a.name(),
        a.status().name(), a.statusReason(),
        a.offices().stream().map(o -> new AgreementDocument.Office(o.id(), o.name())).toList(),
        new AgreementDocument.Employer(a.employer().name(), a.employer().orgNumber(),
            a.employer().sites()),
        a.broker() == null ? null : new AgreementDocument.Broker(a.broker().name()),
        new AgreementDocument.Terms(t.selectionMode().name(),
            new AgreementDocument.Months(t.practiceMinMonths(), t.practiceMaxMonths()),
            t.offerRateTarget(),
            t.jobGuarantee() ? new AgreementDocument.JobGuarantee(t.jobGuaranteePeriod().toString())
                : null,
            t.capacityPerRound(), t.requirements()),
        a.responsibilities(),
        a.commitments().stream().map(AgreementDocuments::commitmentDocument).toList());
  }

  private static NavOffice office(AgreementDocument.Office o) {
    if (o == null) {
      throw new InvalidAgreementException("id", "is required");
    }
    return new NavOffice(o.id(), o.name());
  }

  private static Employer employer(AgreementDocument.Employer e) {
    return new Employer(e.name(), e.orgNumber(), e.sites());
  }

  private static ProgrammeTerms terms(AgreementDocument.Terms t) {
    if (t.practiceMonths() == null) {
      throw new InvalidAgreementException("practice-months", "is required ({min: …, max: …})");
    }
    return new ProgrammeTerms(code(SelectionMode.class, t.selection(), "selection"),
        DocumentPaths.required(t.practiceMonths().min(), "practice-months.min"),
        DocumentPaths.required(t.practiceMonths().max(), "practice-months.max"),
        t.offerRateTarget(),
        t.jobGuarantee() == null ? null : requiredPeriod(t.jobGuarantee().period()),
        t.capacityPerRound(), t.requirements());
  }

  private static java.time.Period requiredPeriod(String value) {
    java.time.Period period = period(value, "job-guarantee.period", "P6M");
    if (period == null) {
      throw new InvalidAgreementException("job-guarantee.period", "is required (e.g. P6M)");
    }
    return period;
  }

  private static CommitmentTemplate commitment(AgreementDocument.Commitment c) {
    if (c == null) {
      throw new InvalidAgreementException("kind", "is required");
    }
    return new CommitmentTemplate(code(CommitmentKind.class, c.kind(), "kind"),
        period(c.deadline(), "deadline", "P5D"), Boolean.TRUE.equals(c.workingDays()),
        code(ObligorRole.class, c.obligor(), "obligor"));
  }

  private static AgreementDocument.Commitment commitmentDocument(CommitmentTemplate c) {
    return new AgreementDocument.Commitment(c.kind().name(), c.deadline().toString(),
        c.workingDays() ? Boolean.TRUE : null,
        c.obligorOverridden() ? c.obligor().name() : null);
  }

  private static <D, T> List<T> list(List<D> items, String field, BiFunction<D, String, T> each) {
    if (items == null) {
      return null;
    }
    List<T> result = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      result.add(each.apply(items.get(i), field + "[" + i + "]"));
    }
    return result;
  }
}
