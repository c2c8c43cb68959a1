package no.placetrain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import no.placetrain.domain.agreement.WorkflowGroup;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

/** The branches that create nothing; the Spring tests create groups in a real engine. */
class IdentityGroupDirectoryTest {

  private static final List<WorkflowGroup> GROUPS =
      List.of(new WorkflowGroup("nav-drammen-caseworker", "NAV-veiledere, NAV Drammen"));

  @Test
  void withoutAnEngineNothingIsCreated() {
    assertThat(new IdentityGroupDirectory(() -> null).ensure(GROUPS)).isEmpty();
  }

  @Test
  void aReadOnlyIdentityServiceIsLeftAlone() {
    ProcessEngine engine = mock(ProcessEngine.class);
    IdentityService identity = mock(IdentityService.class);
    when(engine.getIdentityService()).thenReturn(identity);
    when(identity.isReadOnly()).thenReturn(true);

    assertThat(new IdentityGroupDirectory(() -> engine).ensure(GROUPS)).isEmpty();
    verify(identity, never()).saveGroup(any());
    verify(engine, never()).getProcessEngineConfiguration();
  }

  @Test
  void aGroupIdBreakingTheRuleIsRefusedBeforeAnyEngineIsAsked() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new WorkflowGroup("NAV Drammen", "NAV-veiledere"))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new WorkflowGroup("x".repeat(65), "For lang"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
