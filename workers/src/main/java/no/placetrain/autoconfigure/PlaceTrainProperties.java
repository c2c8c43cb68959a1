package no.placetrain.autoconfigure;

import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import no.placetrain.domain.Agreement;
import no.placetrain.domain.SelectionMode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration under {@code placetrain.*}: the agreement catalogue and the time zone.
 *
 * <pre>
 * placetrain:
 *   zone: Europe/Oslo
 *   agreements:
 *     - id: fretex-job-guarantee
 *       name: Fretex (jobbgaranti)
 *       employer: Fretex
 *       nav-offices: [NAV Grünerløkka]
 *       broker: Fretex
 *       selection: INTERVIEW
 *       practice-min-months: 3
 *       practice-max-months: 6
 *       job-guarantee-period: P6M
 * </pre>
 */
@ConfigurationProperties("placetrain")
public class PlaceTrainProperties {

  /** The agreements (programmes) this installation runs. */
  private List<AgreementProperties> agreements = new ArrayList<>();

  /** Time zone of calendar dates (practice end, guarantee deadline, "today"). */
  private ZoneId zone = ZoneId.of("Europe/Oslo");

  public List<AgreementProperties> getAgreements() {
    return agreements;
  }

  public void setAgreements(List<AgreementProperties> agreements) {
    this.agreements = agreements;
  }

  public ZoneId getZone() {
    return zone;
  }

  public void setZone(ZoneId zone) {
    this.zone = zone;
  }

  /** One entry of {@code placetrain.agreements}. */
  public static class AgreementProperties {

    /** Stable id, {@code ^[a-z0-9-]{3,60}$}; also the option value of the referral form. */
    private String id;
    /** Label shown to the parties. */
    private String name;
    /** The employer's name. */
    private String employer;
    /** The NAV offices that refer candidates (at least one). */
    private List<String> navOffices = new ArrayList<>();
    /** The broker organisation, if any (then the broker approves the practice agreement). */
    private String broker;
    /** How the employer selects candidates. */
    private SelectionMode selection;
    /** Shortest practice in months (1..12). */
    private int practiceMinMonths;
    /** Longest practice in months, extensions included (min..12). */
    private int practiceMaxMonths;
    /** ISO-8601 period of the broker's job guarantee, e.g. P6M; absent = no guarantee. */
    private Period jobGuaranteePeriod;

    /** The domain object; {@link no.placetrain.domain.AgreementCatalogue} validates it. */
    public Agreement toAgreement() {
      return new Agreement(id, name, employer, navOffices, broker, selection,
          practiceMinMonths, practiceMaxMonths, jobGuaranteePeriod);
    }

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getEmployer() {
      return employer;
    }

    public void setEmployer(String employer) {
      this.employer = employer;
    }

    public List<String> getNavOffices() {
      return navOffices;
    }

    public void setNavOffices(List<String> navOffices) {
      this.navOffices = navOffices;
    }

    public String getBroker() {
      return broker;
    }

    public void setBroker(String broker) {
      this.broker = broker;
    }

    public SelectionMode getSelection() {
      return selection;
    }

    public void setSelection(SelectionMode selection) {
      this.selection = selection;
    }

    public int getPracticeMinMonths() {
      return practiceMinMonths;
    }

    public void setPracticeMinMonths(int practiceMinMonths) {
      this.practiceMinMonths = practiceMinMonths;
    }

    public int getPracticeMaxMonths() {
      return practiceMaxMonths;
    }

    public void setPracticeMaxMonths(int practiceMaxMonths) {
      this.practiceMaxMonths = practiceMaxMonths;
    }

    public Period getJobGuaranteePeriod() {
      return jobGuaranteePeriod;
    }

    public void setJobGuaranteePeriod(Period jobGuaranteePeriod) {
      this.jobGuaranteePeriod = jobGuaranteePeriod;
    }
  }
}
