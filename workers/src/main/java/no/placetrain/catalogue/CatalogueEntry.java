package no.placetrain.catalogue;

import no.placetrain.domain.agreement.Agreement;

/**
 * One agreement of the catalogue and the file it came from.
 *
 * @param file the file name, e.g. {@code kiwi-nav-drammen.yaml} (the {@code SOURCE} of its row)
 * @param agreement the valid agreement
 */
public record CatalogueEntry(String file, Agreement agreement) {}
