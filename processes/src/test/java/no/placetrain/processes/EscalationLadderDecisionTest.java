package no.placetrain.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code Decision_EscalationLadder}: the default ladder of docs/agreements.md ("Escalation"), the
 * same for every commitment kind: obligor → counterpart → KAM → office lead → framework owner.
 */
@Deployment(resources = EscalationLadderDecisionTest.ESCALATION_LADDER_DMN)
class EscalationLadderDecisionTest {

  static final String ESCALATION_LADDER_DMN = "placetrain/processes/escalation-ladder.dmn";
  static final String DECISION_KEY = "Decision_EscalationLadder";

  /** The commitment kinds of the contract. */
  static final List<String> KINDS = List.of("SCREEN_REFERRAL", "ANSWER_PRESENTATION",
      "ASSIGN_MENTOR", "HOLD_CHECKPOINT", "RESOLVE_PERSONAL_MATTERS", "DECIDE_END_OF_PRACTICE",
      "DELIVER_GUARANTEE_OFFER");

  /** One rung of the ladder: level → role, wait, last. */
  record Rung(int level, String role, String waitPeriod, boolean last) {}

  static final List<Rung> DEFAULT_LADDER = List.of(
      new Rung(1, "OBLIGOR", "P3D", false),
      new Rung(2, "COUNTERPART", "P3D", false),
      new Rung(3, "KAM", "P5D", false),
      new Rung(4, "OFFICE_LEAD", "P5D", false),
      new Rung(5, "FRAMEWORK_OWNER", "P7D", true));

  /** Same engine configuration as the process tests; no BPMN here, so no process coverage to measure. */
  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().configurationResource("camunda-unit.cfg.xml").build();

  /** Personal matters never go to the employer (no COUNTERPART level). */
  static final List<Rung> PERSONAL_MATTERS_LADDER = List.of(
      new Rung(1, "OBLIGOR", "P3D", false),
      new Rung(2, "KAM", "P5D", false),
      new Rung(3, "OFFICE_LEAD", "P5D", false),
      new Rung(4, "FRAMEWORK_OWNER", "P7D", true));

  static Stream<Arguments> everyKindAtEveryLevel() {
    return KINDS.stream().filter(kind -> !"RESOLVE_PERSONAL_MATTERS".equals(kind)).flatMap(kind -> DEFAULT_LADDER.stream()
        .map(rung -> Arguments.of(kind, rung.level(), rung.role(), rung.waitPeriod(), rung.last())));
  }

  @ParameterizedTest(name = "{0} level {1} -> {2} for {3}, last {4}")
  @CsvSource({
      "SCREEN_REFERRAL, 1, OBLIGOR,         P3D, false",
      "SCREEN_REFERRAL, 2, COUNTERPART,     P3D, false",
      "SCREEN_REFERRAL, 3, KAM,             P5D, false",
      "SCREEN_REFERRAL, 4, OFFICE_LEAD,     P5D, false",
      "SCREEN_REFERRAL, 5, FRAMEWORK_OWNER, P7D, true"})
  void theRowsOfTheDefaultLadder(String kind, int level, String role, String waitPeriod, boolean last) {
    assertRung(kind, level, role, waitPeriod, last);
  }

  @ParameterizedTest(name = "{0} level {1}")
  @MethodSource("everyKindAtEveryLevel")
  void everyKindOfTheContractClimbsTheDefaultLadder(String kind, int level, String role, String waitPeriod,
      boolean last) {
    assertRung(kind, level, role, waitPeriod, last);
  }

  @Test
  void personalMattersClimbWithoutTheEmployer() {
    for (Rung rung : PERSONAL_MATTERS_LADDER) {
      assertRung("RESOLVE_PERSONAL_MATTERS", rung.level(), rung.role(), rung.waitPeriod(), rung.last());
    }
    assertRung("RESOLVE_PERSONAL_MATTERS", 7, "FRAMEWORK_OWNER", "P7D", true);
    for (int level = 1; level <= 7; level++) {
      assertThat(evaluate("RESOLVE_PERSONAL_MATTERS", level).getSingleResult().<String>getEntry("escalationRole"))
          .as("level %s", level).isNotEqualTo("COUNTERPART");
    }
  }

  @Test
  void exactlyTheFifthLevelIsTheLast() {
    assertThat(DEFAULT_LADDER.stream().filter(Rung::last).map(Rung::level)).containsExactly(5);
    for (Rung rung : DEFAULT_LADDER) {
      assertThat(evaluate("HOLD_CHECKPOINT", rung.level()).getSingleResult().<Boolean>getEntry("lastLevel"))
          .as("lastLevel at %s", rung.level()).isEqualTo(rung.last());
    }
  }

  @Test
  void aLevelBeyondTheLastStaysWithTheFrameworkOwner() {
    assertRung("SCREEN_REFERRAL", 6, "FRAMEWORK_OWNER", "P7D", true);
  }

  @Test
  void aLevelBelowOneMatchesNoRow() {
    assertThat(evaluate("SCREEN_REFERRAL", 0)).as("level 0 (no escalation yet)").isEmpty();
  }

  @Test
  void anUnknownKindGetsTheDefaultLadder() {
    assertRung("SOMETHING_NEW", 2, "COUNTERPART", "P3D", false);
  }

  @Test
  void decisionIsDeployedWithHistoryTimeToLive() {
    DecisionDefinition decision = extension.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey(DECISION_KEY).singleResult();

    assertThat(decision.getName()).isEqualTo("Escalation ladder");
    assertThat(decision.getHistoryTimeToLive()).isEqualTo(180);
  }

  private void assertRung(String kind, int level, String role, String waitPeriod, boolean last) {
    DmnDecisionResult result = evaluate(kind, level);

    assertThat(result).as("hit policy FIRST: one result").hasSize(1);
    assertThat(result.getSingleResult().getEntryMap())
        .containsOnlyKeys("escalationRole", "escalationWait", "lastLevel")
        .containsEntry("escalationRole", role)
        .containsEntry("escalationWait", waitPeriod)
        .containsEntry("lastLevel", last);
  }

  private static DmnDecisionResult evaluate(String kind, int level) {
    return extension.getDecisionService().evaluateDecisionByKey(DECISION_KEY)
        .variables(Variables.putValue("commitmentKind", kind).putValue("escalationLevel", level))
        .evaluate();
  }
}
