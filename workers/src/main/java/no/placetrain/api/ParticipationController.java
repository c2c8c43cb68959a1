package no.placetrain.api;

import java.net.URI;
import java.util.Optional;
import no.placetrain.access.AccessDeniedException;
import no.placetrain.access.PartyRules;
import no.placetrain.domain.agreement.Participation;
import no.placetrain.service.CommitmentService;
import no.placetrain.service.ParticipationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /api/participations}: refer a candidate (starts {@code place-and-train}) and read a
 * participation with its commitments.
 */
@RestController
@RequestMapping(path = "/api/participations", produces = MediaType.APPLICATION_JSON_VALUE)
public class ParticipationController {

  private final Referrals referrals;
  private final ParticipationService participations;
  private final CommitmentService commitments;
  private final IdentityService identity;

  /**
   * @param referrals starts participations
   * @param participations reads them
   * @param commitments reads their ledger entries
   */
  public ParticipationController(Referrals referrals, ParticipationService participations,
      CommitmentService commitments) {
    this(referrals, participations, commitments, null);
  }

  /**
   * @param referrals starts participations
   * @param participations reads them
   * @param commitments reads their ledger entries
   * @param identity the engine's current authentication: who calls ({@code null}: every caller
   *     may read every participation)
   */
  public ParticipationController(Referrals referrals, ParticipationService participations,
      CommitmentService commitments, IdentityService identity) {
    this.referrals = referrals;
    this.participations = participations;
    this.commitments = commitments;
    this.identity = identity;
  }

  /**
   * Refers a candidate to a LOCAL, ACTIVE agreement (also one created through
   * {@code POST /api/agreements}): 201 with the participation (its id is the process instance's
   * business key; {@code referredBy} is the authenticated user); 400 when a value is missing or
   * malformed, or the agreement is a FRAMEWORK; 404 when the agreement does not exist; 403 when
   * the caller is not a caseworker of the referring office (nor an administrator); 409 when
   * the agreement is not ACTIVE or the candidate is already active in that agreement.
   */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ParticipationResource> referCandidate(
      @RequestBody ReferralRequest request, UriComponentsBuilder uri) {
    Participation participation = referrals.refer(request);
    URI location = uri.path("/api/participations/{id}")
        .buildAndExpand(participation.id()).toUri();
    return ResponseEntity.created(location).body(resource(participation));
  }

  /**
   * One participation with its commitments, for the referring office's caseworkers, KAMs and
   * leads, the regional coordinator and administrators (docs/access.md): 403 for anyone else
   * — also when no participation has the id, so a caller who may not read it learns nothing of
   * whether it exists; 404 when unknown, for those who read every participation.
   */
  @GetMapping("/{id}")
  public ParticipationResource getParticipation(@PathVariable("id") String id) {
    Authentication caller = identity == null ? null : identity.getCurrentAuthentication();
    Optional<Participation> found = participations.find(id);
    if (found.isPresent() && PartyRules.mayRead(caller, found.get())) {
      return resource(found.get());
    }
    if (!PartyRules.mayReadEvery(caller)) {
      throw new AccessDeniedException(null, "a participation is read by its referring office's "
          + "caseworkers, KAMs and leads, the regional coordinator and administrators only");
    }
    return resource(participations.get(id));
  }

  private ParticipationResource resource(Participation participation) {
    return ParticipationResource.of(participation,
        commitments.ofParticipation(participation.id()));
  }
}
