package no.placetrain.catalogue;

import java.util.List;
import java.util.Optional;
import no.placetrain.domain.agreement.Agreement;

/**
 * The valid programme catalogue: every FRAMEWORK before every LOCAL (so a local's parent row
 * exists before the local's), each group in file-name order.
 *
 * @param entries the agreements with their files
 */
public record Catalogue(List<CatalogueEntry> entries) {

  /** Copies the entries. */
  public Catalogue {
    entries = List.copyOf(entries);
  }

  /** The agreement with {@code id}, if the catalogue holds one. */
  public Optional<Agreement> find(String id) {
    return entries.stream().map(CatalogueEntry::agreement).filter(a -> a.id().equals(id))
        .findFirst();
  }

  /** The agreements in load order. */
  public List<Agreement> agreements() {
    return entries.stream().map(CatalogueEntry::agreement).toList();
  }
}
