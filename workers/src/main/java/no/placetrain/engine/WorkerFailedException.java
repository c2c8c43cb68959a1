package no.placetrain.engine;

/**
 * An unexpected exception of a worker, told without its message: what {@link PlaceTrainWorker}
 * throws in place of a {@link RuntimeException} it did not expect (a SQL error, a
 * {@code NullPointerException}, an engine call that failed). The original's message may quote a
 * value (a candidate's reference, a name, a column's content) and would end up in the job's
 * exception message, the incident's message and the stored stack trace that Cockpit shows; this
 * exception names the worker, the business key (the participation id) and the original's class
 * only, and carries the original's stack frames, so Cockpit still shows where it failed. It has
 * no cause: a cause would bring its message back into the stored stack trace.
 *
 * <p>Like the unexpected exceptions it stands for, a plain {@link RuntimeException}: the engine
 * handles it as before (a job fails and is retried by the retry cycle, then raises an incident; a
 * user's completion is rolled back and REST answers 500; {@code POST /job/{id}/execute} answers
 * 500, where it answers 404 for a {@code ProcessEngineException}).
 */
public class WorkerFailedException extends RuntimeException {

  private final String worker;
  private final String businessKey;
  private final String originalClass;

  /**
   * @param worker the worker's simple class name, e.g. {@code OpenCommitmentWorker}
   * @param businessKey the process instance's business key (the participation id), or
   *     {@code null}
   * @param original the exception it stands for: its class name and stack frames are kept, its
   *     message, cause and suppressed exceptions are not
   */
  public WorkerFailedException(String worker, String businessKey, Throwable original) {
    super(message(worker, businessKey, original.getClass().getName()));
    this.worker = worker;
    this.businessKey = businessKey;
    this.originalClass = original.getClass().getName();
    setStackTrace(original.getStackTrace());
  }

  private static String message(String worker, String businessKey, String originalClass) {
    return worker + " failed for participation " + (businessKey == null ? "(none)" : businessKey)
        + ": " + originalClass + " (its message is left out: it may quote personal data)";
  }

  /** The worker's simple class name. */
  public String worker() {
    return worker;
  }

  /** The business key (participation id) of the failed instance, or {@code null}. */
  public String businessKey() {
    return businessKey;
  }

  /** The fully qualified class name of the exception this one stands for. */
  public String originalClass() {
    return originalClass;
  }
}
