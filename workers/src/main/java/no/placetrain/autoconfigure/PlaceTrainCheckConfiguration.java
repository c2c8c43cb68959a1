package no.placetrain.autoconfigure;

import java.time.Clock;
import no.placetrain.process.placeandtrain.AgreementExistsCheck;
import no.placetrain.process.placeandtrain.ExtensionWithinMaxCheck;
import no.placetrain.process.placeandtrain.MentorCheck;
import no.placetrain.process.placeandtrain.PracticeDraftCheck;
import no.placetrain.service.AgreementService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The completion checks of docs/models.md ("Server-side completion checks"); each backs off when
 * the host defines a bean of its type. Imported by {@link PlaceTrainAutoConfiguration} only.
 */
@Configuration(proxyBeanMethods = false)
public class PlaceTrainCheckConfiguration {

  /** StartEvent_Referral: the agreement exists. */
  @Bean
  @ConditionalOnMissingBean
  public AgreementExistsCheck agreementExistsCheck(AgreementService agreements) {
    return new AgreementExistsCheck(agreements);
  }

  /** Task_DraftPracticeAgreement: months within terms, start date not too far back. */
  @Bean
  @ConditionalOnMissingBean
  public PracticeDraftCheck practiceDraftCheck(Clock clock) {
    return new PracticeDraftCheck(clock);
  }

  /**
   * Task_EmployerApproves: the mentor is in the group {@code mentor}. The identity service is
   * looked up lazily: the engine, which provides it, is built with this check (via the form
   * validation plugin).
   */
  @Bean
  @ConditionalOnMissingBean
  public MentorCheck mentorCheck(ObjectProvider<IdentityService> identityService) {
    return new MentorCheck(identityService::getObject);
  }

  /** Task_DecideEndOfPractice: an extension stays within the maximum. */
  @Bean
  @ConditionalOnMissingBean
  public ExtensionWithinMaxCheck extensionWithinMaxCheck() {
    return new ExtensionWithinMaxCheck();
  }
}
