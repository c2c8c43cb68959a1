package no.placetrain.domain.agreement;

import static no.placetrain.domain.agreement.CommitmentKind.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Period;
import java.util.List;
import java.util.Map;
import no.placetrain.testsupport.Agreements;
import org.junit.jupiter.api.Test;

/** Framework inheritance: a LOCAL inherits every commitment and may only tighten. */
class TighteningTest {

  private final Agreement framework = Agreements.issFramework();

  @Test
  void aLocalInheritsEveryCommitmentAndReplacesOnlyWhatItRedeclares() {
    Agreement local = Agreements.issLocal("iss-alna", List.of(
        CommitmentTemplate.of(ANSWER_PRESENTATION, Period.ofDays(5)),
        CommitmentTemplate.of(RESOLVE_PERSONAL_MATTERS, Period.ofDays(14))));

    local.requireWithin(framework);

    assertThat(local.effectiveCommitments(framework)).containsExactly(
        CommitmentTemplate.ofWorkingDays(SCREEN_REFERRAL, 5),
        CommitmentTemplate.of(ANSWER_PRESENTATION, Period.ofDays(5)),
        CommitmentTemplate.of(ASSIGN_MENTOR, Period.ofDays(3)),
        CommitmentTemplate.of(HOLD_CHECKPOINT, Period.ofDays(7)),
        CommitmentTemplate.of(RESOLVE_PERSONAL_MATTERS, Period.ofDays(14)));
    assertThat(framework.effectiveCommitments(null)).isEqualTo(framework.commitments());
  }

  @Test
  void theEffectiveCommitmentsOfALocalNeedItsFramework() {
    Agreement local = Agreements.issLocal("iss-alna", List.of());

    assertThatThrownBy(() -> local.effectiveCommitments(null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> local.effectiveCommitments(Agreements.hotel()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStricterOrEqualDeadlineIsAccepted() {
    Agreement local = Agreements.issLocal("iss-alna", List.of(
        CommitmentTemplate.ofWorkingDays(SCREEN_REFERRAL, 3),
        CommitmentTemplate.of(ANSWER_PRESENTATION, Period.ofDays(10)),
        CommitmentTemplate.of(ASSIGN_MENTOR, Period.ofDays(7))));

    assertThatCode(() -> local.requireWithin(framework)).doesNotThrowAnyException();
  }

  @Test
  void aLooserDeadlineIsRefusedWithTheContractsMessage() {
    Agreement frameworkOfFive = withCommitments(framework,
        List.of(CommitmentTemplate.of(SCREEN_REFERRAL, Period.ofDays(5))));
    Agreement local = Agreements.issLocal("iss-stovner",
        List.of(CommitmentTemplate.of(SCREEN_REFERRAL, Period.ofDays(10))));

    assertThatThrownBy(() -> local.requireWithin(frameworkOfFive))
        .isInstanceOf(InvalidAgreementException.class)
        .hasMessage("commitments[SCREEN_REFERRAL].deadline: P10D loosens the framework's P5D "
            + "(a local agreement may only tighten)")
        .extracting(e -> ((InvalidAgreementException) e).field())
        .isEqualTo("commitments[SCREEN_REFERRAL].deadline");
  }

  @Test
  void beforeTheStartALaterDeadlineLoosens() {
    Agreement local = Agreements.issLocal("iss-alna",
        List.of(CommitmentTemplate.of(ASSIGN_MENTOR, Period.ZERO)));

    assertThatThrownBy(() -> local.requireWithin(framework))
        .hasMessage("commitments[ASSIGN_MENTOR].deadline: P0D loosens the framework's P3D "
            + "(a local agreement may only tighten)");
  }

  @Test
  void workingDaysAndMonthsCompareInCalendarDays() {
    // framework: P5D working days = 7 calendar days; P7D is as strict, P8D looser
    assertThatCode(() -> Agreements.issLocal("iss-alna",
            List.of(CommitmentTemplate.of(SCREEN_REFERRAL, Period.ofDays(7))))
        .requireWithin(framework)).doesNotThrowAnyException();
    assertThatThrownBy(() -> Agreements.issLocal("iss-alna",
            List.of(CommitmentTemplate.of(SCREEN_REFERRAL, Period.ofDays(8))))
        .requireWithin(framework))
        .hasMessage("commitments[SCREEN_REFERRAL].deadline: P8D loosens the framework's "
            + "P5D working days (a local agreement may only tighten)");
    Agreement monthly = withCommitments(framework,
        List.of(CommitmentTemplate.of(ANSWER_PRESENTATION, Period.ofMonths(1))));
    assertThatCode(() -> Agreements.issLocal("iss-alna",
            List.of(CommitmentTemplate.of(ANSWER_PRESENTATION, Period.ofDays(30))))
        .requireWithin(monthly)).doesNotThrowAnyException();
    assertThatThrownBy(() -> Agreements.issLocal("iss-alna",
            List.of(CommitmentTemplate.of(ANSWER_PRESENTATION, Period.ofDays(31))))
        .requireWithin(monthly))
        .hasMessageStartingWith("commitments[ANSWER_PRESENTATION].deadline: P31D loosens");
  }

  @Test
  void aLocalKeepsTheFrameworksObligorOfficesEmployerAndPracticeLength() {
    assertThatThrownBy(() -> Agreements.issLocal("iss-alna", List.of(new CommitmentTemplate(
            HOLD_CHECKPOINT, Period.ofDays(7), false, ObligorRole.MENTOR)))
        .requireWithin(framework))
        .hasMessage("commitments[HOLD_CHECKPOINT].obligor: must stay KAM as in the framework");
    assertThatThrownBy(() -> Agreements.issLocal("iss-alna", 3, 9, List.of())
        .requireWithin(framework))
        .hasMessage("terms.practice-months.max: 9 loosens the framework's 6 "
            + "(a local agreement may only tighten)");
    Agreement outsider = new Agreement("iss-drammen", AgreementKind.LOCAL, framework.id(),
        "ISS × NAV Drammen", AgreementStatus.ACTIVE, null,
        List.of(new NavOffice("nav-drammen", "NAV Drammen")), framework.employer(), null,
        framework.terms(), List.of(), Map.of());
    assertThatThrownBy(() -> outsider.requireWithin(framework))
        .hasMessage("offices[0].id: must be an office of the framework iss-oslo-region");
    assertThatThrownBy(() -> Agreements.issLocal("iss-alna", List.of())
        .requireWithin(Agreements.hotel()))
        .hasMessage("parent: must name the framework nordic-choice-grunerlokka");
  }

  @Test
  void aLocalMayAddKindsTheFrameworkLacks() {
    Agreement local = Agreements.issLocal("iss-alna",
        List.of(CommitmentTemplate.of(DECIDE_END_OF_PRACTICE, Period.ofDays(30))));

    assertThatCode(() -> local.requireWithin(framework)).doesNotThrowAnyException();
    assertThat(local.effectiveCommitments(framework)).hasSize(5)
        .last().extracting(CommitmentTemplate::kind).isEqualTo(DECIDE_END_OF_PRACTICE);
  }

  private static Agreement withCommitments(Agreement a, List<CommitmentTemplate> commitments) {
    return new Agreement(a.id(), a.kind(), a.parentId(), a.name(), a.status(), a.statusReason(),
        a.offices(), a.employer(), a.broker(), a.terms(), commitments, a.responsibilities());
  }
}
