package no.placetrain.engine.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.placetrain.testing.TestDatabaseKind;
import no.placetrain.testing.TestPostgres;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin in a real engine (on H2 in memory, or on a new PostgreSQL database in a PostgreSQL
 * run): completions and starts through the Java API, which is what the REST endpoints call.
 */
class FormValidationPluginEngineTest {

  private static final String PROCESS = "fv-process";

  /** On approval, the amount must not exceed the limit given at the start. */
  private static final CompletionCheck AMOUNT_WITHIN_LIMIT = new CompletionCheck() {
    @Override
    public boolean appliesTo(String processDefinitionKey, String activityId) {
      return PROCESS.equals(processDefinitionKey) && "Task_Review".equals(activityId);
    }

    @Override
    public void check(VariableScope variables, Violations violations) {
      if ("APPROVE".equals(variables.getVariable("decision"))
          && ((Number) variables.getVariable("amount")).longValue()
              > ((Number) variables.getVariable("limit")).longValue()) {
        violations.add("amount", "must not exceed the limit");
      }
    }
  };

  /** An element without a form can still have a completion check. */
  private static final CompletionCheck TICKET_GIVEN = new CompletionCheck() {
    @Override
    public boolean appliesTo(String processDefinitionKey, String activityId) {
      return "fv-bindings".equals(processDefinitionKey) && "Task_NoForm".equals(activityId);
    }

    @Override
    public void check(VariableScope variables, Violations violations) {
      if (variables.getVariable("ticket") == null) {
        violations.add("ticket", "must be given");
      }
    }
  };

  private static ProcessEngine engine;
  private static RuntimeService runtimeService;
  private static TaskService taskService;
  private static FormService formService;
  private static HistoryService historyService;

  @BeforeAll
  static void buildEngine() {
    String name = "formvalidation-" + UUID.randomUUID();
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    if (TestDatabaseKind.current() == TestDatabaseKind.POSTGRESQL) {
      TestPostgres.Database database = TestPostgres.server().createDatabase();
      configuration.setJdbcDriver("org.postgresql.Driver");
      configuration.setJdbcUrl(database.url());
      configuration.setJdbcUsername(database.user());
      configuration.setJdbcPassword(database.password());
    } else {
      configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }
    configuration.setDatabaseSchemaUpdate("create-drop");
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("full");
    configuration.setMetricsEnabled(false);
    configuration.getProcessEnginePlugins().add(new FormValidationPlugin(List.of(AMOUNT_WITHIN_LIMIT, TICKET_GIVEN)));
    engine = configuration.buildProcessEngine();
    runtimeService = engine.getRuntimeService();
    taskService = engine.getTaskService();
    formService = engine.getFormService();
    historyService = engine.getHistoryService();

    engine.getRepositoryService().createDeployment().name("forms and process")
        .addClasspathResource("formvalidation/form-validation-test.bpmn")
        .addClasspathResource("formvalidation/fv-start.form")
        .addClasspathResource("formvalidation/fv-review.form")
        .deploy();
    engine.getRepositoryService().createDeployment().name("process only")
        .addClasspathResource("formvalidation/form-validation-bindings.bpmn")
        .deploy();
  }

  @AfterAll
  static void closeEngine() {
    if (engine != null) {
      engine.close();
    }
  }

