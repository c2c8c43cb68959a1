package no.placetrain.autoconfigure;

import no.placetrain.api.CandidateController;
import no.placetrain.privacy.CandidateErasure;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import no.placetrain.store.ParticipationStore;
import no.placetrain.store.Transactions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Personal data: {@link CandidateErasure} (the Java API that erases a candidate) in every host,
 * and its REST endpoint {@code DELETE /api/candidates/{candidateRef}} ({@link CandidateController})
 * where our REST API is (a servlet web application with Spring MVC, {@code placetrain.api.enabled}
 * not false: the conditions of {@code PlaceTrainApiAutoConfiguration}). Each bean backs off when
 * the host defines one of its type.
 */
@AutoConfiguration(after = {PlaceTrainAutoConfiguration.class, CamundaBpmAutoConfiguration.class})
public class PlaceTrainPrivacyConfiguration {

  /** Erases a candidate: the engine's rows deleted, ours anonymised, in one transaction. */
  @Bean
  @ConditionalOnMissingBean
  public CandidateErasure candidateErasure(ParticipationStore store,
      ParticipationService participations, CommitmentService commitments,
      ProcessEngine processEngine, Transactions transactions, ListableBeanFactory beans) {
    return new CandidateErasure(store, participations, commitments,
        JdbcClient.create(EngineDatabase.dataSource(beans)), processEngine, transactions);
  }

  /** {@code /api/candidates}, beside the rest of our REST API. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  @ConditionalOnProperty(prefix = "placetrain.api", name = "enabled", havingValue = "true",
      matchIfMissing = true)
  static class Api {

    /** {@code DELETE /api/candidates/{candidateRef}}. */
    @Bean
    @ConditionalOnMissingBean
    CandidateController placeTrainCandidateController(CandidateErasure erasure,
        ProcessEngine processEngine) {
      return new CandidateController(erasure, processEngine.getIdentityService());
    }
  }
}
