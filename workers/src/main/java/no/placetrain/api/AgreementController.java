package no.placetrain.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.util.List;
import no.placetrain.access.AccessDeniedException;
import no.placetrain.access.PartyRules;
import no.placetrain.catalogue.DocumentCodec;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.AgreementKind;
import no.placetrain.domain.agreement.InvalidAgreementException;
import no.placetrain.service.AgreementService;
import no.placetrain.service.AgreementView;
import no.placetrain.service.ScorecardService;
import org.camunda.bpm.engine.IdentityService;
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
 * {@code /api/agreements}: list and read agreements, create a LOCAL agreement under a FRAMEWORK,
 * read an agreement's scorecard.
 *
 * <p>An agreement is read and written as its <em>document</em>: the format of the catalogue files
 * (docs/agreements.md) as JSON, with kebab-case keys. Reading adds {@code effective-commitments}
 * (a local's include its framework's). Creating reads the body with the catalogue's own
 * {@link DocumentCodec}, so unknown keys are refused and every finding names the document path the
 * catalogue would name (e.g. {@code terms.practice-months.min: must be a whole number}).
 */
@RestController
@RequestMapping(path = "/api/agreements", produces = MediaType.APPLICATION_JSON_VALUE)
public class AgreementController {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final AgreementService agreements;
  private final ScorecardService scorecards;
  private final IdentityService identity;
  private final DocumentCodec codec = new DocumentCodec();

  /**
   * @param agreements reads and creates agreements
   * @param scorecards computes scorecards
   */
  public AgreementController(AgreementService agreements, ScorecardService scorecards) {
    this(agreements, scorecards, null);
  }

  /**
   * @param agreements reads and creates agreements
   * @param scorecards computes scorecards
   * @param identity the engine's current authentication: who calls ({@code null}: every caller
   *     may create agreements)
   */
  public AgreementController(AgreementService agreements, ScorecardService scorecards,
      IdentityService identity) {
    this.agreements = agreements;
    this.scorecards = scorecards;
    this.identity = identity;
  }

  /** Every agreement (id, kind, parent, name, status), by id. */
  @GetMapping
  public List<AgreementSummary> listAgreements() {
    return agreements.list().stream().map(AgreementSummary::of).toList();
  }

  /** One agreement's document with its {@code effective-commitments}; 404 when unknown. */
  @GetMapping("/{id}")
  public ObjectNode getAgreement(@PathVariable("id") String id) {
    return details(agreements.get(id));
  }

  /**
   * Creates a LOCAL agreement under the FRAMEWORK its {@code parent} names, in one transaction:
   * 201 with its document; 400 when the document is malformed or loosens the framework; 404 when
   * the parent does not exist; 409 when the id is taken; 403 unless the caller is the regional
   * coordinator or an administrator (checked before the document is read).
   */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ObjectNode> createAgreement(
      @RequestBody String document, UriComponentsBuilder uri) {
    if (!PartyRules.mayCreateAgreements(
        identity == null ? null : identity.getCurrentAuthentication())) {
      throw new AccessDeniedException(null, "a local agreement is created by the regional "
          + "coordinator or an administrator only");
    }
    Agreement draft = codec.fromJson(document);
    if (draft.kind() != AgreementKind.LOCAL) {
      throw new InvalidAgreementException("kind",
          "must be LOCAL (only a local agreement under a framework can be created)");
    }
    if (!draft.hasParent()) {
      throw new InvalidAgreementException("parent",
          "is required (the FRAMEWORK agreement the local agreement belongs to)");
    }
    Agreement created = agreements.createLocal(draft.parentId(), draft);
    URI location = uri.path("/api/agreements/{id}").buildAndExpand(created.id()).toUri();
    return ResponseEntity.created(location).body(details(agreements.get(created.id())));
  }

  /** The agreement's scorecard; 404 when unknown. */
  @GetMapping("/{id}/scorecard")
  public ScorecardResource getScorecard(@PathVariable("id") String id) {
    return ScorecardResource.of(scorecards.scorecard(id));
  }

  private ObjectNode details(AgreementView view) {
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(codec.toJson(view.agreement()));
      ArrayNode effective = node.putArray("effective-commitments");
      view.effectiveCommitments().forEach(c ->
          effective.add(JSON.valueToTree(EffectiveCommitment.of(c, view.agreement()))));
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot read back the document of an agreement", e);
    }
  }
}
