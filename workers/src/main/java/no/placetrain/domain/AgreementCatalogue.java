package no.placetrain.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agreements a deployment runs, validated once at construction and immutable afterwards.
 *
 * <p>Rules: ids unique and matching {@value #ID_PATTERN}; name and employer not blank; at least one
 * NAV office, none blank; a selection mode; 1 ≤ practice-min-months ≤ practice-max-months ≤ 12; a
 * job-guarantee period, when present, positive and only with a broker (the broker gives the
 * guarantee).
 */
public final class AgreementCatalogue {

  /** The pattern agreement ids follow. */
  public static final String ID_PATTERN = "^[a-z0-9-]{3,60}$";

  private final Map<String, Agreement> byId;
  private final List<Agreement> ordered;

  /**
   * @param agreements the entries, in configuration order
   * @throws InvalidAgreementException for the first invalid entry
   */
  public AgreementCatalogue(List<Agreement> agreements) {
    Map<String, Agreement> entries = new LinkedHashMap<>();
    for (int i = 0; i < agreements.size(); i++) {
      Agreement agreement = agreements.get(i);
      AgreementValidator.validate(i, agreement);
      if (entries.putIfAbsent(agreement.id(), agreement) != null) {
        throw new InvalidAgreementException(
            i, agreement.id(), AgreementField.ID, "is used by an earlier entry; ids must be unique");
      }
    }
    this.byId = Map.copyOf(entries);
    this.ordered = List.copyOf(entries.values());
  }

  /** The agreement with this id, if the catalogue holds one. */
  public Optional<Agreement> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  /** Every agreement, in configuration order. */
  public Collection<Agreement> all() {
    return ordered;
  }
}
