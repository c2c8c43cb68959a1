package no.placetrain.autoconfigure;

import java.time.Clock;
import no.placetrain.catalogue.CatalogueInstaller;
import no.placetrain.catalogue.CatalogueLoader;
import no.placetrain.access.EngineAccess;
import no.placetrain.engine.IdentityGroupDirectory;
import no.placetrain.service.AgreementService;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.GroupDirectory;
import no.placetrain.service.ParticipationService;
import no.placetrain.service.PartyAccess;
import no.placetrain.service.ScorecardService;
import no.placetrain.store.AgreementStore;
import no.placetrain.store.CheckpointStore;
import no.placetrain.store.CommitmentStore;
import no.placetrain.store.ParticipationStore;
import no.placetrain.store.ScorecardQuery;
import no.placetrain.store.StartupLock;
import no.placetrain.store.Transactions;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.ResourcePatternUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stores on the engine's data source, the application services and the programme catalogue
 * loaded at start. Each bean backs off when the host defines one of its type. Imported by
 * {@link PlaceTrainAutoConfiguration} only.
 */
@Configuration(proxyBeanMethods = false)
public class PlaceTrainStoreConfiguration {

  /** Transactions of the engine's transaction manager (REQUIRED: workers join the engine's). */
  @Bean
  @ConditionalOnMissingBean
  public Transactions placeTrainTransactions(ListableBeanFactory beans) {
    return new SpringTransactions(EngineDatabase.transactionManager(beans));
  }

  /** {@code PT_AGREEMENT}. */
  @Bean
  @ConditionalOnMissingBean
  public AgreementStore agreementStore(ListableBeanFactory beans) {
    return new AgreementStore(jdbc(beans));
  }

  /** {@code PT_PARTICIPATION}. */
  @Bean
  @ConditionalOnMissingBean
  public ParticipationStore participationStore(ListableBeanFactory beans) {
    return new ParticipationStore(jdbc(beans));
  }

  /** {@code PT_COMMITMENT}. */
  @Bean
  @ConditionalOnMissingBean
  public CommitmentStore commitmentStore(ListableBeanFactory beans) {
    return new CommitmentStore(jdbc(beans));
  }

  /** {@code PT_CHECKPOINT}. */
  @Bean
  @ConditionalOnMissingBean
  public CheckpointStore checkpointStore(ListableBeanFactory beans) {
    return new CheckpointStore(jdbc(beans));
  }

  /** Scorecard aggregates. */
  @Bean
  @ConditionalOnMissingBean
  public ScorecardQuery scorecardQuery(ListableBeanFactory beans) {
    return new ScorecardQuery(jdbc(beans));
  }

  /**
   * The groups of the agreements' parties, in the engine's identity service (none without an
   * engine). The engine is looked up when groups are needed: it is built after this bean.
   */
  @Bean
  @ConditionalOnMissingBean
  public GroupDirectory placeTrainGroupDirectory(ObjectProvider<ProcessEngine> processEngine) {
    return new IdentityGroupDirectory(processEngine::getIfAvailable);
  }

  /**
   * What the agreements' parties may do in the engine: its authorizations (none without an
   * engine, or while the engine's authorization is off). Looked up when grants are made.
   */
  @Bean
  @ConditionalOnMissingBean
  public PartyAccess placeTrainPartyAccess(ObjectProvider<ProcessEngine> processEngine) {
    return new EngineAccess(processEngine::getIfAvailable);
  }

  /** Agreements: read, create locals (with their parties' groups and grants). */
  @Bean
  @ConditionalOnMissingBean
  public AgreementService agreementService(AgreementStore store, Transactions transactions,
      Clock clock, GroupDirectory groups, PartyAccess access) {
    return new AgreementService(store, transactions, clock, groups, access);
  }

  /** Participations: register, record, end. */
  @Bean
  @ConditionalOnMissingBean
  public ParticipationService participationService(ParticipationStore store,
      AgreementService agreements, Transactions transactions, Clock clock) {
    return new ParticipationService(store, agreements, transactions, clock);
  }

  /** The commitment ledger. */
  @Bean
  @ConditionalOnMissingBean
  public CommitmentService commitmentService(CommitmentStore store,
      ParticipationStore participations, AgreementService agreements, Transactions transactions,
      Clock clock) {
    return new CommitmentService(store, participations, agreements, transactions, clock);
  }

  /** Scorecards. */
  @Bean
  @ConditionalOnMissingBean
  public ScorecardService scorecardService(ScorecardQuery query, AgreementService agreements) {
    return new ScorecardService(query, agreements);
  }

  /** Reads {@code placetrain.catalogue.locations}. */
  @Bean
  @ConditionalOnMissingBean
  public CatalogueLoader catalogueLoader(
      ResourceLoader resourceLoader, PlaceTrainProperties properties) {
    return new CatalogueLoader(ResourcePatternUtils.getResourcePatternResolver(resourceLoader),
        properties.getCatalogue().getLocations());
  }

  /** Upserts the catalogue into PT_AGREEMENT and creates the parties' groups. */
  @Bean
  @ConditionalOnMissingBean
  public CatalogueInstaller catalogueInstaller(
      AgreementStore store, Transactions transactions, Clock clock, GroupDirectory groups) {
    return new CatalogueInstaller(store, transactions, clock, groups);
  }

  /**
   * The cluster-wide startup lock ({@code PT_CLUSTER_LOCK}), held from the engine's build until
   * the application is ready: nodes starting at once on one database take turns.
   */
  @Bean
  @ConditionalOnMissingBean
  public StartupGuard placeTrainStartupGuard(ListableBeanFactory beans) {
    return new StartupGuard(
        new StartupLock(EngineDatabase.dataSource(beans), StartupLock.DEFAULT_MAX_WAIT));
  }

  /**
   * Loads the catalogue at start: an engine plugin (when the engine is built), or when the
   * singletons are ready without an engine.
   */
  @Bean
  @ConditionalOnMissingBean
  public CatalogueInitializer catalogueInitializer(CatalogueLoader loader,
      CatalogueInstaller installer, AgreementStore store, ObjectProvider<StartupGuard> guard) {
    return new CatalogueInitializer(loader, installer, store, guard.getIfAvailable());
  }

  private static JdbcClient jdbc(ListableBeanFactory beans) {
    return JdbcClient.create(EngineDatabase.dataSource(beans));
  }
}
