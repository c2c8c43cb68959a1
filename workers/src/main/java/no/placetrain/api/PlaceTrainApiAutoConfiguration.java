package no.placetrain.api;

import no.placetrain.autoconfigure.PlaceTrainAutoConfiguration;
import no.placetrain.service.AgreementService;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import no.placetrain.service.ScorecardService;
import no.placetrain.store.ParticipationStore;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * Our REST API under {@code /api} in every host that is a servlet web application with Spring MVC
 * (a host without it gets nothing of it). {@code placetrain.api.enabled=false} turns it off. The
 * host authenticates the calls (the server: Camunda's HTTP Basic filter on {@code /api/*}, the
 * same as on {@code /engine-rest}). Each bean backs off when the host defines one of its type.
 */
@AutoConfiguration(after = PlaceTrainAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
@ConditionalOnProperty(prefix = "placetrain.api", name = "enabled", havingValue = "true",
    matchIfMissing = true)
public class PlaceTrainApiAutoConfiguration {

  /**
   * Referrals through the engine to any referable agreement of the database (a start before
   * Task_RegisterReferral; see {@link Referrals}).
   */
  @Bean
  @ConditionalOnMissingBean
  public Referrals placeTrainReferrals(AgreementService agreements, ParticipationStore store,
      ParticipationService participations, ProcessEngine processEngine) {
    return new Referrals(agreements, store, participations, processEngine.getRuntimeService(),
        processEngine.getIdentityService());
  }

  /** {@code /api/agreements}. */
  @Bean
  @ConditionalOnMissingBean
  public AgreementController placeTrainAgreementController(
      AgreementService agreements, ScorecardService scorecards, ProcessEngine processEngine) {
    return new AgreementController(agreements, scorecards, processEngine.getIdentityService());
  }

  /** {@code /api/participations}. */
  @Bean
  @ConditionalOnMissingBean
  public ParticipationController placeTrainParticipationController(Referrals referrals,
      ParticipationService participations, CommitmentService commitments,
      ProcessEngine processEngine) {
    return new ParticipationController(referrals, participations, commitments,
        processEngine.getIdentityService());
  }

  /** The API's error answers. */
  @Bean
  @ConditionalOnMissingBean
  public ApiErrors placeTrainApiErrors() {
    return new ApiErrors();
  }
}
