package no.placetrain.process.commitment;

import static no.placetrain.process.commitment.CommitmentEscalationProcess.*;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.placetrain.access.EngineAccess;
import no.placetrain.domain.Codes;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.Commitment;
import no.placetrain.domain.agreement.CommitmentKind;
import no.placetrain.domain.agreement.CommitmentStatus;
import no.placetrain.domain.agreement.EscalationRole;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.domain.agreement.ParticipationEnd;
import no.placetrain.domain.agreement.PartyGroups;
import no.placetrain.domain.agreement.UnknownAgreementException;
import no.placetrain.domain.agreement.UnknownCommitmentException;
import no.placetrain.notify.Notice;
import no.placetrain.notify.Notifier;
import no.placetrain.notify.Reminder;
import no.placetrain.service.AgreementLookup;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Escalation of overdue commitments: starts one {@code commitment-escalation} instance per
 * overdue commitment (business key = commitment id), reminds the obligor, climbs the ladder
 * ({@code Decision_EscalationLadder}) and ends a running escalation when the obligor meets the
 * commitment after all (message {@code CommitmentMet}) or when the participation ends (the
 * commitment is cancelled and its escalation deleted). The one place every worker that meets or
 * escalates a commitment goes through, in {@code place-and-train} and {@code job-guarantee} alike.
 *
 * <p>Engine calls go through the {@link ProcessEngineServices} a caller passes (a worker: its
 * execution's), so this service needs no engine at construction and joins the caller's command.
 * Log lines name commitment and participation ids only.
 */
public class EscalationService {

  /**
   * Delete reason of an escalation ended because its participation ended (in the history of the
   * deleted instance: no ids, no names, no codes about the person).
   */
  public static final String PARTICIPATION_ENDED = "participation ended";

  private static final Logger LOG = LoggerFactory.getLogger(EscalationService.class);

  private final CommitmentService commitments;
  private final ParticipationService participations;
  private final AgreementLookup agreements;
  private final Notifier notifier;
  private final Clock clock;

  /**
   * @param commitments the ledger
   * @param participations gives the candidate's display name for the escalation's forms
   * @param agreements gives the agreement's name for the escalation's forms
   * @param notifier writes the reminders and the levels' notices
   * @param clock stamps when a commitment is met
   */
  public EscalationService(CommitmentService commitments, ParticipationService participations,
      AgreementLookup agreements, Notifier notifier, Clock clock) {
    this.commitments = commitments;
    this.participations = participations;
    this.agreements = agreements;
    this.notifier = notifier;
    this.clock = clock;
  }

  /**
   * Records the commitment as met now (MET, or MET_LATE after its due instant; a settled one
   * stays as it is) and, when an escalation of it runs, ends that escalation by correlating
   * {@code CommitmentMet} to it.
   *
   * @return the commitment, or empty when none was opened
   */
  public Optional<Commitment> meet(ProcessEngineServices engine, String participationId,
      CommitmentKind kind, int sequence) {
    Optional<Commitment> met = commitments.meet(participationId, kind, sequence, clock.instant());
    met.ifPresent(commitment -> {
      LOG.info("Commitment {} of participation {} is {}", commitment.id(), participationId,
          commitment.status());
      endEscalation(engine, commitment.id());
    });
    return met;
  }

  /**
   * Ends the running escalation of {@code commitmentId}, if there is one, by correlating
   * {@code CommitmentMet} to it (its event subprocess records MET_LATE and ends it).
   *
   * @return whether an escalation was running
   */
  public boolean endEscalation(ProcessEngineServices engine, String commitmentId) {
    List<ProcessInstance> running = runningEscalations(engine, commitmentId);
    for (ProcessInstance instance : running) {
      engine.getRuntimeService().createMessageCorrelation(MESSAGE_COMMITMENT_MET)
          .processInstanceId(instance.getId())
          .correlateAll();
      LOG.info("Escalation of commitment {} ended: the commitment was met", commitmentId);
    }
    return !running.isEmpty();
  }

  /**
   * The participation ended: cancels its commitments still OPEN (see
   * {@link CommitmentService#cancelOpen}) and deletes the running {@code commitment-escalation}
   * instance of every cancelled commitment, so no follow-up task is left in Tasklist and no timer
   * climbs the ladder any further. Runs in the caller's command and transaction (a closing
   * worker's): the ledger and the engine change together or not at all.
   *
   * <p>Each instance is deleted with the reason {@value #PARTICIPATION_ENDED}, as externally
   * terminated, skipping custom listeners and input/output mappings: the escalation is abandoned,
   * not finished, so nothing its model does on the way out (a listener that clears or notifies, a
   * mapping of the level's answer) may run for a commitment nobody owes any more; a call activity
   * it might start is deleted with it. Ending again finds nothing OPEN and no escalation running
   * and changes nothing: a retried job does not fail.
   *
   * @return the commitments cancelled by this call
   */
  public List<Commitment> endParticipation(
      ProcessEngineServices engine, String participationId, ParticipationEnd end) {
    List<Commitment> cancelled = commitments.cancelOpen(participationId, end);
    int deleted = 0;
    for (Commitment commitment : commitments.ofParticipation(participationId)) {
      if (commitment.status() != CommitmentStatus.CANCELLED) {
        continue; // OPEN (its escalation goes on) or settled otherwise (its escalation ended)
      }
      for (ProcessInstance escalation : runningEscalations(engine, commitment.id())) {
        engine.getRuntimeService().deleteProcessInstanceIfExists(escalation.getId(),
            PARTICIPATION_ENDED, true, true, true, false);
        deleted++;
        LOG.info("Escalation of commitment {} ended: participation {} ended", commitment.id(),
            participationId);
      }
    }
    if (!cancelled.isEmpty() || deleted > 0) {
      LOG.info("Participation {} ended: {} open commitment(s) cancelled, {} escalation(s) ended",
          participationId, cancelled.size(), deleted);
    }
    return cancelled;
  }

  /** The running {@code commitment-escalation} instance of {@code commitmentId}, if any. */
  public Optional<ProcessInstance> runningEscalation(
      ProcessEngineServices engine, String commitmentId) {
    return runningEscalations(engine, commitmentId).stream().findFirst();
  }

  private static List<ProcessInstance> runningEscalations(
      ProcessEngineServices engine, String commitmentId) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(KEY)
        .processInstanceBusinessKey(commitmentId)
        .list();
  }

  /**
   * Starts the escalation of the participation's commitment {@code kind}: a
   * {@code commitment-escalation} instance with business key = commitment id and the variables
   * {@code commitmentId}, {@code commitmentKind}, {@code obligorRole}, {@code participationId},
   * {@code agreementId}, {@code candidateDisplayName}, {@code agreementName} and
   * {@code escalationLevel} = 0, granted to the referring office's caseworker, KAM and lead
   * groups as the participation is ({@link EngineAccess#grantInstance}; its tasks' candidates
   * get Camunda's task grants). Nothing is started when the commitment was never opened, is no
   * longer OPEN, or already has a running escalation (whose id is returned).
   *
   * @return the id of the escalation's process instance, or empty when none runs
   */
  public Optional<String> escalate(ProcessEngineServices engine, String participationId,
      CommitmentKind kind, int sequence) {
    Optional<Commitment> found = commitments.find(participationId, kind, sequence);
    if (found.isEmpty()) {
      LOG.info("No {} commitment of participation {} to escalate (the agreement has none)", kind,
          participationId);
      return Optional.empty();
    }
    Commitment commitment = found.get();
    if (!commitment.isOpen()) {
      LOG.info("Commitment {} of participation {} is {}: no escalation", commitment.id(),
          participationId, commitment.status());
      return Optional.empty();
    }
    Optional<ProcessInstance> running = runningEscalation(engine, commitment.id());
    if (running.isPresent()) {
      return Optional.of(running.get().getId());
    }
    String instanceId = engine.getRuntimeService().createProcessInstanceByKey(KEY)
        .businessKey(commitment.id())
        .setVariables(Variables.createVariables()
            .putValue(COMMITMENT_ID.name(), commitment.id())
            .putValue(COMMITMENT_KIND.name(), commitment.kind().name())
            .putValue(OBLIGOR_ROLE.name(), commitment.obligorRole().name())
            .putValue(PARTICIPATION_ID.name(), commitment.participationId())
            .putValue(AGREEMENT_ID.name(), commitment.agreementId())
            .putValue(CANDIDATE_DISPLAY_NAME.name(), participations.find(
                commitment.participationId()).map(p -> p.candidate().displayName()).orElse(""))
            .putValue(AGREEMENT_NAME.name(), agreements.find(commitment.agreementId())
                .map(Agreement::name).orElse(commitment.agreementId()))
            .putValue(ESCALATION_LEVEL.name(), 0))
        .execute()
        .getId();
    if (EngineAccess.inCommand()) {
      EngineAccess.grantInstance(instanceId, partiesOf(commitment));
    }
    LOG.warn("Commitment {} of participation {} is overdue: escalation started", commitment.id(),
        participationId);
    return Optional.of(instanceId);
  }

  /**
   * Reminds the obligor's group of the overdue commitment (the group of the obligor party of its
   * participation, see {@link #partiesOf}) through the {@link Notifier} (the outbox, in the
   * caller's transaction; once per commitment: {@link Notice#reminder}). A commitment that is
   * settled meanwhile gets no reminder.
   *
   * @return the reminder sent, or empty when the commitment is no longer OPEN
   * @throws UnknownCommitmentException when no commitment has the id
   */
  public Optional<Reminder> remind(String commitmentId) {
    Commitment commitment = commitments.get(commitmentId);
    if (!commitment.isOpen()) {
      LOG.info("Commitment {} is {}: no reminder", commitmentId, commitment.status());
      return Optional.empty();
    }
    Reminder reminder = new Reminder(commitment.participationId(), commitment.id(),
        commitment.kind(), commitment.dueAt(),
        partiesOf(commitment).ofObligor(commitment.obligorRole()));
    notifier.remind(reminder);
    return Optional.of(reminder);
  }

  /**
   * Climbs one level from {@code reached}: evaluates {@code Decision_EscalationLadder} for the
   * commitment's kind and the new level, gives the level's group from its role, the
   * commitment's obligor role and the groups of the participation's parties (its referring
   * office and its agreement: {@link EscalationGroups}), records the level in the ledger (the
   * same level again changes nothing: a retry) and notifies the level's group through the
   * {@link Notifier} ({@link Notice#escalated}: once per commitment and level).
   *
   * @param reached the level reached so far (0 before the first climb)
   * @throws UnknownCommitmentException when no commitment has the id
   * @throws no.placetrain.domain.agreement.CommitmentStateException when it is no longer OPEN
   * @throws IllegalStateException when the ladder has no row for the kind and level
   */
  public LadderStep climb(ProcessEngineServices engine, String commitmentId, int reached) {
    Commitment commitment = commitments.get(commitmentId);
    int level = reached + 1;
    DmnDecisionResult result = engine.getDecisionService()
        .evaluateDecisionByKey(DECISION_ESCALATION_LADDER)
        .variables(Variables.createVariables()
            .putValue(COMMITMENT_KIND.name(), commitment.kind().name())
            .putValue(ESCALATION_LEVEL.name(), level))
        .evaluate();
    DmnDecisionResultEntries row = result.getFirstResult();
    if (row == null) {
      throw new IllegalStateException(DECISION_ESCALATION_LADDER + " has no row for "
          + commitment.kind() + " at level " + level);
    }
    EscalationRole role = Codes.parse(EscalationRole.class,
        row.getEntry(ESCALATION_ROLE.name()), DECISION_ESCALATION_LADDER + ".escalationRole");
    String wait = row.getEntry(ESCALATION_WAIT.name());
    if (wait == null || wait.isBlank()) {
      throw new IllegalStateException(DECISION_ESCALATION_LADDER + " gives no escalationWait for "
          + commitment.kind() + " at level " + level);
    }
    LadderStep step = new LadderStep(level, role,
        EscalationGroups.of(role, commitment.obligorRole(), partiesOf(commitment)), wait,
        Boolean.TRUE.equals(row.getEntry(LAST_LEVEL.name())));
    commitments.escalate(commitmentId, level);
    notifier.send(Notice.escalated(commitment.participationId(), commitmentId, commitment.kind(),
        commitment.dueAt(), level, step.group()));
    LOG.warn("Commitment {} escalated to level {} ({})", commitmentId, level, role);
    return step;
  }

  /**
   * The groups of the parties of the commitment's participation: its referring office's and its
   * agreement's.
   *
   * @throws no.placetrain.domain.agreement.UnknownParticipationException when the participation
   *     is gone
   * @throws UnknownAgreementException when its agreement is gone
   */
  PartyGroups partiesOf(Commitment commitment) {
    Participation participation = participations.get(commitment.participationId());
    Agreement agreement = agreements.find(participation.agreementId())
        .orElseThrow(() -> new UnknownAgreementException("agreementId"));
    return PartyGroups.of(agreement, participation.officeId());
  }
}
