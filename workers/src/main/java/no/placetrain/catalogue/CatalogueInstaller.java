package no.placetrain.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 */
public final class CatalogueInstaller {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogueInstaller.class);

  private final AgreementStore store;
  private final Transactions transactions;
  private final Clock clock;

  /**
   * @param store the agreements' table
   * @param transactions runs the whole installation in one transaction
   * @param clock stamps the rows
   */
  public CatalogueInstaller(AgreementStore store, Transactions transactions, Clock clock) {
    this.store = store;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** What an installation did, by agreement id, in load order. */
  public record Result(List<String> inserted, List<String> updated, List<String> unchanged) {}

  /**
   * @throws InvalidCatalogueException when a file claims the id of an agreement created through
   *     the API
   */
  public Result install(Catalogue catalogue) {
    Result result = transactions.required(() -> {
      Instant now = clock.instant();
      Result r = new Result(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
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
      return r;
    });
    LOG.info("Programme catalogue: {} agreements ({} new, {} changed, {} unchanged)",
        catalogue.entries().size(), result.inserted().size(), result.updated().size(),
        result.unchanged().size());
    return result;
  }
}
