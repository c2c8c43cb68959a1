package no.placetrain.store;

import java.time.Instant;
import no.placetrain.domain.agreement.Agreement;

/**
 * An agreement as stored, with its bookkeeping.
 *
 * @param agreement the agreement
 * @param source the catalogue file name, or {@value AgreementStore#SOURCE_API} when created
 *     through the API
 * @param version 1 when inserted, +1 on every change
 * @param createdAt when inserted
 * @param updatedAt when last changed
 */
public record StoredAgreement(
    Agreement agreement, String source, int version, Instant createdAt, Instant updatedAt) {

  /** Whether the agreement was created through the API (not from a catalogue file). */
  public boolean fromApi() {
    return AgreementStore.SOURCE_API.equals(source);
  }
}
