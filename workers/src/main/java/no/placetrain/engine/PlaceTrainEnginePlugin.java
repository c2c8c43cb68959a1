package no.placetrain.engine;

import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Engine plugin of Place &amp; Train.
 *
 * <ul>
 *   <li>preInit: object variables default to JSON; Java serialization is switched off.
 *   <li>postInit: if the configuration is a Spring one, our models and forms are taken out of its
 *       auto-deployment resources (done after every plugin's preInit, so the Camunda starter,
 *       which fills them in its preInit, has run whatever the plugin order). Group ids with
 *       hyphens are allowed ({@value #GROUP_ID_PATTERN}) unless the host set its own
 *       {@code groupResourceWhitelistPattern}: the groups of the agreements' parties have such
 *       ids ({@code nav-drammen-caseworker}), and the engine's default allows letters and digits
 *       only. Failed jobs are retried by {@link #retryCycle()} (default
 *       {@value #DEFAULT_RETRY_CYCLE}: three more tries, a minute apart, then one incident)
 *       unless the host set its own {@code failedJobRetryTimeCycle}; either is checked here, so a
 *       cycle the engine could not read stops the start instead of silently giving immediate
 *       retries. A model's own {@code camunda:failedJobRetryTimeCycle} on an element still wins
 *       for that element (ours have none).
 *   <li>postProcessEngineBuild: deploys every model and form as ONE deployment named
 *       {@value #DEPLOYMENT_NAME} (source {@value #DEPLOYMENT_SOURCE}), so that
 *       {@code formRefBinding="deployment"} finds the forms. Duplicate filtering redeploys
 *       <em>all</em> resources when any one changed, and nothing when none changed. Nodes
 *       starting at once on one database deploy it once: Camunda's deployment lock (the row
 *       {@code deployment.lock} of {@code ACT_GE_PROPERTY}, locked before the duplicate check; on
 *       by default, {@code deploymentLockUsed}) makes the second wait for the first's commit and
 *       then find nothing changed; the startup lock ({@code no.placetrain.store.StartupLock})
 *       serialises the starts as well.
 * </ul>
 *
 * <p>The resources come in as names and bytes: the plugin itself needs no Spring.
 */
public class PlaceTrainEnginePlugin extends AbstractProcessEnginePlugin {

  /** Name of our deployment. */
  public static final String DEPLOYMENT_NAME = "placetrain";
  /** Source of our deployment. */
  public static final String DEPLOYMENT_SOURCE = "placetrain-workers";
  /** Folder (class path and deployment) of the BPMN and DMN models. */
  public static final String PROCESSES_FOLDER = "placetrain/processes/";
  /** Folder (class path and deployment) of the forms. */
  public static final String FORMS_FOLDER = "placetrain/forms/";

  /**
   * The retry cycle of failed jobs unless configured: three retries a minute apart (the engine's
   * own default is three immediate retries).
   */
  public static final String DEFAULT_RETRY_CYCLE = "R3/PT1M";

  /** The group ids the models use: letters, digits and hyphens. */
  public static final String GROUP_ID_PATTERN = "[a-zA-Z0-9-]+";

  private static final Logger LOG = LoggerFactory.getLogger(PlaceTrainEnginePlugin.class);

  private final List<DeploymentResource> resources;
  private final String retryCycle;

  /**
   * With the retry cycle {@value #DEFAULT_RETRY_CYCLE}.
   *
   * @param resources models and forms, named {@code placetrain/processes/…} / {@code placetrain/forms/…}
   */
  public PlaceTrainEnginePlugin(List<DeploymentResource> resources) {
    this(resources, DEFAULT_RETRY_CYCLE);
  }

  /**
   * @param resources models and forms, named {@code placetrain/processes/…} / {@code placetrain/forms/…}
   * @param retryCycle the engine's {@code failedJobRetryTimeCycle} unless the host set one
   *     ({@code placetrain.jobs.retry-cycle}): {@code R3/PT1M}, or intervals such as
   *     {@code PT1M,PT10M,PT1H}
   * @throws IllegalArgumentException when the engine could not read {@code retryCycle}
   */
  public PlaceTrainEnginePlugin(List<DeploymentResource> resources, String retryCycle) {
    this.resources = resources.stream()
        .sorted(Comparator.comparing(DeploymentResource::name))
        .toList();
    this.retryCycle = checkRetryCycle(retryCycle, "placetrain.jobs.retry-cycle");
  }

  /** The resources this plugin deploys, sorted by name. */
  public List<DeploymentResource> resources() {
    return resources;
  }

  /** The retry cycle this plugin sets unless the host set one. */
  public String retryCycle() {
    return retryCycle;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setDefaultSerializationFormat(Variables.SerializationDataFormats.JSON.getName());
    configuration.setJavaSerializationFormatEnabled(false);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    String groupPattern = configuration.getGroupResourceWhitelistPattern();
    if (groupPattern == null || groupPattern.isBlank()) {
      configuration.setGroupResourceWhitelistPattern(GROUP_ID_PATTERN);
      LOG.info("Group ids may hold hyphens ({}): the groups of the agreements' parties do",
          GROUP_ID_PATTERN);
    }
    String hostCycle = configuration.getFailedJobRetryTimeCycle();
    if (hostCycle == null || hostCycle.isBlank()) {
      configuration.setFailedJobRetryTimeCycle(retryCycle);
      LOG.info("Failed jobs are retried by {} (placetrain.jobs.retry-cycle), then an incident",
          retryCycle);
    } else {
      checkRetryCycle(hostCycle, "failedJobRetryTimeCycle");
      LOG.info("Failed jobs are retried by the engine's failedJobRetryTimeCycle {}, then an "
          + "incident", hostCycle);
    }
    if (SpringAutoDeploymentFilter.appliesTo(configuration)) {
      int removed = SpringAutoDeploymentFilter.removeOurResources(configuration);
      LOG.debug("Removed {} Place & Train resources from Spring's auto-deployment", removed);
    }
  }

  /**
   * {@code cycle} when the engine can read it as a retry cycle: {@code R<n>/<duration>} or
   * comma-separated durations (one retry each); an expression ({@code ${…}}) is left to the
   * engine.
   *
   * @param property the setting's name, for the message
   * @throws IllegalArgumentException naming {@code property} otherwise
   */
  static String checkRetryCycle(String cycle, String property) {
    if (cycle == null || cycle.isBlank()) {
      throw new IllegalArgumentException(property + ": a retry cycle is required, e.g. "
          + DEFAULT_RETRY_CYCLE);
    }
    if (cycle.startsWith("${") || cycle.startsWith("#{")) {
      return cycle;
    }
    // as the engine reads it (ParseUtil.parseRetryIntervals, DurationHelper): no blanks
    String[] intervals = cycle.split(",", -1);
    for (String interval : intervals) {
      try {
        if (interval.startsWith("R") && (intervals.length > 1 || !interval.matches("R\\d+/.*"))) {
          throw new IllegalArgumentException(
              "a repetition needs its number (R3, not R: that retries forever) and stands alone");
        }
        DurationHelper duration = new DurationHelper(interval);
        if ((duration.isRepeat() && duration.getTimes() < 1) || duration.getDateAfter() == null) {
          throw new IllegalArgumentException("no retry");
        }
      } catch (Exception e) {
        throw new IllegalArgumentException(property + ": '" + cycle + "' is not a retry cycle; "
            + "expected R<retries>/<ISO-8601 duration> (" + DEFAULT_RETRY_CYCLE + ") or "
            + "durations separated by commas, no blanks (PT1M,PT10M,PT1H)", e);
      }
    }
    return cycle;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    deploy(processEngine);
  }

  /**
   * Deploys the resources unless the latest {@value #DEPLOYMENT_NAME} deployment already holds
   * them unchanged.
   *
   * @return the new deployment, or the existing one when nothing changed; {@code null} when there
   *     is nothing to deploy
   */
  public Deployment deploy(ProcessEngine processEngine) {
    if (resources.isEmpty()) {
      LOG.warn("No Place & Train models or forms found on the class path: nothing deployed");
      return null;
    }
    DeploymentBuilder builder = processEngine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_SOURCE)
        // false = when one resource changed, deploy them all, so the forms stay beside the BPMN
        .enableDuplicateFiltering(false);
    resources.forEach(r -> builder.addInputStream(r.name(), new ByteArrayInputStream(r.bytes())));
    Deployment deployment = builder.deploy();
    LOG.info("Place & Train deployment {} holds {} resources", deployment.getId(), resources.size());
    return deployment;
  }
}
