package no.placetrain.autoconfigure;

import no.placetrain.catalogue.CatalogueInstaller;
import no.placetrain.catalogue.CatalogueLoader;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.BadSqlGrammarException;

/**
 * Loads the programme catalogue when every singleton is ready (the schema has been applied by
 * then) and upserts it in one transaction, before the web server takes requests. An invalid file
 * stops the start ({@code <file>: <field>: <reason>}).
 */
public class CatalogueInitializer implements SmartInitializingSingleton {

  private final CatalogueLoader loader;
  private final CatalogueInstaller installer;

  /**
   * @param loader reads and checks the files
   * @param installer writes them to PT_AGREEMENT
   */
  public CatalogueInitializer(CatalogueLoader loader, CatalogueInstaller installer) {
    this.loader = loader;
    this.installer = installer;
  }

  @Override
  public void afterSingletonsInstantiated() {
    var catalogue = loader.read();
    try {
      installer.install(catalogue);
    } catch (BadSqlGrammarException e) {
      throw new IllegalStateException("The tables of Place & Train are missing: include "
          + "placetrain/db/changelog/placetrain-changelog.xml in the Liquibase master changelog "
          + "(after Camunda's)", e);
    }
  }
}
