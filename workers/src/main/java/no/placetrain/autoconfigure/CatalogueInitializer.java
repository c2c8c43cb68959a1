package no.placetrain.autoconfigure;

import java.util.List;
import no.placetrain.access.EngineAccess;
import no.placetrain.catalogue.Catalogue;
import no.placetrain.catalogue.CatalogueInstaller;
import no.placetrain.catalogue.CatalogueLoader;
import no.placetrain.engine.IdentityGroupDirectory;
import no.placetrain.service.GroupDirectory;
import no.placetrain.store.AgreementStore;
import no.placetrain.store.StoredAgreement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.BadSqlGrammarException;

/**
 * Loads the programme catalogue and upserts it in one transaction, with the groups of every
 * party of every agreement (docs/access.md, "Groups"), before the web server takes requests. An
 * invalid file stops the start ({@code <file>: <field>: <reason>}).
 *
 * <p>When: as an engine plugin, as soon as the process engine is built (the schema has been
 * applied by then: the engine waits for the database initialisation), so that the groups exist
 * before any host code that runs when the singletons are ready (demo users, Tasklist filters)
 * uses them; the groups are created in that engine. Without an engine (the stores alone), when
 * every singleton is ready, creating no groups. Once per start.
 *
 * <p>With an engine whose authorization is on, the standing groups and the parties of every
 * stored agreement (the catalogue's and those created through the API) are then granted what
 * docs/access.md gives them ({@link EngineAccess}; existing grants are left as they are).
 *
 * <p>Several nodes starting at once on one database take turns under the {@link StartupGuard}
 * (taken when the engine's build starts; without an engine, here): the first installs, the next
 * finds every agreement unchanged and every group and grant there.
 */
public class CatalogueInitializer extends AbstractProcessEnginePlugin
    implements SmartInitializingSingleton {

  private final CatalogueLoader loader;
  private final CatalogueInstaller installer;
  private final AgreementStore store;
  private final StartupGuard guard;
  private volatile boolean installed;

  /**
   * @param loader reads and checks the files
   * @param installer writes them to PT_AGREEMENT (and creates the groups)
   */
  public CatalogueInitializer(CatalogueLoader loader, CatalogueInstaller installer) {
    this(loader, installer, null);
  }

  /**
   * @param loader reads and checks the files
   * @param installer writes them to PT_AGREEMENT (and creates the groups)
   * @param store the stored agreements, whose parties are granted (none granted when {@code null})
   */
  public CatalogueInitializer(CatalogueLoader loader, CatalogueInstaller installer,
      AgreementStore store) {
    this(loader, installer, store, null);
  }

  /**
   * @param loader reads and checks the files
   * @param installer writes them to PT_AGREEMENT (and creates the groups)
   * @param store the stored agreements, whose parties are granted (none granted when {@code null})
   * @param guard the startup lock, taken before an installation without an engine (with one, the
   *     guard took it when the engine's build began); none when {@code null}
   */
  public CatalogueInitializer(CatalogueLoader loader, CatalogueInstaller installer,
      AgreementStore store, StartupGuard guard) {
    this.loader = loader;
    this.installer = installer;
    this.store = store;
    this.guard = guard;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    // the installer's own directory would look the engine up in the context, which is building it
    install(new IdentityGroupDirectory(() -> processEngine));
    if (store != null) {
      List<no.placetrain.domain.agreement.Agreement> agreements =
          store.findAll().stream().map(StoredAgreement::agreement).toList();
      new EngineAccess(() -> processEngine).grant(agreements);
    }
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (!installed) {
      if (guard != null) {
        guard.acquire();
      }
      install(null);
    }
  }

  private void install(GroupDirectory groups) {
    Catalogue catalogue = loader.read();
    try {
      if (groups == null) {
        installer.install(catalogue);
      } else {
        installer.install(catalogue, groups);
      }
      installed = true;
    } catch (BadSqlGrammarException e) {
      throw new IllegalStateException("The tables of Place & Train are missing: include "
          + "placetrain/db/changelog/placetrain-changelog.xml in the Liquibase master changelog "
          + "(after Camunda's)", e);
    }
  }
}