  private static Map<String, Object> vars(Object... keysAndValues) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static Task startAndGetReviewTask() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS, UUID.randomUUID().toString(),
        vars("applicantRef", "APPL-0001", "limit", 100));
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private static boolean ended(String processInstanceId) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult().getEndTime() != null;
  }

  @Test
  void validCompletionCompletes() {
    Task task = startAndGetReviewTask();

    taskService.complete(task.getId(), vars("decision", "APPROVE", "amount", 50, "comment", "fine"));

    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
    assertThat(ended(task.getProcessInstanceId())).isTrue();
  }

  @Test
  void invalidCompletionIsRejectedAndNothingIsStored() {
    Task task = startAndGetReviewTask();
    Map<String, Object> before = taskService.getVariables(task.getId());

    FormFieldValidationException e = assertThrows(FormFieldValidationException.class, () ->
        taskService.complete(task.getId(), vars("decision", "MAYBE", "comment", "a comment far too long to keep")));

    assertThat(e).isInstanceOf(FormRejectedException.class).hasNoCause();
    assertThat(e.getMessage()).isEqualTo(
        "Form 'fv-review' rejected: decision: must be one of [APPROVE, REJECT]; comment: must have at most 20 characters");
    assertThat(e.getMessage()).doesNotContain("MAYBE", "far too long");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(taskService.getVariables(task.getId())).isEqualTo(before);
    assertThat(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).variableName("decision").count()).isZero();
  }

  @Test
  void missingRequiredFieldIsRejected() {
    Task task = startAndGetReviewTask();

    FormFieldValidationException e = assertThrows(FormFieldValidationException.class, () ->
        taskService.complete(task.getId()));

    assertThat(e.getMessage()).isEqualTo("Form 'fv-review' rejected: decision: is required");
  }

  @Test
  void requiredFieldShownByFeelIsDemandedAndHiddenOneIsNot() {
    Task task = startAndGetReviewTask();

    // decision APPROVE shows amount (required) and hides rejectReason (required)
    FormFieldValidationException e = assertThrows(FormFieldValidationException.class, () ->
        taskService.complete(task.getId(), vars("decision", "APPROVE")));
    assertThat(e.getMessage()).isEqualTo("Form 'fv-review' rejected: amount: is required");

    // decision REJECT hides amount and shows rejectReason
    e = assertThrows(FormFieldValidationException.class, () ->
        taskService.complete(task.getId(), vars("decision", "REJECT")));
    assertThat(e.getMessage()).isEqualTo("Form 'fv-review' rejected: rejectReason: is required");

    taskService.complete(task.getId(), vars("decision", "REJECT", "rejectReason", "BUDGET"));
    assertThat(ended(task.getProcessInstanceId())).isTrue();
  }

  @Test
  void completionCheckViolationAlsoRejects() {
    Task task = startAndGetReviewTask();

    FormFieldValidationException e = assertThrows(FormFieldValidationException.class, () ->
        taskService.complete(task.getId(), vars("decision", "APPROVE", "amount", 500)));

    assertThat(e.getMessage()).isEqualTo("Form 'fv-review' rejected: amount: must not exceed the limit");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(taskService.getVariable(task.getId(), "amount")).isNull();
  }

  @Test
  void completionChecksRunOnlyAfterTheFormsRulesPassed() {
    Task task = startAndGetReviewTask();

    // amount "lots" breaks the form; the check (which casts amount to Number) is not asked
    FormFieldValidationException e = assertThrows(FormFieldValidationException.class, () ->
        taskService.complete(task.getId(), vars("decision", "APPROVE", "amount", "lots")));

    assertThat(e.getMessage()).isEqualTo("Form 'fv-review' rejected: amount: must be a number");
  }

  @Test
  void submitTaskFormBehavesLikeComplete() {
    Task task = startAndGetReviewTask();

    FormFieldValidationException e = assertThrows(FormFieldValidationException.class, () ->
        formService.submitTaskForm(task.getId(), vars("decision", "MAYBE", "comment", "a comment far too long to keep")));
    assertThat(e).isInstanceOf(FormRejectedException.class);
    assertThat(e.getMessage()).isEqualTo(
        "Form 'fv-review' rejected: decision: must be one of [APPROVE, REJECT]; comment: must have at most 20 characters");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();

    formService.submitTaskForm(task.getId(), vars("decision", "APPROVE", "amount", 100));
    assertThat(ended(task.getProcessInstanceId())).isTrue();
  }

  @Test
  void startWithBadVariablesIsRejectedAndNoInstanceExists() {
    String businessKey = "rejected-" + UUID.randomUUID();

    FormFieldValidationException e = assertThrows(FormFieldValidationException.class, () ->
        runtimeService.startProcessInstanceByKey(PROCESS, businessKey, vars("applicantRef", "x y", "limit", 5000)));

    assertThat(e.getMessage()).isEqualTo(
        "Form 'fv-start' rejected: applicantRef: must match the pattern ^[A-Za-z0-9-]{4,40}$; limit: must be at most 1000");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isZero();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).count())
        .isZero();
  }

  @Test
  void submitStartFormIsRejectedToo() {
    String businessKey = "rejected-" + UUID.randomUUID();
    String processDefinitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS).latestVersion().singleResult().getId();

    FormFieldValidationException e = assertThrows(FormFieldValidationException.class, () ->
        formService.submitStartForm(processDefinitionId, businessKey, vars()));

    assertThat(e.getMessage()).isEqualTo("Form 'fv-start' rejected: applicantRef: is required; limit: is required");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).count())
        .isZero();

    ProcessInstance instance = formService.submitStartForm(processDefinitionId, businessKey,
        vars("applicantRef", "APPL-0002", "limit", 10));
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isOne();
  }

  @Test
  void latestBindingIsCheckedAMissingFormIsNotAndAFormlessTaskStillHasItsCheck() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey("fv-bindings");
    Task latest = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    FormFieldValidationException e = assertThrows(FormFieldValidationException.class, () ->
        taskService.complete(latest.getId(), vars("decision", "MAYBE")));
    assertThat(e.getMessage()).startsWith("Form 'fv-review' rejected: decision: must be one of");

    taskService.complete(latest.getId(), vars("decision", "REJECT", "rejectReason", "OTHER"));
    Task missingForm = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(missingForm.getTaskDefinitionKey()).isEqualTo("Task_MissingForm");

    taskService.complete(missingForm.getId(), vars("anything", "goes"));
    Task noForm = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(noForm.getTaskDefinitionKey()).isEqualTo("Task_NoForm");

    e = assertThrows(FormFieldValidationException.class, () -> taskService.complete(noForm.getId()));
    assertThat(e.getMessage()).isEqualTo("Completion of 'Task_NoForm' rejected: ticket: must be given");

    taskService.complete(noForm.getId(), vars("ticket", "T-1"));
    assertThat(ended(instance.getId())).isTrue();
  }

  // ---- data minimisation (docs/access.md "Data minimisation") ------------------------------

  @Test
  void textDescribingAPersonalMatterIsRefusedNamingFieldAndCategoryOnly() {
    Task task = startAndGetReviewTask();

    FormFieldValidationException e = assertThrows(FormFieldValidationException.class, () ->
        taskService.complete(task.getId(), vars("decision", "REJECT", "rejectReason", "OTHER",
            "comment", "MRK-91 uføretrygd")));

    assertThat(e.getMessage()).isEqualTo("Form 'fv-review' rejected: comment: must not describe"
        + " income or benefits (personal matters are followed up by NAV outside the system)");
    assertThat(e.getMessage()).doesNotContain("MRK-91", "uføretrygd");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).variableName("comment").count()).isZero();

    taskService.complete(task.getId(), vars("decision", "REJECT", "rejectReason", "OTHER",
        "comment", "Aleris Helse"));
    assertThat(ended(task.getProcessInstanceId())).isTrue();
  }

  @Test
  void variablesThatAreNoFieldsOfTheFormAreRefusedOnCompleteAndSubmit() {
    Task task = startAndGetReviewTask();

    FormFieldValidationException e = assertThrows(FormFieldValidationException.class, () ->
        taskService.complete(task.getId(), vars("decision", "REJECT", "rejectReason", "OTHER",
            "note", "MRK-92 barnevernet", "MRK-93 diagnose", "x")));
    assertThat(e.getMessage()).isEqualTo("Form 'fv-review' rejected: note: is not a field of the"
        + " form; (variable): a submitted variable is not a field of the form");
    assertThat(e.getMessage()).doesNotContain("MRK-9");

    e = assertThrows(FormFieldValidationException.class, () ->
        formService.submitTaskForm(task.getId(), vars("decision", "REJECT", "rejectReason", "OTHER",
            "diagnose", "x")));
    assertThat(e.getMessage()).isEqualTo("Form 'fv-review' rejected: (variable): a submitted"
        + " variable is not a field of the form");
    assertThat(historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).variableName("note").count()).isZero();

    // the form's fields only: completed
    formService.submitTaskForm(task.getId(), vars("decision", "REJECT", "rejectReason", "OTHER"));
    assertThat(ended(task.getProcessInstanceId())).isTrue();
  }

  @Test
  void aValueSubmittedForAHiddenFieldKeepsTheFieldsRules() {
    Task task = startAndGetReviewTask();

    // rejectReason is hidden (decision APPROVE): not required, but it must still be an option
    FormFieldValidationException e = assertThrows(FormFieldValidationException.class, () ->
        taskService.complete(task.getId(), vars("decision", "APPROVE", "amount", 10,
            "rejectReason", "MRK-94 sosialhjelp")));
    assertThat(e.getMessage()).isEqualTo(
        "Form 'fv-review' rejected: rejectReason: must be one of [BUDGET, OTHER]");

    taskService.complete(task.getId(), vars("decision", "APPROVE", "amount", 10));
    assertThat(ended(task.getProcessInstanceId())).isTrue();
  }

  @Test
  void aStartMayCarryTheFormsFieldsOnlyAndNoSensitiveBusinessKey() {
    FormFieldValidationException e = assertThrows(FormFieldValidationException.class, () ->
        runtimeService.startProcessInstanceByKey(PROCESS, "K-" + UUID.randomUUID(),
            vars("applicantRef", "APPL-0003", "limit", 10, "housing", "MRK-95 husleie")));
    assertThat(e.getMessage()).isEqualTo("Form 'fv-start' rejected: housing: is not a field of the form");

    String businessKey = "MRK-96-bostøtte-" + UUID.randomUUID();
    e = assertThrows(FormFieldValidationException.class, () ->
        runtimeService.startProcessInstanceByKey(PROCESS, businessKey,
            vars("applicantRef", "APPL-0003", "limit", 10)));
    assertThat(e.getMessage()).isEqualTo("Form 'fv-start' rejected: businessKey: must not describe"
        + " housing (personal matters are followed up by NAV outside the system)");
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).count()).isZero();

    String processDefinitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(PROCESS).latestVersion().singleResult().getId();
    e = assertThrows(FormFieldValidationException.class, () ->
        formService.submitStartForm(processDefinitionId, vars("applicantRef", "APPL-0003",
            "limit", 10, "income", "x")));
    assertThat(e.getMessage()).isEqualTo("Form 'fv-start' rejected: income: is not a field of the form");
  }
}
