package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The groups come from the agreements (docs/access.md, "Groups"): the server's catalogue gave
 * every party its groups at start, and an agreement created through {@code POST /api/agreements}
 * gives its parties theirs at once; each is a WORKFLOW group with a Norwegian name.
 */
class PartyGroupsOverRestTest extends ServerTestBase {

  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;

  @Test
  void everyPartyOfTheCatalogueHasItsGroups() {
    for (String[] idAndName : new String[][] {
        {"nav-drammen-caseworker", "NAV-veiledere, NAV Drammen"},
        {"nav-grunerlokka-kam", "Markedskontakter (KAM), NAV Grünerløkka"},
        {"nav-bjerke-lead", "Ledere, NAV Bjerke"},
        {"nav-intro-oslo-caseworker", "NAV-veiledere, NAV Intro Oslo"},
        {"employer-nordic-choice-hotels", "Kontaktpersoner, Nordic Choice Hotels"},
        {"employer-posten-norge-mentor", "Faddere, Posten Norge"},
        {"broker-stella-rode-kors-kvinnesenter", "Formidler, Stella Røde Kors kvinnesenter"},
        {"broker-fretex", "Formidler, Fretex"},
        {"nav-regional-coordinator", "Regional koordinator (rammeavtaler)"},
        {"process-owner", "Prosesseiere"}}) {
      JsonNode group = as("admin").get("/engine-rest/group/" + idAndName[0]).expect(200).json();
      assertThat(group.get("name").asText()).as(idAndName[0]).isEqualTo(idAndName[1]);
      assertThat(group.get("type").asText()).as(idAndName[0]).isEqualTo("WORKFLOW");
    }
  }

  private List<Filter> filtersOf(String groupId) {
    return filterService.createFilterQuery().filterResourceType("Task").list().stream()
        .filter(f -> groupId.equals(GroupTaskFilters.candidateGroupOf(f))).toList();
  }

  @Test
  void aLocalAgreementCreatedThroughTheApiGivesItsPartiesTheirGroups() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String broker = "Kirkens Bymisjon " + suffix;
    String brokerGroup = "broker-kirkens-bymisjon-" + suffix;
    as("admin").get("/engine-rest/group/" + brokerGroup).expect(404);

    as("frida").post("/api/agreements", """
        {
          "id": "iss-api-groups-%s",
          "kind": "LOCAL",
          "parent": "iss-oslo-region",
          "name": "ISS × NAV Grorud med Kirkens Bymisjon",
          "offices": [{"id": "nav-grorud", "name": "NAV Grorud"}],
          "employer": {"name": "ISS", "org-number": null, "sites": ["ISS Grorud"]},
          "broker": {"name": "%s"},
          "terms": {"selection": "INTERVIEW", "practice-months": {"min": 3, "max": 4}}
        }
        """.formatted(suffix, broker)).expect(201);

    try {
      JsonNode group = as("admin").get("/engine-rest/group/" + brokerGroup).expect(200).json();
      assertThat(group.get("name").asText()).isEqualTo("Formidler, " + broker);
      assertThat(group.get("type").asText()).isEqualTo("WORKFLOW");
      for (String id : new String[] {"nav-grorud-caseworker", "nav-grorud-kam",
          "nav-grorud-lead", "employer-iss", "employer-iss-mentor"}) {
        as("admin").get("/engine-rest/group/" + id).expect(200);
      }
      // the new group has its Tasklist filter at once, not only after the next start
      assertThat(filtersOf(brokerGroup)).hasSize(1);
      assertThat(filtersOf(brokerGroup).get(0).getName())
          .isEqualTo("Oppgaver for Formidler, " + broker);
    } finally {
      // the server's other tests share the engine: leave its groups and filters as the start
      // made them
      filtersOf(brokerGroup).forEach(f -> filterService.deleteFilter(f.getId()));
      identityService.deleteGroup(brokerGroup);
    }
  }
}
