package no.placetrain.autoconfigure;

import java.time.Clock;
import no.placetrain.process.partydesk.PartyDeskAccess;
import no.placetrain.process.jobguarantee.FlagEscalationWorker;
import no.placetrain.process.jobguarantee.RegisterGuaranteeOfferWorker;
import no.placetrain.process.jobguarantee.StartGuaranteeWorker;
import no.placetrain.process.placeandtrain.CloseParticipationWorker;
import no.placetrain.process.placeandtrain.ExtendPracticeWorker;
import no.placetrain.process.placeandtrain.RecordCheckpointWorker;
import no.placetrain.process.placeandtrain.RecordJobOfferWorker;
import no.placetrain.process.placeandtrain.RecordScreeningWorker;
import no.placetrain.process.placeandtrain.RegisterReferralWorker;
import no.placetrain.process.commitment.EscalationService;
import no.placetrain.process.placeandtrain.ScheduleCheckpointWorker;
import no.placetrain.process.placeandtrain.SchedulePracticeWorker;
import no.placetrain.process.placeandtrain.TakePlaceWorker;
import no.placetrain.service.AgreementService;
import no.placetrain.service.CheckpointService;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The workers of {@code place-and-train} and {@code job-guarantee}, named as the models' delegate
 * expressions ({@code ${registerReferralWorker}}, …); the commitment workers are in
 * {@link PlaceTrainCommitmentConfiguration}. A host replaces one by defining a bean of the same
 * name. Imported by {@link PlaceTrainAutoConfiguration} only.
 */
@Configuration(proxyBeanMethods = false)
public class PlaceTrainWorkerConfiguration {

  /** {@code ${registerReferralWorker}}. */
  @Bean
  @ConditionalOnMissingBean(name = "registerReferralWorker")
  public RegisterReferralWorker registerReferralWorker(
      AgreementService agreements, ParticipationService participations) {
    return new RegisterReferralWorker(agreements, participations);
  }

  /** {@code ${recordScreeningWorker}}. */
  @Bean
  @ConditionalOnMissingBean(name = "recordScreeningWorker")
  public RecordScreeningWorker recordScreeningWorker(ParticipationService participations) {
    return new RecordScreeningWorker(participations);
  }

  /** {@code ${takePlaceWorker}}. */
  @Bean
  @ConditionalOnMissingBean(name = "takePlaceWorker")
  public TakePlaceWorker takePlaceWorker(ParticipationService participations) {
    return new TakePlaceWorker(participations);
  }

  /** {@code ${schedulePracticeWorker}}. */
  @Bean
  @ConditionalOnMissingBean(name = "schedulePracticeWorker")
  public SchedulePracticeWorker schedulePracticeWorker(
      Clock clock, PlaceTrainProperties properties, AgreementService agreements) {
    return new SchedulePracticeWorker(clock, properties.getDecisionWindow(), agreements);
  }

  /** {@code ${scheduleCheckpointWorker}}. */
  @Bean
  @ConditionalOnMissingBean(name = "scheduleCheckpointWorker")
  public ScheduleCheckpointWorker scheduleCheckpointWorker(Clock clock) {
    return new ScheduleCheckpointWorker(clock);
  }

  /** {@code ${recordCheckpointWorker}}. */
  @Bean
  @ConditionalOnMissingBean(name = "recordCheckpointWorker")
  public RecordCheckpointWorker recordCheckpointWorker(
      CheckpointService checkpoints, ParticipationService participations) {
    return new RecordCheckpointWorker(checkpoints, participations);
  }

  /** {@code ${extendPracticeWorker}}. */
  @Bean
  @ConditionalOnMissingBean(name = "extendPracticeWorker")
  public ExtendPracticeWorker extendPracticeWorker(
      Clock clock, PlaceTrainProperties properties, AgreementService agreements) {
    return new ExtendPracticeWorker(clock, properties.getDecisionWindow(), agreements);
  }

  /** {@code ${recordJobOfferWorker}}. */
  @Bean
  @ConditionalOnMissingBean(name = "recordJobOfferWorker")
  public RecordJobOfferWorker recordJobOfferWorker(
      ParticipationService participations, EscalationService escalations) {
    return new RecordJobOfferWorker(participations, escalations);
  }

  /** {@code ${closeParticipationWorker}}. */
  @Bean
  @ConditionalOnMissingBean(name = "closeParticipationWorker")
  public CloseParticipationWorker closeParticipationWorker(
      ParticipationService participations, EscalationService escalations) {
    return new CloseParticipationWorker(participations, escalations);
  }

  /** {@code ${partyDeskAccess}}: the start listener of party-desk (office grants). */
  @Bean
  @ConditionalOnMissingBean(name = "partyDeskAccess")
  public PartyDeskAccess partyDeskAccess() {
    return new PartyDeskAccess();
  }

  /** {@code ${startGuaranteeWorker}}. */
  @Bean
  @ConditionalOnMissingBean(name = "startGuaranteeWorker")
  public StartGuaranteeWorker startGuaranteeWorker(Clock clock, CommitmentService commitments) {
    return new StartGuaranteeWorker(clock, commitments);
  }

  /** {@code ${registerGuaranteeOfferWorker}}. */
  @Bean
  @ConditionalOnMissingBean(name = "registerGuaranteeOfferWorker")
  public RegisterGuaranteeOfferWorker registerGuaranteeOfferWorker(EscalationService escalations) {
    return new RegisterGuaranteeOfferWorker(escalations);
  }

  /** {@code ${flagEscalationWorker}}. */
  @Bean
  @ConditionalOnMissingBean(name = "flagEscalationWorker")
  public FlagEscalationWorker flagEscalationWorker(EscalationService escalations) {
    return new FlagEscalationWorker(escalations);
  }
}
