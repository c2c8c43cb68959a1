package no.placetrain.autoconfigure;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import no.placetrain.catalogue.CatalogueLoader;
import no.placetrain.engine.PlaceTrainEnginePlugin;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration under {@code placetrain.*}: where the programme catalogue is, the time zone, when
 * the employer's decision window opens, how long an obligor has after a reminder and how failed
 * jobs are retried.
 *
 * <pre>
 * placetrain:
 *   zone: Europe/Oslo
 *   decision-window: P14D
 *   escalation:
 *     reminder-grace: P2D
 *   catalogue:
 *     locations: [classpath*:placetrain/programmes/*.yaml, file:/etc/placetrain/programmes/*.yaml]
 *   jobs:
 *     retry-cycle: R3/PT1M
 * </pre>
 */
@ConfigurationProperties("placetrain")
public class PlaceTrainProperties {

  /** Time zone of calendar dates (practice end, guarantee deadline, due dates, "today"). */
  private ZoneId zone = ZoneId.of("Europe/Oslo");

  /**
   * How long before the end-of-practice decision is due the employer's decision window opens
   * (timer {@code Timer_DecisionWindowOpens}): before the end minus the agreement's
   * {@code DECIDE_END_OF_PRACTICE} deadline, or before the end without one; never before the
   * practice is scheduled or extended.
   */
  private Period decisionWindow = Period.ofDays(14);

  /** The programme catalogue. */
  private final Catalogue catalogue = new Catalogue();

  /** Escalation of overdue commitments. */
  private final Escalation escalation = new Escalation();

  /** Jobs (timers, asynchronous continuations) that fail. */
  private final Jobs jobs = new Jobs();

  public ZoneId getZone() {
    return zone;
  }

  public void setZone(ZoneId zone) {
    this.zone = zone;
  }

  public Period getDecisionWindow() {
    return decisionWindow;
  }

  public void setDecisionWindow(Period decisionWindow) {
    this.decisionWindow = decisionWindow;
  }

  public Catalogue getCatalogue() {
    return catalogue;
  }

  public Escalation getEscalation() {
    return escalation;
  }

  public Jobs getJobs() {
    return jobs;
  }

  /** {@code placetrain.jobs.*}. */
  public static class Jobs {

    /**
     * How a failed job (a timer or an asynchronous continuation whose worker threw) is retried
     * before it raises one incident: the engine's {@code failedJobRetryTimeCycle}, set by the
     * engine plugin unless the host set that one itself (e.g.
     * {@code camunda.bpm.generic-properties.properties.failed-job-retry-time-cycle}).
     * {@code R3/PT1M}: three retries a minute apart; or intervals such as
     * {@code PT1M,PT10M,PT1H}. A model element's own {@code camunda:failedJobRetryTimeCycle}
     * wins for that element.
     */
    private String retryCycle = PlaceTrainEnginePlugin.DEFAULT_RETRY_CYCLE;

    public String getRetryCycle() {
      return retryCycle;
    }

    public void setRetryCycle(String retryCycle) {
      this.retryCycle = retryCycle;
    }
  }

  /** {@code placetrain.escalation.*}. */
  public static class Escalation {

    /**
     * How long the obligor has after the reminder before the escalation climbs the ladder
     * (timer {@code Timer_ReminderGrace}).
     */
    private Duration reminderGrace = Duration.ofDays(2);

    public Duration getReminderGrace() {
      return reminderGrace;
    }

    public void setReminderGrace(Duration reminderGrace) {
      this.reminderGrace = reminderGrace;
    }
  }

  /** {@code placetrain.catalogue.*}. */
  public static class Catalogue {

    /**
     * Spring resource patterns of the catalogue's YAML files, one agreement per file (see
     * docs/agreements.md); loaded at start and upserted into PT_AGREEMENT.
     */
    private List<String> locations = new ArrayList<>(List.of(CatalogueLoader.DEFAULT_LOCATION));

    public List<String> getLocations() {
      return locations;
    }

    public void setLocations(List<String> locations) {
      this.locations = locations;
    }
  }
}
