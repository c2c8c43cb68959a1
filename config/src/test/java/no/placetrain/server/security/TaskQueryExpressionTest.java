package no.placetrain.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.placetrain.server.RestClient;
import no.placetrain.server.ServerTestBase;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CVE-2026-109432: a task query carrying an expression ({@code ${…}} or {@code #{…}}) anywhere —
 * top level, {@code orQueries}, a variable criterion inside them, a URL-encoded query parameter —
 * is refused with 400 on {@code /engine-rest} and on the webapps' engine API (what Tasklist
 * calls), naming the criterion and never repeating the expression; ordinary task queries and the
 * filters still answer. In the engine no expression is evaluated in ad-hoc or stored queries,
 * orQueries included.
 */
class TaskQueryExpressionTest extends ServerTestBase {

  /** An expression that would tell the caller something if it were evaluated. */
  private static final String EXPRESSION = "${execution.getProcessEngineServices()}";
  private static final String HASH_EXPRESSION = "#{currentUser()}";

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  private String filterId;

  @BeforeEach
  void aFilter() {
    filterId = engine.getFilterService().createFilterQuery().filterResourceType("Task")
        .listPage(0, 1).get(0).getId();
  }

  @Test
  void engineRestRefusesExpressionsInQueryParameters() {
    RestClient nora = as("nora");
    for (String path : List.of(
        "/engine-rest/task?assigneeExpression=" + encode(EXPRESSION),
        "/engine-rest/task?maxResults=5&candidateGroupExpression=" + encode(HASH_EXPRESSION),
        "/engine-rest/task/count?dueAfterExpression=" + encode(EXPRESSION),
        "/engine-rest/engine/default/task?assigneeExpression=" + encode(EXPRESSION),
        "/engine-rest/filter/" + filterId + "/list?assigneeExpression=" + encode(EXPRESSION),
        "/engine-rest/filter/" + filterId + "/count?assigneeExpression=" + encode(EXPRESSION),
        // double slashes and a trailing slash reach the same resource
        "/engine-rest//task/?assigneeExpression=" + encode(EXPRESSION))) {
      assertRefused(nora.get(path), path, path.contains("candidateGroupExpression")
          ? "candidateGroupExpression" : path.contains("dueAfter") ? "dueAfterExpression" : "assigneeExpression");
    }
  }

  @Test
  void engineRestRefusesExpressionsInTheBodyAtEveryLevel() {
    RestClient nora = as("nora");
    Map<String, Object> topLevel = Map.of("assigneeExpression", EXPRESSION);
    Map<String, Object> inOrQuery = Map.of("orQueries", List.of(
        Map.of("assignee", "nora"), Map.of("candidateGroupExpression", EXPRESSION)));
    Map<String, Object> nested = Map.of("orQueries", List.of(Map.of(
        "processVariables", List.of(Map.of("name", "x", "operator", "eq", "value", HASH_EXPRESSION)))));
    for (String path : List.of("/engine-rest/task", "/engine-rest/task/count",
        "/engine-rest/filter/" + filterId + "/list", "/engine-rest/filter/" + filterId + "/count",
        "/engine-rest/filter/" + filterId + "/singleResult", "/engine-rest/engine/default/task")) {
      assertRefused(nora.post(path, topLevel), path, "assigneeExpression");
      assertRefused(nora.post(path, inOrQuery), path, "orQueries[1].candidateGroupExpression");
      assertRefused(nora.post(path, nested), path, "orQueries[0].processVariables[0].value");
    }
    // an escaped dollar is a dollar to JSON
    assertRefused(nora.post("/engine-rest/task", "{\"orQueries\":[{\"assigneeExpression\":\"\\u0024{1}\"}]}"),
        "escaped", "orQueries[0].assigneeExpression");
  }

  @Test
  void aFilterWithAnExpressionCannotBeStoredOverRest() {
    RestClient admin = as("admin");
    Map<String, Object> filter = Map.of("resourceType", "Task", "name", "Mine (uttrykk)",
        "query", Map.of("orQueries", List.of(Map.of("assigneeExpression", EXPRESSION))));
    assertRefused(admin.post("/engine-rest/filter/create", filter), "create", "query.orQueries[0].assigneeExpression");
    assertThat(engine.getFilterService().createFilterQuery().filterName("Mine (uttrykk)").count()).isZero();
  }

  @Test
  void tasklistsEngineApiRefusesThemToo() {
    WebappSession nora = WebappSession.open(port).login("admin", ADMIN_PASSWORD);
    String api = "/camunda/api/engine/engine/default";
    Map<String, Object> inOrQuery = Map.of("orQueries", List.of(Map.of("assigneeExpression", HASH_EXPRESSION)));
    for (String path : List.of(api + "/task", api + "/task/count", api + "/filter/" + filterId + "/list",
        api + "/filter/" + filterId + "/count")) {
      WebappSession.Answer answer = nora.post(path, inOrQuery);
      assertRefused(new RestClient.Response(answer.status(), answer.body(), null, null, null), path,
          "orQueries[0].assigneeExpression");
    }
    WebappSession.Answer get = nora.get(api + "/task?maxResults=5&assigneeExpression=" + encode(EXPRESSION));
    assertRefused(new RestClient.Response(get.status(), get.body(), null, null, null), "GET task", "assigneeExpression");

    // what Tasklist sends for a filter's list still works
    WebappSession.Answer list = nora.post(api + "/filter/" + filterId + "/list?firstResult=0&maxResults=15",
        Map.of("processVariables", List.of(), "taskVariables", List.of(), "caseInstanceVariables", List.of(),
            "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))));
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(nora.get(api + "/task?maxResults=5").status()).isEqualTo(200);
  }

  @Test
  void ordinaryTaskQueriesStillAnswer() {
    RestClient nora = as("nora");
    nora.get("/engine-rest/task?maxResults=10").expect(200);
    nora.get("/engine-rest/task/count?assigneeLike=" + encode("%$%")).expect(200);
    nora.get("/engine-rest/task?maxResults=10&nameLike=" + encode("{%")).expect(200);
    nora.post("/engine-rest/task?maxResults=10", Map.of("orQueries", List.of(
        Map.of("candidateGroup", "process-owner"), Map.of("assignee", "nora")))).expect(200);
    nora.post("/engine-rest/task/count", Map.of("processVariables", List.of(
        Map.of("name", "candidateDisplayName", "operator", "like", "value", "$%")))).expect(200);
    RestClient admin = as("admin"); // may read every filter
    admin.post("/engine-rest/filter/" + filterId + "/count", Map.of()).expect(200);
    admin.post("/engine-rest/filter/" + filterId + "/list?maxResults=5", "").expect(200);
    admin.get("/engine-rest/filter/" + filterId + "/list?maxResults=5").expect(200);
  }

  @Test
  void theEngineEvaluatesNoExpressionInAnyTaskQuery() {
    TaskService tasks = engine.getTaskService();
    assertThatThrownBy(() -> tasks.createTaskQuery().taskAssigneeExpression(EXPRESSION).list())
        .isInstanceOf(BadUserRequestException.class);
    // Camunda's own switch does not look into orQueries: the server's engine plugin does
    assertThatThrownBy(() -> tasks.createTaskQuery()
        .or().taskCandidateGroupExpression(EXPRESSION).taskAssignee("nora").endOr().count())
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("orQueries");
    assertThat(tasks.createTaskQuery().or().taskCandidateGroup("x").taskAssignee("nora").endOr().count())
        .isNotNegative();
  }

  @Test
  void noFilterWithAnExpressionCanBeStoredNorRun() {
    FilterService filters = engine.getFilterService();
    TaskService tasks = engine.getTaskService();
    Filter topLevel = filters.newTaskFilter("Uttrykk øverst").setQuery(
        tasks.createTaskQuery().taskAssigneeExpression(EXPRESSION));
    assertThatThrownBy(() -> filters.saveFilter(topLevel)).isInstanceOf(BadUserRequestException.class);
    Filter inOrQuery = filters.newTaskFilter("Uttrykk i orQueries").setQuery(
        tasks.createTaskQuery().or().taskAssigneeExpression(EXPRESSION).taskCandidateGroup("x").endOr());
    assertThatThrownBy(() -> filters.saveFilter(inOrQuery)).isInstanceOf(BadUserRequestException.class);

    // a filter stored before the switch (as the demo's were): it no longer runs
    Filter legacy = storedBeforeTheSwitch(engine, jdbc, "Tildelt meg (gammel)");
    try {
      String id = legacy.getId();
      assertThatThrownBy(() -> filters.list(id)).isInstanceOf(BadUserRequestException.class);
      assertThatThrownBy(() -> filters.count(id)).isInstanceOf(BadUserRequestException.class);
      RestClient.Response overRest = as("admin").get("/engine-rest/filter/" + id + "/list?maxResults=5");
      assertThat(overRest.status()).isEqualTo(400);
      assertThat(overRest.body()).doesNotContain("currentUser");
    } finally {
      filters.deleteFilter(legacy.getId());
    }
  }

  /**
   * A filter "assigned to me" as earlier versions stored it: {@code ${currentUser()}} written into
   * its stored query (the engine would not store it now).
   */
  static Filter storedBeforeTheSwitch(ProcessEngine engine, JdbcTemplate jdbc, String name) {
    FilterService filters = engine.getFilterService();
    Filter filter = filters.saveFilter(filters.newTaskFilter(name)
        .setQuery(engine.getTaskService().createTaskQuery().taskAssignee("nobody")));
    jdbc.update("UPDATE ACT_RU_FILTER SET QUERY_ = ? WHERE ID_ = ?",
        "{\"taskAssigneeExpression\":\"${currentUser()}\"}", filter.getId());
    return filters.getFilter(filter.getId());
  }

  private static void assertRefused(RestClient.Response response, String what, String criterion) {
    assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(400);
    JsonNode error = response.json();
    assertThat(error.get("type").asText()).as(what).isEqualTo("InvalidRequestException");
    assertThat(error.get("message").asText()).as(what)
        .contains("Expressions are not allowed in task queries")
        .contains("'" + criterion + "'");
    assertThat(response.body()).as(what)
        .doesNotContain("${").doesNotContain("#{").doesNotContain("getProcessEngineServices")
        .doesNotContain("currentUser");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
