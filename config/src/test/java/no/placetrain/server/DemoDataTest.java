package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo users find their work in Tasklist's first filter. */
class DemoDataTest extends ServerTestBase {

  @Test
  void everyRoleHasADemoUser() {
    for (String[] userAndGroup : new String[][] {
        {"nora", "nav-caseworker"}, {"kari", "kam"}, {"erik", "employer-contact"}, {"mona", "mentor"},
        {"bjorn", "broker-staff"}, {"petter", "process-owner"}, {"olav", "nav-office-lead"},
        {"frida", "framework-owner"}, {"admin", "camunda-admin"}}) {
      JsonNode users = as("admin").get("/engine-rest/user?memberOfGroup=" + userAndGroup[1]).expect(200).json();
      List<String> ids = new ArrayList<>();
      users.forEach(user -> ids.add(user.get("id").asText()));
      assertThat(ids).as(userAndGroup[1]).contains(userAndGroup[0]);
    }
  }

  @Test
  void theFirstFilterShowsTheCaseworkerTheNewReferral() {
    String pi = new Participations(as("nora")).refer("kiwi-nav-drammen", "KIWI-0100", "Sara");

    JsonNode filters = as("nora").get("/engine-rest/filter?resourceType=Task&sortBy=name&sortOrder=asc")
        .expect(200).json();
    JsonNode first = null;
    for (JsonNode filter : filters) {
      if (first == null || filter.get("properties").get("priority").asInt()
          < first.get("properties").get("priority").asInt()) {
        first = filter;
      }
    }
    assertThat(first).isNotNull();
    assertThat(first.get("name").asText()).isEqualTo(DemoData.FILTER_MY_AND_GROUP_TASKS);

    JsonNode noraSees = as("nora").get("/engine-rest/filter/" + first.get("id").asText() + "/list").expect(200).json();
    assertThat(processInstances(noraSees)).contains(pi);

    JsonNode erikSees = as("erik").get("/engine-rest/filter/" + first.get("id").asText() + "/list").expect(200).json();
    assertThat(processInstances(erikSees)).doesNotContain(pi);
  }

  private static List<String> processInstances(JsonNode tasks) {
    List<String> ids = new ArrayList<>();
    tasks.forEach(task -> ids.add(task.get("processInstanceId").asText()));
    return ids;
  }
}
