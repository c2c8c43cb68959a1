package no.placetrain.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.placetrain.domain.agreement.PartyGroups;
import no.placetrain.service.GroupDirectory;
import no.placetrain.store.AgreementStore;
import no.placetrain.store.StoredAgreement;
import no.placetrain.store.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upserts a {@link Catalogue} into {@code PT_AGREEMENT} in one transaction, in the catalogue's
 * order (frameworks before locals): a new agreement is inserted, a changed one updated (version +
 * 1), an unchanged one not written. Agreements no longer in the catalogue stay (participations
 * refer to them). A catalogue file may not take the id of an agreement created through the API.
 *
 * <p>In the same transaction the groups of every party of every stored agreement (the catalogue's
 * and those created through the API) and the standing groups are created where missing, through
 * the {@link GroupDirectory} (docs/access.md, "Groups").
 */
public final class CatalogueInstaller {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogueInstaller.class);

  private final AgreementStore store;
  private final Transactions transactions;
  private final Clock clock;
  private final GroupDirectory groups;

  /** An installer that creates no groups (no engine). */
  public CatalogueInstaller(AgreementStore store, Transactions transactions, Clock clock) {
    this(store, transactions, clock, GroupDirectory.NONE);
  }

  /**
   * @param store the agreements' table
   * @param transactions runs the whole installation in one transaction
   * @param clock stamps the rows
   * @param groups where the parties' groups are created
   */
  public CatalogueInstaller(AgreementStore store, Transactions transactions, Clock clock,
      GroupDirectory groups) {
    this.store = store;
    this.transactions = transactions;
    this.clock = clock;
    this.groups = groups;
  }

  /**
   * What an installation did, by agreement id, in load order, and the ids of the groups it
   * created.
   */
  public record Result(List<String> inserted, List<String> updated, List<String> unchanged,
      List<String> groupsCreated) {}

  /**
   * Installs with the installer's {@link GroupDirectory}.
   *
   * @throws InvalidCatalogueException when a file claims the id of an agreement created through
   *     the API
   */
  public Result install(Catalogue catalogue) {
    return install(catalogue, groups);
  }

  /**
   * Installs, creating the parties' groups through {@code directory} (e.g. the engine being built,
   * before the installer's own directory could reach it).
   *
   * @throws InvalidCatalogueException when a file claims the id of an agreement created through
   *     the API
   */
  public Result install(Catalogue catalogue, GroupDirectory directory) {
    Result result = transactions.required(() -> {
      Instant now = clock.instant();
      Result r = new Result(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
          new ArrayList<>());
      for (CatalogueEntry entry : catalogue.entries()) {
        String id = entry.agreement().id();
        if (store.find(id).filter(StoredAgreement::fromApi).isPresent()) {
          throw new InvalidCatalogueException(entry.file(), "id",
              "is already used by an agreement created through the API");
        }
        switch (store.save(entry.agreement(), entry.file(), now)) {
          case INSERTED -> r.inserted().add(id);
          case UPDATED -> r.updated().add(id);
          case UNCHANGED -> r.unchanged().add(id);
        }
      }
      r.groupsCreated().addAll(directory.ensure(PartyGroups.groupsOf(
          store.findAll().stream().map(StoredAgreement::agreement).toList())));
      return r;
    });
    LOG.info("Programme catalogue: {} agreements ({} new, {} changed, {} unchanged), {} groups "
            + "created", catalogue.entries().size(), result.inserted().size(),
        result.updated().size(), result.unchanged().size(), result.groupsCreated().size());
    return result;
  }
}
