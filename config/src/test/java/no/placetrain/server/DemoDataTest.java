package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo users find their work in their group's Tasklist filter. */
class DemoDataTest extends ServerTestBase {

  @Test
  void everyRoleHasADemoUser() {
    // the named users of docs/access.md, then one user per party of the catalogue
    for (String[] userAndGroup : new String[][] {
        {"nora", "nav-grunerlokka-caseworker"}, {"nils", "nav-drammen-caseworker"},
        {"kari", "nav-grunerlokka-kam"}, {"olav", "nav-grunerlokka-lead"},
        {"frida", "nav-regional-coordinator"}, {"erik", "employer-nordic-choice-hotels"},
        {"mona", "employer-nordic-choice-hotels-mentor"}, {"bjorn", "broker-fretex"},
        {"petter", "process-owner"}, {"admin", "camunda-admin"},
        {"drammen.caseworker", "nav-drammen-caseworker"}, {"intro-oslo.kam", "nav-intro-oslo-kam"},
        {"grorud.caseworker", "nav-grorud-caseworker"}, {"kiwi.contact", "employer-kiwi"},
        {"kiwi.mentor", "employer-kiwi-mentor"}, {"olav-thon-gruppen.contact", "employer-olav-thon-gruppen"},
        {"fretex.staff", "broker-fretex"},
        {"stella-rode-kors-kvinnesenter.staff", "broker-stella-rode-kors-kvinnesenter"}}) {
      JsonNode users = as("admin").get("/engine-rest/user?maxResults=100&memberOfGroup=" + userAndGroup[1]).expect(200).json();
      List<String> ids = new ArrayList<>();
      users.forEach(user -> ids.add(user.get("id").asText()));
      assertThat(ids).as(userAndGroup[1]).contains(userAndGroup[0]);
    }
  }

  @Test
  void theFilterOfTheTasksGroupShowsItsMembersTheNewReferral() {
    String pi = participations("nils").refer("kiwi-nav-drammen", "KIWI-0100", "Sara");
    String taskId = participations("admin").task(pi).get("id").asText();
    String group = as("admin").get("/engine-rest/task/" + taskId + "/identity-links?type=candidate")
        .expect(200).json().get(0).get("groupId").asText();

    // one Tasklist filter per group (GroupTaskFilters): the task's group's and another's
    JsonNode filters = as("admin").get("/engine-rest/filter?resourceType=Task&maxResults=1000")
        .expect(200).json();
    String groupFilter = null;
    String otherFilter = null;
    for (JsonNode filter : filters) {
      String candidateGroup = filter.path("query").path("candidateGroup").asText(null);
      if (group.equals(candidateGroup)) {
        groupFilter = filter.get("id").asText();
      } else if (candidateGroup != null) {
        otherFilter = filter.get("id").asText();
      }
    }
    assertThat(groupFilter).as("the filter of " + group).isNotNull();
    assertThat(otherFilter).isNotNull();

    String member = as("admin").get("/engine-rest/user?maxResults=10&memberOfGroup=" + group)
        .expect(200).json().get(0).get("id").asText();
    JsonNode memberSees = as(member).get("/engine-rest/filter/" + groupFilter + "/list?maxResults=1000")
        .expect(200).json();
    assertThat(processInstances(memberSees)).contains(pi);
    JsonNode otherGroupSees = as("admin").get("/engine-rest/filter/" + otherFilter + "/list?maxResults=1000")
        .expect(200).json();
    assertThat(processInstances(otherGroupSees)).doesNotContain(pi);
  }

  private static List<String> processInstances(JsonNode tasks) {
    List<String> ids = new ArrayList<>();
    tasks.forEach(task -> ids.add(task.get("processInstanceId").asText()));
    return ids;
  }
}
