package no.placetrain.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad input on both REST APIs ({@code /engine-rest}, Camunda's; {@code /api}, ours), as an
 * administrator and as a caseworker: malformed JSON, wrong types, very large bodies, a
 * Java-serialized object variable, XML with a DOCTYPE and an external entity (as a body and as a
 * deployed model), unknown ids, absurd paging, methods and media types an endpoint does not
 * take. Every call gets the 4xx expected (400, 403, 404, 405, 406, 413 or 415), a JSON error of
 * the API's shape whose message names the field, parameter or problem, and no stack trace nor
 * Java class name ({@link BadInputCalls}); and nothing changes: the engine's and Place & Train's
 * tables have the same rows before and after ({@link BadInputTables}). Each test prints its
 * statuses per category.
 */
class BadInputTest extends ServerTestBase {

  private static final Set<Integer> BAD_REQUEST = Set.of(400);
  private static final Set<Integer> NOT_FOUND = Set.of(404);
  private static final Set<Integer> TOO_LARGE = Set.of(413);
  private static final Set<Integer> UNSUPPORTED = Set.of(415);
  private static final int MB = 1024 * 1024;
  private static final String START = "/engine-rest/process-definition/key/place-and-train/start";

  @Autowired
  DataSource dataSource;

  @Autowired
  ProcessEngine engine;

  private String testName;
  private String processInstance;
  private String businessKey;
  private String task;
  private BadInputCalls admin;
  private Map<String, BadInputTables.Fingerprint> before;

  /** A participation waiting at its screening, then the tables' fingerprint. */
  @BeforeEach
  void aParticipationWaitingAtScreening(TestInfo info) {
    testName = info.getTestMethod().orElseThrow().getName();
    Map<String, Object> referral = new LinkedHashMap<>();
    referral.put("agreementId", "kiwi-nav-drammen");
    referral.put("candidateRef", "BAD-" + UUID.randomUUID().toString().substring(0, 8));
    referral.put("candidateDisplayName", "Bad");
    var participation = as("admin").post("/api/participations", referral).expect(201).json();
    processInstance = participation.get("processInstanceId").asText();
    businessKey = participation.get("id").asText();
    task = as("admin").get("/engine-rest/task?maxResults=10&processInstanceId=" + processInstance)
        .expect(200).json().get(0).get("id").asText();
    admin = BadInputCalls.as(port, "admin", ADMIN_PASSWORD);
    before = BadInputTables.snapshot(dataSource);
  }

  // --- malformed JSON ---------------------------------------------------------------------------

  @Test
  void malformedJsonIs400() {
    String deep = "{\"variables\": {\"x\": {\"value\": " + "[".repeat(3000) + "]".repeat(3000) + "}}}";
    List<String> malformed = List.of(
        "{\"variables\": {\"x\": {\"value\": \"a\"",   // truncated
        "not json",
        "{'variables': {}}",                            // single quotes
        "{\"variables\": {},}",                          // trailing comma
        "[]", "\"text\"", "42", "null",                  // wrong top-level type
        deep,                                            // nested beyond the JSON reader's limit
        "{\"priority\": " + "9".repeat(5000) + "}");     // a number beyond the JSON reader's limit
    BadInputCalls nora = admin.alsoAs("nora", DEMO_PASSWORD);
    for (String body : malformed) {
      for (String path : List.of(START, task("complete"), task("submit-form"), "/engine-rest/message",
          "/engine-rest/task?maxResults=10", variable(processInstance, "x"))) {
        String method = path.contains("/variables/") ? "PUT" : "POST";
        admin.json("malformed JSON", method, path, body, BAD_REQUEST, "JSON");
      }
      nora.json("malformed JSON", "POST", START, body, BAD_REQUEST, "JSON");
      admin.json("malformed JSON", "POST", "/api/participations", body, BAD_REQUEST, "body");
      nora.json("malformed JSON", "POST", "/api/participations", body, BAD_REQUEST, "body");
      admin.json("malformed JSON", "POST", "/api/agreements", body, BAD_REQUEST, "document");
      // the agreements' access rule is checked before the document is read
      nora.json("malformed JSON", "POST", "/api/agreements", body, Set.of(403), "regional coordinator");
    }
    // no body at all: a start without variables, which the referral form refuses
    admin.send("malformed JSON", "POST", START, "application/json", HttpRequest.BodyPublishers.noBody(),
        BAD_REQUEST, "agreementId: is required");
    admin.send("malformed JSON", "POST", "/api/participations", "application/json",
        HttpRequest.BodyPublishers.noBody(), BAD_REQUEST, "body");
    finish(admin);
  }

  // --- wrong types ------------------------------------------------------------------------------

  @Test
  void wrongTypesAre400NamingTheField() {
    Map<String, String> start = new LinkedHashMap<>();
    start.put("{\"withVariablesInReturn\": \"yes\"}", "withVariablesInReturn");
    start.put("{\"businessKey\": {\"a\": 1}}", "businessKey");
    start.put("{\"variables\": \"x\"}", "variables");
    start.put("{\"variables\": [1, 2]}", "variables");
    start.put(referral("\"candidateRef\": {\"value\": {\"a\": 1}, \"type\": \"String\"}"),
        "variables.candidateRef.value");
    start.put(referral("\"candidateRef\": {\"value\": [\"a\"], \"type\": \"String\"}"),
        "variables.candidateRef.value");
    start.put(referral("\"x\": {\"value\": \"abc\", \"type\": \"Integer\"}"), "Integer");
    start.put(referral("\"x\": {\"value\": \"maybe\", \"type\": \"Boolean\"}"), "Boolean");
    start.put(referral("\"x\": {\"value\": \"1\", \"type\": \"NoSuchType\"}"), "NoSuchType");
    start.put(referral("\"x\": {\"value\": \"1\", \"type\": \"String\", \"valueInfo\": \"x\"}"), "valueInfo");
    start.forEach((body, field) -> admin.json("wrong types", "POST", START, body, BAD_REQUEST, field));

    Map<String, String> completion = new LinkedHashMap<>();
    completion.put("{\"variables\": {\"screeningOutcome\": {\"value\": \"MAYBE\", \"type\": \"String\"}}}",
        "screeningOutcome");  // not one of the form's options
    completion.put("{\"variables\": {\"candidateSkills\": {\"value\": {\"a\": 1}, \"type\": \"String\"}}}",
        "variables.candidateSkills.value");
    completion.put("{\"variables\": {\"x\": {\"value\": \"abc\", \"type\": \"Long\"}}}", "Long");
    completion.put("{\"variables\": {\"x\": {\"value\": \"31.02.2026\", \"type\": \"Date\"}}}", "Date");
    completion.put("{\"withVariablesInReturn\": \"often\"}", "withVariablesInReturn");
    completion.forEach((body, field) -> {
      admin.json("wrong types", "POST", task("complete"), body, BAD_REQUEST, field);
      admin.json("wrong types", "POST", task("submit-form"), body, BAD_REQUEST, field);
    });

    Map<String, String> query = new LinkedHashMap<>();
    query.put("{\"priority\": \"high\"}", "priority");
    query.put("{\"processInstanceIdIn\": \"x\"}", "processInstanceIdIn");
    query.put("{\"assigned\": \"maybe\"}", "assigned");
    query.put("{\"createdBefore\": \"yesterday\"}", "createdBefore");
    query.put("{\"orQueries\": {\"a\": 1}}", "orQueries");
    query.forEach((body, field) -> admin.json("wrong types", "POST", "/engine-rest/task?maxResults=10",
        body, BAD_REQUEST, field));

    Map<String, String> message = new LinkedHashMap<>();
    message.put("{\"messageName\": {\"a\": 1}}", "messageName");
    message.put("{\"messageName\": \"ParticipationDropout\", \"all\": \"everything\"}", "all");
    message.put("{\"messageName\": \"NoSuchMessage\", \"businessKey\": \"" + "x" + "\"}", "NoSuchMessage");
    message.forEach((body, field) -> admin.json("wrong types", "POST", "/engine-rest/message", body,
        BAD_REQUEST, field));

    Map<String, String> variable = new LinkedHashMap<>();
    variable.put("{\"value\": \"abc\", \"type\": \"Integer\"}", "Integer");
    variable.put("{\"value\": \"2026-13-45T00:00:00.000+0100\", \"type\": \"Date\"}", "Date");
    variable.put("{\"value\": 1, \"type\": \"NoSuch\"}", "NoSuch");
    variable.put("{\"value\": {\"a\": 1}, \"type\": \"String\"}", "value");
    variable.put("{\"value\": [1], \"type\": \"String\"}", "value");
    variable.put("{\"value\": \"1\", \"type\": {\"a\": 1}}", "type");
    variable.put("{\"value\": {\"a\": 1}, \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": \"java.util.HashMap\","
        + " \"serializationDataFormat\": \"application/json\"}}", "Object");
    variable.forEach((body, field) -> admin.json("wrong types", "PUT", variable(processInstance, "x"),
        body, BAD_REQUEST, field));

    // our API: a referral of nora's office (NAV Grünerløkka)
    BadInputCalls nora = admin.alsoAs("nora", DEMO_PASSWORD);
    Map<String, String> referral = new LinkedHashMap<>();
    referral.put("{\"agreementId\": {\"a\": 1}, \"candidateRef\": \"BAD-0001\", \"candidateDisplayName\": \"x\"}",
        "agreementId");
    referral.put("{\"agreementId\": \"nordic-choice-grunerlokka\", \"candidateRef\": [\"BAD-0001\"],"
        + " \"candidateDisplayName\": \"x\"}", "candidateRef");
    referral.put("{\"agreementId\": \"nordic-choice-grunerlokka\", \"candidateRef\": \"BAD-0001\","
        + " \"candidateDisplayName\": {\"first\": \"x\"}}", "candidateDisplayName");
    referral.put("{\"agreementId\": \"nordic-choice-grunerlokka\", \"candidateRef\": \"B\","
        + " \"candidateDisplayName\": \"x\"}", "candidateRef");
    referral.forEach((body, field) -> nora.json("wrong types", "POST", "/api/participations", body,
        BAD_REQUEST, field));
    // a number for the agreement's id is read as text, and names no agreement
    nora.json("wrong types", "POST", "/api/participations", "{\"agreementId\": 5, \"candidateRef\":"
        + " \"BAD-0001\", \"candidateDisplayName\": \"x\"}", NOT_FOUND, "agreementId");

    BadInputCalls frida = admin.alsoAs("frida", DEMO_PASSWORD);
    Map<String, String> agreement = new LinkedHashMap<>();
    agreement.put(localAgreement().replace("\"kind\": \"LOCAL\"", "\"kind\": \"BOGUS\""), "kind");
    agreement.put(localAgreement().replace("\"min\": 3", "\"min\": \"three\""), "terms.practice-months.min");
    agreement.put(localAgreement().replace("\"min\": 3", "\"min\": true"), "terms.practice-months.min");
    agreement.put(localAgreement().replace("\"selection\": \"INTERVIEW\"", "\"selection\": \"DICE\""),
        "terms.selection");
    agreement.put(localAgreement().replace("\"deadline\": \"P3D\"", "\"deadline\": 3"), "deadline");
    agreement.put(localAgreement().replace("\"sites\": [\"ISS Grorud\"]", "\"sites\": \"ISS Grorud\""),
        "employer.sites");
    agreement.forEach((body, field) -> frida.json("wrong types", "POST", "/api/agreements", body,
        BAD_REQUEST, field));
    finish(admin);
  }

  // --- very large bodies ------------------------------------------------------------------------

  @Test
  void veryLargeBodiesAre413AndHugeValues400() {
    byte[] twentyMb = largeJson(20 * MB);
    for (String path : List.of(START, task("complete"), task("submit-form"), "/engine-rest/message",
        "/engine-rest/task?maxResults=10", variable(processInstance, "x"), "/api/participations",
        "/api/agreements")) {
      String method = path.contains("/variables/") ? "PUT" : "POST";
      admin.send("20 MB, Content-Length", method, path, "application/json",
          HttpRequest.BodyPublishers.ofByteArray(twentyMb), TOO_LARGE, "larger than", "10 MB");
      admin.send("20 MB, chunked", method, path, "application/json", chunked(twentyMb), TOO_LARGE, "larger than");
    }
    String boundary = "----placetrain-" + UUID.randomUUID();
    byte[] bigDeployment = multipart(boundary, "big.bpmn", new String(largeJson(20 * MB), StandardCharsets.UTF_8));
    admin.send("20 MB, Content-Length", "POST", "/engine-rest/deployment/create",
        "multipart/form-data; boundary=" + boundary, HttpRequest.BodyPublishers.ofByteArray(bigDeployment),
        TOO_LARGE, "larger than");
    admin.send("20 MB, chunked", "POST", "/engine-rest/deployment/create",
        "multipart/form-data; boundary=" + boundary, chunked(bigDeployment), TOO_LARGE, "larger than");
    // as a caseworker, and before any credentials are looked at
    admin.alsoAs("nora", DEMO_PASSWORD).send("20 MB, Content-Length", "POST", "/api/participations",
        "application/json", HttpRequest.BodyPublishers.ofByteArray(twentyMb), TOO_LARGE, "larger than");

    // a huge value in a body the server reads (3 MB)
    String huge = "a".repeat(3 * MB);
    admin.json("huge value", "PUT", variable(processInstance, "x"),
        "{\"value\": \"" + huge + "\", \"type\": \"String\"}", BAD_REQUEST, "value", "4000 characters");
    // beyond the database's column for a String variable, typed or not
    admin.json("huge value", "PUT", variable(processInstance, "x"),
        "{\"value\": \"" + "a".repeat(4001) + "\"}", BAD_REQUEST, "4000 characters");
    admin.json("huge value", "POST", task("complete"), "{\"variables\": {\"candidateSkills\": {\"value\": \""
        + "a".repeat(4001) + "\", \"type\": \"String\"}}}", BAD_REQUEST, "variables.candidateSkills.value");
    admin.json("huge value", "POST", START, referral("\"x\": {\"value\": \"" + huge
        + "\", \"type\": \"String\"}"), BAD_REQUEST, "x");
    admin.json("huge value", "POST", task("submit-form"), "{\"variables\": {\"candidateSkills\": {\"value\": \""
        + huge + "\", \"type\": \"String\"}}}", BAD_REQUEST, "candidateSkills");
    admin.json("huge value", "POST", "/api/participations", "{\"agreementId\": \"kiwi-nav-drammen\","
        + " \"candidateRef\": \"BAD-0002\", \"candidateDisplayName\": \"" + huge + "\"}", BAD_REQUEST,
        "candidateDisplayName");
    admin.json("huge value", "POST", "/api/agreements",
        localAgreement().replace("\"ISS × NAV Grorud\"", "\"" + huge + "\""), BAD_REQUEST, "name");
    admin.json("huge value", "POST", "/engine-rest/message", "{\"messageName\": \"" + huge + "\"}",
        TOO_LARGE, "larger than");
    finish(admin);
  }

  // --- Java-serialized objects ------------------------------------------------------------------

  @Test
  void javaSerializedObjectVariablesAre400() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new HashMap<>(Map.of("role", "admin")));
    }
    String serialized = "{\"value\": \"" + Base64.getEncoder().encodeToString(bytes.toByteArray())
        + "\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": \"java.util.HashMap\","
        + " \"serializationDataFormat\": \"application/x-java-serialized-object\"}}";
    String variables = "{\"variables\": {\"smuggled\": " + serialized + "}}";
    admin.json("Java-serialized", "POST", START, referral("\"smuggled\": " + serialized), BAD_REQUEST,
        "Java serialization");
    admin.json("Java-serialized", "POST", task("complete"), variables, BAD_REQUEST, "Java serialization");
    admin.json("Java-serialized", "POST", task("submit-form"), variables, BAD_REQUEST, "Java serialization");
    admin.json("Java-serialized", "PUT", variable(processInstance, "smuggled"), serialized, BAD_REQUEST,
        "Java serialization");
    admin.json("Java-serialized", "POST", "/engine-rest/process-instance/" + processInstance + "/variables",
        "{\"modifications\": {\"smuggled\": " + serialized + "}}", BAD_REQUEST, "Java serialization");
    admin.json("Java-serialized", "PUT", "/engine-rest/task/" + task + "/localVariables/smuggled", serialized,
        BAD_REQUEST, "Java serialization");
    admin.json("Java-serialized", "POST", "/engine-rest/message", "{\"messageName\": \"ParticipationDropout\","
        + " \"businessKey\": \"" + businessKey + "\", \"processVariables\": {\"dropoutReason\": " + serialized
        + "}}", BAD_REQUEST, "may carry only dropoutReason");
    finish(admin);
  }

  // --- XML with a DOCTYPE -----------------------------------------------------------------------

  @Test
  void xmlWithADoctypeIsRefusedAndNoEntityIsResolved() throws IOException {
    String secret = "PT-XXE-SECRET-" + UUID.randomUUID();
    Path file = Files.createTempFile("placetrain-xxe", ".txt");
    Files.writeString(file, secret);
    String uri = file.toUri().toString();
    try {
      String xml = "<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"" + uri + "\">]>"
          + "<foo>&xxe;</foo>";
      for (String path : List.of(START, task("complete"), variable(processInstance, "x"))) {
        admin.send("XML body", path.contains("/variables/") ? "PUT" : "POST", path, "application/xml",
            HttpRequest.BodyPublishers.ofString(xml), UNSUPPORTED, "Unsupported Media Type");
      }
      // the guards of task queries and messages read every body as JSON, before the media type
      for (String path : List.of("/engine-rest/task?maxResults=10", "/engine-rest/message")) {
        admin.send("XML body", "POST", path, "application/xml", HttpRequest.BodyPublishers.ofString(xml),
            BAD_REQUEST, "not valid JSON");
      }
      for (String path : List.of("/api/participations", "/api/agreements")) {
        admin.send("XML body", "POST", path, "application/xml", HttpRequest.BodyPublishers.ofString(xml),
            UNSUPPORTED, "Content-Type");
      }

      String bpmn = """
          <?xml version="1.0" encoding="UTF-8"?>
          <!DOCTYPE definitions [<!ENTITY xxe SYSTEM "%s">]>
          <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
              xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://placetrain.no/test">
            <bpmn:process id="xxe-%s" name="&xxe;" isExecutable="true" camunda:historyTimeToLive="1">
              <bpmn:startEvent id="s"/>
            </bpmn:process>
          </bpmn:definitions>
          """.formatted(uri, UUID.randomUUID().toString().substring(0, 8));
      String externalDtd = bpmn.replaceFirst("<!DOCTYPE[^>]*>]>", "<!DOCTYPE definitions SYSTEM \"" + uri + "\">")
          .replace("&xxe;", "external");
      String dmn = """
          <?xml version="1.0" encoding="UTF-8"?>
          <!DOCTYPE definitions [<!ENTITY xxe SYSTEM "%s">]>
          <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="&xxe;"
              namespace="http://placetrain.no/test">
            <decision id="xxe" name="&xxe;"/>
          </definitions>
          """.formatted(uri);
      for (Map.Entry<String, String> model : Map.of("xxe.bpmn", bpmn, "xxe-dtd.bpmn", externalDtd,
          "xxe.dmn", dmn).entrySet()) {
        String boundary = "----placetrain-" + UUID.randomUUID();
        BadInputCalls.Answer answer = admin.send("XML with DOCTYPE, deployed", "POST",
            "/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary,
            HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, model.getKey(), model.getValue())),
            BAD_REQUEST, "DOCTYPE");
        assertThat(answer.body()).as(model.getKey()).doesNotContain(secret);
      }
      // the engine leaves external entities unresolved anyway (enableXxeProcessing)
      assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
          .isEnableXxeProcessing()).isFalse();

      // other broken deployments
      String boundary = "----placetrain-" + UUID.randomUUID();
      admin.send("broken deployment", "POST", "/engine-rest/deployment/create",
          "multipart/form-data; boundary=" + boundary,
          HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, "broken.bpmn", "<bpmn:definitions")),
          BAD_REQUEST, "broken.bpmn");
      admin.send("broken deployment", "POST", "/engine-rest/deployment/create",
          "multipart/form-data; boundary=" + boundary, HttpRequest.BodyPublishers.ofString("garbage"),
          BAD_REQUEST, "deployment resources");
      admin.send("broken deployment", "POST", "/engine-rest/deployment/create", "multipart/form-data",
          HttpRequest.BodyPublishers.ofString("garbage"), BAD_REQUEST, "multipart");
      admin.send("broken deployment", "POST", "/engine-rest/deployment/create", "application/json",
          HttpRequest.BodyPublishers.ofString("{}"), UNSUPPORTED, "Unsupported Media Type");
    } finally {
      Files.deleteIfExists(file);
    }
    finish(admin);
  }

  // --- unknown ids ------------------------------------------------------------------------------

  @Test
  void unknownIdsAre404() {
    String none = "no-such-" + UUID.randomUUID().toString().substring(0, 8);
    BadInputCalls nora = admin.alsoAs("nora", DEMO_PASSWORD);
    for (BadInputCalls caller : List.of(admin, nora)) {
      caller.send("unknown ids", "GET", "/engine-rest/task/" + none, null, null, NOT_FOUND, none);
      caller.json("unknown ids", "POST", "/engine-rest/task/" + none + "/complete", "{}", NOT_FOUND, none);
      caller.json("unknown ids", "POST", "/engine-rest/task/" + none + "/submit-form", "{}", NOT_FOUND, none);
      caller.send("unknown ids", "GET", "/engine-rest/process-instance/" + none, null, null, NOT_FOUND, none);
      caller.json("unknown ids", "PUT", variable(none, "x"), "{\"value\": \"a\", \"type\": \"String\"}",
          NOT_FOUND, none);
      caller.send("unknown ids", "GET", variable(none, "x"), null, null, NOT_FOUND, none);
      caller.send("unknown ids", "DELETE", variable(none, "x"), null, null, NOT_FOUND, none);
      caller.json("unknown ids", "POST", "/engine-rest/process-instance/" + none + "/variables",
          "{\"modifications\": {\"x\": {\"value\": \"a\", \"type\": \"String\"}}}", NOT_FOUND, none);
      caller.send("unknown ids", "GET", "/engine-rest/deployment/" + none, null, null, NOT_FOUND, none);
      caller.json("unknown ids", "POST", "/engine-rest/process-definition/key/" + none + "/start", "{}",
          NOT_FOUND, none);
      caller.send("unknown ids", "GET", "/api/agreements/" + none, null, null, NOT_FOUND, "agreementId");
      caller.send("unknown ids", "GET", "/api/agreements/" + none + "/scorecard", null, null, NOT_FOUND,
          "agreementId");
    }
    admin.send("unknown ids", "DELETE", "/engine-rest/process-instance/" + none, null, null,
        Set.of(400, 404), none);
    admin.send("unknown ids", "DELETE", "/engine-rest/deployment/" + none, null, null, NOT_FOUND, none);
    admin.send("unknown ids", "GET", "/api/participations/P-" + none, null, null, NOT_FOUND,
        "participationId");
    admin.send("unknown ids", "DELETE", "/api/candidates/NO-SUCH-CANDIDATE", null, null, NOT_FOUND,
        "candidateRef");
    admin.send("unknown ids", "DELETE", "/api/candidates/x", null, null, BAD_REQUEST, "candidateRef");
    // a caseworker learns nothing of whether a participation exists; erasing is the administrators'
    nora.send("unknown ids", "GET", "/api/participations/P-" + none, null, null, Set.of(403), "participation");
    nora.send("unknown ids", "DELETE", "/api/candidates/NO-SUCH-CANDIDATE", null, null, Set.of(403),
        "may not");
    finish(admin);
  }

  // --- absurd paging ----------------------------------------------------------------------------

  @Test
  void absurdPagingIs400NamingTheParameter() {
    Map<String, String> paging = new LinkedHashMap<>();
    paging.put("firstResult=-1&maxResults=10", "firstResult");
    paging.put("maxResults=-5", "maxResults");
    paging.put("firstResult=2147483648&maxResults=10", "firstResult");
    paging.put("firstResult=abc&maxResults=10", "firstResult");
    paging.put("maxResults=1e3", "maxResults");
    paging.put("maxResults=", "maxResults");
    paging.put("maxResults=99999999999999999999", "maxResults");
    paging.put("maxResults=999999999", "Max results limit of 2000");
    paging.put("maxResults=2001", "Max results limit of 2000");
    BadInputCalls nora = admin.alsoAs("nora", DEMO_PASSWORD);
    for (String list : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/deployment",
        "/engine-rest/history/process-instance", "/engine-rest/history/task", "/engine-rest/variable-instance",
        "/engine-rest/engine/default/task")) {
      paging.forEach((query, mention) -> {
        admin.send("absurd paging", "GET", list + "?" + query, null, null, BAD_REQUEST, mention);
        nora.send("absurd paging", "GET", list + "?" + query, null, null, BAD_REQUEST, mention);
      });
    }
    paging.forEach((query, mention) -> {
      admin.json("absurd paging", "POST", "/engine-rest/task?" + query, "{}", BAD_REQUEST, mention);
      admin.json("absurd paging", "POST", "/engine-rest/process-instance?" + query, "{}", BAD_REQUEST, mention);
      // our API's lists are not paged: paging parameters are not read
      BadInputCalls.Answer agreements = admin.send("absurd paging", "GET", "/api/agreements?" + query,
          null, null, Set.of(200));
      assertThat(agreements.json()).as("/api/agreements?" + query).hasSizeGreaterThanOrEqualTo(10);
    });
    // sane paging still works
    admin.send("sane paging", "GET", "/engine-rest/task?firstResult=0&maxResults=2000", null, null, Set.of(200));
    admin.send("sane paging", "GET", "/engine-rest/task?firstResult=2147483647&maxResults=0", null, null,
        Set.of(200));
    finish(admin);
  }

  // --- methods, media types, paths ---------------------------------------------------------------

  @Test
  void methodsMediaTypesAndPathsAnEndpointDoesNotTakeAre4xx() {
    admin.send("media type", "POST", START, "text/plain", HttpRequest.BodyPublishers.ofString("{}"),
        UNSUPPORTED, "Unsupported Media Type");
    admin.send("media type", "POST", START, null, HttpRequest.BodyPublishers.ofString("{}"),
        UNSUPPORTED, "Unsupported Media Type");
    admin.send("media type", "POST", "/api/participations", "text/plain", HttpRequest.BodyPublishers.ofString("{}"),
        UNSUPPORTED, "Content-Type: must be application/json");
    admin.send("media type", "POST", "/api/participations", null, HttpRequest.BodyPublishers.ofString("{}"),
        UNSUPPORTED, "Content-Type");
    admin.send("method", "PUT", "/api/participations", "application/json",
        HttpRequest.BodyPublishers.ofString("{}"), Set.of(405), "not allowed", "POST");
    admin.send("method", "DELETE", "/api/agreements", null, null, Set.of(405), "not allowed", "GET");
    admin.send("method", "GET", "/api/participations", null, null, Set.of(405), "allowed: POST");
    admin.send("method", "GET", START, null, null, Set.of(405), "Method Not Allowed");
    admin.send("path", "GET", "/api/no-such-resource", null, null, NOT_FOUND, "no such resource");
    admin.send("path", "GET", "/engine-rest/no-such-resource", null, null, NOT_FOUND, "Not Found");
    admin.send("path", "DELETE", "/api/candidates/%00%01", null, null, BAD_REQUEST, "refused");
    finish(admin);
  }

  // --- helpers ----------------------------------------------------------------------------------

  private String task(String action) {
    return "/engine-rest/task/" + task + "/" + action;
  }

  private static String variable(String processInstance, String name) {
    return "/engine-rest/process-instance/" + processInstance + "/variables/" + name;
  }

  /** A start of place-and-train with a valid referral and {@code extra} variables. */
  private static String referral(String extra) {
    return "{\"variables\": {\"agreementId\": {\"value\": \"kiwi-nav-drammen\", \"type\": \"String\"},"
        + " \"candidateRef\": {\"value\": \"BAD-0003\", \"type\": \"String\"},"
        + " \"candidateDisplayName\": {\"value\": \"Bad\", \"type\": \"String\"}, " + extra + "}}";
  }

  /** A valid local agreement under iss-oslo-region (AgreementApiTest's), never created here. */
  private static String localAgreement() {
    return """
        {
          "id": "iss-bad-input",
          "kind": "LOCAL",
          "parent": "iss-oslo-region",
          "name": "ISS × NAV Grorud",
          "offices": [{"id": "nav-grorud", "name": "NAV Grorud"}],
          "employer": {"name": "ISS", "org-number": null, "sites": ["ISS Grorud"]},
          "terms": {"selection": "INTERVIEW", "practice-months": {"min": 3, "max": 4}},
          "responsibilities": {"nav": "NAV Grorud henviser kandidater under rammeavtalen"},
          "commitments": [
            {"kind": "SCREEN_REFERRAL", "deadline": "P3D", "working-days": true}
          ]
        }
        """;
  }

  /** A JSON object of {@code size} bytes: mostly spaces. */
  private static byte[] largeJson(int size) {
    byte[] body = new byte[size];
    Arrays.fill(body, (byte) ' ');
    body[0] = '{';
    body[size - 1] = '}';
    return body;
  }

  /** {@code body} without a length: sent chunked. */
  private static BodyPublisher chunked(byte[] body) {
    return HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body));
  }

  private static byte[] multipart(String boundary, String fileName, String content) {
    return ("--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\nbad-input\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"data\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n"
        + "--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
  }

  /** Prints the figures, then: no violation, and every table as it was. */
  private void finish(BadInputCalls calls) {
    Map<String, BadInputTables.Fingerprint> after = BadInputTables.snapshot(dataSource);
    System.out.printf("[BadInputTest] %s: %d calls; statuses per category:%s%n", testName, calls.calls(),
        calls.tally());
    System.out.printf("[BadInputTest] %s: %d tables, %d rows before, %d after; %d violations%n", testName,
        after.size(), BadInputTables.rows(before), BadInputTables.rows(after), calls.violations().size());
    calls.violations().forEach(v -> System.out.println("[BadInputTest]   violation " + v));
    assertThat(calls.violations()).as("bad calls not answered as expected").isEmpty();
    assertThat(after).as("tables after the bad calls").isEqualTo(before);
  }
}
