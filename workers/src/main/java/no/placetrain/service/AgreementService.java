package no.placetrain.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.AgreementConflictException;
import no.placetrain.domain.agreement.AgreementKind;
import no.placetrain.domain.agreement.InvalidAgreementException;
import no.placetrain.domain.agreement.PartyGroups;
import no.placetrain.domain.agreement.UnknownAgreementException;
import no.placetrain.store.AgreementStore;
import no.placetrain.store.StoredAgreement;
import no.placetrain.store.Transactions;

/**
 * The agreements: read them (with the commitments that apply) and create LOCAL agreements under a
 * FRAMEWORK. Reads from the database on every call, so agreements created through the API are seen
 * at once. A created agreement's parties get their groups (docs/access.md, "Groups").
 */
public class AgreementService implements AgreementLookup {

  private final AgreementStore store;
  private final Transactions transactions;
  private final Clock clock;
  private final GroupDirectory groups;
  private final PartyAccess access;

  /** A service that creates no groups (no engine). */
  public AgreementService(AgreementStore store, Transactions transactions, Clock clock) {
    this(store, transactions, clock, GroupDirectory.NONE);
  }

  /**
   * @param store the agreements' table
   * @param transactions runs a creation in one transaction
   * @param clock stamps creations
   * @param groups where the groups of a created agreement's parties are created
   */
  public AgreementService(AgreementStore store, Transactions transactions, Clock clock,
      GroupDirectory groups) {
    this(store, transactions, clock, groups, PartyAccess.NONE);
  }

  /**
   * @param store the agreements' table
   * @param transactions runs a creation in one transaction
   * @param clock stamps creations
   * @param groups where the groups of a created agreement's parties are created
   * @param access grants a created agreement's parties what they may do in the engine
   */
  public AgreementService(AgreementStore store, Transactions transactions, Clock clock,
      GroupDirectory groups, PartyAccess access) {
    this.store = store;
    this.transactions = transactions;
    this.clock = clock;
    this.groups = groups;
    this.access = access;
  }

  /** Every agreement, by id. */
  public List<Agreement> list() {
    return store.findAll().stream().map(StoredAgreement::agreement).toList();
  }

  @Override
  public Optional<Agreement> find(String id) {
    return id == null ? Optional.empty() : store.find(id).map(StoredAgreement::agreement);
  }

  /**
   * One agreement with its effective commitments.
   *
   * @throws UnknownAgreementException naming {@code agreementId}
   */
  public AgreementView get(String id) {
    Agreement agreement = find(id).orElseThrow(() -> new UnknownAgreementException("agreementId"));
    return new AgreementView(agreement, effectiveCommitments(agreement));
  }

  /**
   * Creates a LOCAL agreement under the FRAMEWORK {@code parentId}, source {@code api}, and the
   * missing groups of its parties ({@link PartyGroups#groupsOf(Agreement)}) and their grants
   * ({@link PartyAccess}), in one transaction.
   * Checks in this order: the parent exists, the draft is a LOCAL naming that parent (or none), it
   * only tightens the framework, its id is free.
   *
   * @param draft a valid agreement (its constructor checked its own rules)
   * @throws UnknownAgreementException naming {@code parent} when no such agreement exists
   * @throws InvalidAgreementException when the draft is not a LOCAL of this framework or loosens it
   * @throws AgreementConflictException when the id is taken
   */
  public Agreement createLocal(String parentId, Agreement draft) {
    return transactions.required(() -> {
      Agreement parent = find(parentId).orElseThrow(() -> new UnknownAgreementException("parent"));
      if (draft.kind() != AgreementKind.LOCAL) {
        throw new InvalidAgreementException("kind", "must be LOCAL (a framework has no parent)");
      }
      if (draft.parentId() != null && !draft.parentId().equals(parentId)) {
        throw new InvalidAgreementException("parent",
            "must name the framework the agreement is created under");
      }
      Agreement local = withParent(draft, parentId);
      local.requireWithin(parent);
      if (store.exists(local.id())) {
        throw new AgreementConflictException();
      }
      store.insert(local, AgreementStore.SOURCE_API, clock.instant());
      groups.ensure(PartyGroups.groupsOf(local));
      access.grant(List.of(local));
      return local;
    });
  }

  private static Agreement withParent(Agreement a, String parentId) {
    return new Agreement(a.id(), a.kind(), parentId, a.name(), a.status(), a.statusReason(),
        a.offices(), a.employer(), a.broker(), a.terms(), a.commitments(), a.responsibilities());
  }
}
