package no.placetrain.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.function.Supplier;
import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.agreement.CommitmentStateException;
import no.placetrain.testsupport.FakeExecution;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * What leaves {@link PlaceTrainWorker#execute} when {@code work} throws: refusals meant for the
 * user and exceptions the engine handles by type pass unchanged (a broken domain rule as a
 * {@link BadUserRequestException}); anything else becomes a {@link WorkerFailedException} that
 * names the worker, the business key and the class, keeps the stack frames and drops the message
 * and the cause (which quote a candidate here).
 */
class FailingWorkerTest {

  private static final String NAME = "Ingrid Hemmelig";
  private static final String REF = "REF-SECRET-4711";

  /** A worker that throws what the test gives it. */
  static final class ThrowingWorker extends PlaceTrainWorker {
    private final Supplier<RuntimeException> failure;

    ThrowingWorker(Supplier<RuntimeException> failure) {
      this.failure = failure;
    }

    @Override
    protected void work(DelegateExecution execution) {
      throw failure.get();
    }
  }

  private static Throwable thrownBy(RuntimeException failure) {
    DelegateExecution execution = FakeExecution.activity().businessKey("P-42");
    return catchThrowable(() -> new ThrowingWorker(() -> failure).execute(execution));
  }

  @Test
  void unexpectedExceptionsLoseMessageAndCauseButKeepClassAndFrames() {
    RuntimeException[] unexpected = {
        new DataIntegrityViolationException("Key (candidate)=(" + NAME + ", " + REF + ") exists",
            new SQLException("duplicate " + REF)),
        new NullPointerException("Cannot invoke \"String.length()\" on " + NAME),
        new IllegalStateException(NAME),
        new ProcessEngineException("Cannot correlate message: variable candidateRef=" + REF,
            new RuntimeException(NAME)),
        new RuntimeException(new IllegalArgumentException(NAME)),
    };
    for (RuntimeException original : unexpected) {
      Throwable thrown = thrownBy(original);

      assertThat(thrown).as(original.getClass().getName())
          .isInstanceOf(WorkerFailedException.class)
          .hasMessage("ThrowingWorker failed for participation P-42: "
              + original.getClass().getName()
              + " (its message is left out: it may quote personal data)")
          .hasNoCause();
      assertThat(thrown.getSuppressed()).isEmpty();
      assertThat(thrown.getStackTrace()).isEqualTo(original.getStackTrace());
      WorkerFailedException failed = (WorkerFailedException) thrown;
      assertThat(failed.worker()).isEqualTo("ThrowingWorker");
      assertThat(failed.businessKey()).isEqualTo("P-42");
      assertThat(failed.originalClass()).isEqualTo(original.getClass().getName());
      String printed = printed(thrown);
      assertThat(printed).doesNotContain(NAME).doesNotContain(REF).doesNotContain("Caused by")
          .contains("FailingWorkerTest.unexpectedExceptions");
    }
    System.out.printf("[FailingWorkerTest] %d unexpected exceptions withheld%n",
        unexpected.length);
  }

  @Test
  void refusalsForTheUserAndExceptionsTheEngineHandlesByTypePassUnchanged() {
    RuntimeException[] unchanged = {
        new BpmnError("GUARANTEE_MET"),
        new BadUserRequestException("waivedBy: a commitment is waived only by a named user"),
        new AuthorizationException("only a caseworker of the referring office may refer"),
        new ProcessVariableException("Variable 'participationId' is required but not set"),
        new CommitmentStateException("C-1", "is MET; only an OPEN commitment changes"),
        new OptimisticLockingException("ENGINE-03005 entity was updated concurrently"),
    };
    for (RuntimeException original : unchanged) {
      assertThat(thrownBy(original)).as(original.getClass().getName()).isSameAs(original);
    }
    System.out.printf("[FailingWorkerTest] %d passed unchanged%n", unchanged.length);
  }

  @Test
  void aBrokenDomainRuleIsABadUserRequestWithItsMessage() {
    InvalidValueException broken = new InvalidValueException("practiceMonths", "must be 3 to 6");

    Throwable thrown = thrownBy(broken);

    assertThat(thrown).isInstanceOf(BadUserRequestException.class)
        .hasMessage(broken.getMessage()).hasCause(broken);
    System.out.printf("[FailingWorkerTest] %s -> %s: %s%n", broken.getClass().getSimpleName(),
        thrown.getClass().getSimpleName(), thrown.getMessage());
  }

  @Test
  void withoutABusinessKeyTheMessageSaysSo() {
    DelegateExecution execution = FakeExecution.activity();

    Throwable thrown = catchThrowable(() ->
        new ThrowingWorker(() -> new IllegalStateException(NAME)).execute(execution));

    assertThat(thrown).hasMessageStartingWith("ThrowingWorker failed for participation (none): ");
  }

  private static String printed(Throwable thrown) {
    StringWriter out = new StringWriter();
    thrown.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
