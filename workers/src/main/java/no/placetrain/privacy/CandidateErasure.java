package no.placetrain.privacy;

import static no.placetrain.privacy.ErasureReport.*;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.placetrain.domain.Candidate;
import no.placetrain.domain.EndReason;
import no.placetrain.domain.InvalidValueException;
import no.placetrain.domain.Outcome;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.ParticipationEnd;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import no.placetrain.store.ParticipationStore;
import no.placetrain.store.Transactions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Erases one candidate on request (docs/access.md, "Erasing a candidate"): every row about the
 * candidate in the engine's runtime and history tables is deleted, and in our tables anonymised.
 *
 * <p>For every participation with the candidate's reference ({@code PT_PARTICIPATION.CANDIDATE_REF},
 * any agreement, any state):
 * <ol>
 *   <li>a participation still ACTIVE ends now with the outcome ENDED and the end reason
 *       {@link EndReason#ERASED}: the candidate withdraws, the place it held is freed;
 *   <li>its commitments still OPEN are CANCELLED with {@code participation ended: ERASED} (also the
 *       broker's guarantee offer an ended participation left OPEN: the escalation that would have
 *       settled it is deleted below); waiver reasons (free text a person typed, which may be about
 *       the candidate) are replaced by {@value #WAIVER_REASON_ERASED}. The ledger rows stay: they
 *       hold no personal data and count in the scorecard;
 *   <li>its notices in the outbox ({@code PT_OUTBOX}), sent or not, are deleted: none goes out
 *       about it any more;
 *   <li>its {@code place-and-train} instance, the {@code job-guarantee} instance it called and the
 *       {@code commitment-escalation} instances of its commitments are deleted, running and
 *       historic, with everything the engine keeps about them (see {@link EngineRecords}); the
 *       running ones with the fixed reason {@value #DELETE_REASON}, skipping the models'
 *       listeners and mappings;
 *   <li>the row is anonymised: {@code CANDIDATE_REF} → {@code ERASED-} + 8 random letters and
 *       digits, {@code DISPLAY_NAME} → {@value #ERASED_DISPLAY_NAME}, {@code STRENGTHS},
 *       {@code PROCESS_INSTANCE_ID} and {@code ACTIVE_KEY} → NULL; its id, agreement, office,
 *       outcome, end reason and instants stay (the scorecard counts them). Checkpoints stay.
 * </ol>
 * All of it runs in one transaction (the engine's commands join it): it is done entirely or not
 * at all. Erasing again finds no participation with the reference and reports zeros.
 *
 * <p>For administrators only: when the engine knows an authenticated user, that user must be a
 * member of {@code camunda-admin}; without one the caller is trusted host code. (The REST API
 * requires an authenticated administrator.) The log names who erased and how many participations,
 * never the reference, a name or an id.
 */
public class CandidateErasure {

  /** The delete reason of the deleted running instances (in no history that is kept). */
  public static final String DELETE_REASON = "candidate erased";
  /** What an erased reference starts with. */
  public static final String ERASED_PREFIX = "ERASED-";
  /** The display name of an erased participation. */
  public static final String ERASED_DISPLAY_NAME = "—";
  /** The waiver reason of an erased participation's waived commitments. */
  public static final String WAIVER_REASON_ERASED = "(erased with the candidate's data)";
  /** The field an invalid reference is reported on. */
  public static final String FIELD = "candidateRef";

  private static final Logger LOG = LoggerFactory.getLogger(CandidateErasure.class);
  private static final ParticipationEnd ERASED =
      new ParticipationEnd(Outcome.ENDED, EndReason.ERASED);
  private static final char[] PLACEHOLDER = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private final ParticipationStore store;
  private final ParticipationService participations;
  private final CommitmentService commitments;
  private final JdbcClient jdbc;
  private final EngineRecords engineRecords;
  private final IdentityService identity;
  private final Transactions transactions;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param store finds the candidate's participations and anonymises them
   * @param participations ends an active one
   * @param commitments cancels the open commitments
   * @param jdbc on the engine's data source (our tables): replaces waiver reasons
   * @param engine deletes the process instances and their history; its current authentication
   *     says who erases
   * @param transactions the engine's transaction manager (REQUIRED)
   */
  public CandidateErasure(ParticipationStore store, ParticipationService participations,
      CommitmentService commitments, JdbcClient jdbc, ProcessEngineServices engine,
      Transactions transactions) {
    this.store = store;
    this.participations = participations;
    this.commitments = commitments;
    this.jdbc = jdbc;
    this.engineRecords = new EngineRecords(engine);
    this.identity = engine.getIdentityService();
    this.transactions = transactions;
  }

  /**
   * Erases the candidate {@code candidateRef} (see the class comment).
   *
   * @return the counts; {@link ErasureReport#nothingFound()} when no participation has the
   *     reference (erased already, or never referred)
   * @throws AuthorizationException when an authenticated user is not an administrator
   * @throws InvalidValueException naming {@value #FIELD} (never the value) when the reference is
   *     missing or malformed (the rules of {@link Candidate})
   */
  public ErasureReport erase(String candidateRef) {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication != null && !isAdministrator(authentication)) {
      throw new AuthorizationException("only administrators (" + Groups.CAMUNDA_ADMIN
          + ") may erase a candidate");
    }
    String reference = checkedReference(candidateRef);
    ErasureReport report = transactions.required(() -> eraseAll(reference));
    if (!report.nothingFound()) {
      LOG.info("Candidate erased: {} participations (by {})", report.participations(),
          authentication == null ? "host code, no authenticated user"
              : authentication.getUserId());
    }
    return report;
  }

  /** Whether the authenticated user is a member of {@code camunda-admin}. */
  public static boolean isAdministrator(Authentication authentication) {
    return authentication != null && authentication.getGroupIds() != null
        && authentication.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
  }

  /**
   * The reference, if it has the shape of a candidate's reference ({@link Candidate}'s rules).
   *
   * @throws InvalidValueException naming {@value #FIELD}, never the value
   */
  public static String checkedReference(String candidateRef) {
    // Candidate checks the reference; the display name is only a stand-in that passes
    return new Candidate(candidateRef, ERASED_DISPLAY_NAME).reference();
  }

  private ErasureReport eraseAll(String reference) {
    List<Participation> found = store.findByCandidate(reference);
    if (found.isEmpty()) {
      return ErasureReport.none();
    }
    Map<String, Long> counts = new HashMap<>();
    for (Participation participation : found) {
      erase(participation, counts);
    }
    return new ErasureReport(found.size(), counts);
  }

  private void erase(Participation participation, Map<String, Long> counts) {
    String id = participation.id();
    if (participation.isActive()) {
      participations.end(id, Outcome.ENDED, EndReason.ERASED);
      EngineRecords.add(counts, PARTICIPATIONS_ENDED, 1);
    }
    EngineRecords.add(counts, COMMITMENTS_CANCELLED, commitments.cancelOpen(id, ERASED).size());
    EngineRecords.add(counts, WAIVER_REASONS_ERASED, jdbc.sql("UPDATE PT_COMMITMENT "
            + "SET WAIVED_REASON = :erased WHERE PARTICIPATION_ID = :id "
            + "AND WAIVED_REASON IS NOT NULL AND WAIVED_REASON <> :erased")
        .param("erased", WAIVER_REASON_ERASED).param("id", id).update());
    EngineRecords.add(counts, OUTBOX_NOTICES, jdbc.sql("DELETE FROM PT_OUTBOX "
            + "WHERE PARTICIPATION_ID = :id").param("id", id).update());
    List<Commitment> ledger = commitments.ofParticipation(id);
    engineRecords.erase(engineRecords.instancesOf(participation, ledger), DELETE_REASON, counts);
    if (!store.anonymise(id, placeholderReference(), ERASED_DISPLAY_NAME)) {
      throw new IllegalStateException("participation " + id + " could not be anonymised");
    }
    EngineRecords.add(counts, PARTICIPATIONS_ANONYMISED, 1);
  }

  private String placeholderReference() {
    StringBuilder reference = new StringBuilder(ERASED_PREFIX);
    for (int i = 0; i < 8; i++) {
      reference.append(PLACEHOLDER[random.nextInt(PLACEHOLDER.length)]);
    }
    return reference.toString();
  }
}
