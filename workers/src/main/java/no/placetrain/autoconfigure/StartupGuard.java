package no.placetrain.autoconfigure;

import java.time.Duration;
import no.placetrain.store.StartupLock;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Makes a node's start safe when several nodes start at once on one database: the
 * {@link StartupLock} is held from the moment the process engine is built until the application
 * is ready, so one node at a time does its startup work and the next finds it done.
 *
 * <p>Under the lock: the engine's own bootstrap (history level, installation id, history cleanup
 * job), every engine plugin's work after the build — our deployment (Camunda's deployment lock
 * guards it too), the catalogue with its groups and grants ({@link CatalogueInitializer}),
 * Camunda's administrator ({@code camunda.bpm.admin-user}: the starter checks and creates it
 * without a lock) — then the host's work when the singletons are ready (the server's demo users)
 * and its {@link ApplicationReadyEvent} listeners ordered before {@link #ORDER} (the server's
 * Tasklist filters). The engine's other writes and the job executor are not held back.
 *
 * <p>When: taken in {@code preInit} of the engine's build (every plugin's {@code preInit} runs
 * before the engine writes anything; the schema exists by then: the engine waits for the database
 * initialisation), or by {@link #acquire()} without an engine; given back when the application is
 * ready, or when the context closes (a failed start).
 */
public class StartupGuard extends AbstractProcessEnginePlugin
    implements ApplicationListener<ApplicationReadyEvent>, Ordered, DisposableBean {

  /**
   * Order of the release among the {@link ApplicationReadyEvent} listeners: the last. A host's
   * startup work in such a listener runs under the lock when ordered before it.
   */
  public static final int ORDER = Ordered.LOWEST_PRECEDENCE;

  private final StartupLock lock;

  /** @param lock the cluster-wide lock on the engine's database */
  public StartupGuard(StartupLock lock) {
    this.lock = lock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire();
  }

  /**
   * Takes the lock unless this start took it already.
   *
   * @return how long this call waited for other nodes
   */
  public Duration acquire() {
    return lock.acquire();
  }

  /** Whether the lock is held now. */
  public boolean isHeld() {
    return lock.isHeld();
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    lock.release();
  }

  @Override
  public void destroy() {
    lock.release();
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
