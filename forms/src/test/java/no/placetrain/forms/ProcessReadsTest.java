package no.placetrain.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.junit.jupiter.api.Test;

/** The extractor behind {@link FormFieldsReadByProcessTest}, on a tiny inline model. */
class ProcessReadsTest {

  private static final String BPMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          id="Definitions_tiny" targetNamespace="http://placetrain.no/test">
        <bpmn:process id="tiny" isExecutable="true" camunda:historyTimeToLive="180">
          <bpmn:startEvent id="StartEvent_Tiny" camunda:formRef="form-x" camunda:formRefBinding="deployment" />
          <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_Tiny" targetRef="Task_Decide" />
          <bpmn:userTask id="Task_Decide" camunda:formRef="form-x" camunda:formRefBinding="deployment"
              camunda:candidateUsers="${mentorId}" camunda:candidateGroups="kam" />
          <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Decide" targetRef="Gateway_Decision" />
          <bpmn:exclusiveGateway id="Gateway_Decision" default="Flow_No" />
          <bpmn:sequenceFlow id="Flow_Yes" sourceRef="Gateway_Decision" targetRef="Task_Record">
            <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${decision == 'APPROVE' &amp;&amp; !execution.getVariable('viaName') &amp;&amp; '}' != wrapped}</bpmn:conditionExpression>
          </bpmn:sequenceFlow>
          <bpmn:sequenceFlow id="Flow_No" sourceRef="Gateway_Decision" targetRef="EndEvent_Tiny" />
          <bpmn:serviceTask id="Task_Record" camunda:delegateExpression="${recordWorker}">
            <bpmn:extensionElements>
              <camunda:inputOutput>
                <camunda:inputParameter name="note">${note}</camunda:inputParameter>
                <camunda:inputParameter name="closingOutcome">ENDED</camunda:inputParameter>
                <camunda:inputParameter name="label">${'literalOnly'}</camunda:inputParameter>
                <camunda:inputParameter name="items">
                  <camunda:list><camunda:value>${inList}</camunda:value></camunda:list>
                </camunda:inputParameter>
              </camunda:inputOutput>
            </bpmn:extensionElements>
          </bpmn:serviceTask>
          <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Record" targetRef="Timer_Wait" />
          <bpmn:intermediateCatchEvent id="Timer_Wait">
            <bpmn:timerEventDefinition id="TimerDef_Wait">
              <bpmn:timeDate xsi:type="bpmn:tFormalExpression">${deadline}</bpmn:timeDate>
            </bpmn:timerEventDefinition>
          </bpmn:intermediateCatchEvent>
          <bpmn:sequenceFlow id="Flow_4" sourceRef="Timer_Wait" targetRef="Task_Rule" />
          <bpmn:businessRuleTask id="Task_Rule" camunda:decisionRef="Decision_Tiny" camunda:resultVariable="interval" camunda:mapDecisionResult="singleEntry" />
          <bpmn:sequenceFlow id="Flow_5" sourceRef="Task_Rule" targetRef="CallActivity_Other" />
          <bpmn:callActivity id="CallActivity_Other" calledElement="other">
            <bpmn:extensionElements>
              <camunda:in source="passMe" target="passed" />
              <camunda:in sourceExpression="${computed + 1}" target="sum" />
            </bpmn:extensionElements>
          </bpmn:callActivity>
          <bpmn:sequenceFlow id="Flow_6" sourceRef="CallActivity_Other" targetRef="EndEvent_Tiny" />
          <bpmn:endEvent id="EndEvent_Tiny" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  private static final String DMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_dmn"
          name="tiny" namespace="http://camunda.org/schema/1.0/dmn">
        <decision id="Decision_Tiny" name="Tiny">
          <decisionTable id="DecisionTable_Tiny" hitPolicy="FIRST">
            <input id="Input_Count" label="Count">
              <inputExpression id="InputExpression_Count" typeRef="integer">
                <text>heldSoFar</text>
              </inputExpression>
            </input>
            <output id="Output_Interval" name="interval" typeRef="string" />
            <rule id="Rule_First">
              <inputEntry id="InputEntry_First"><text>0</text></inputEntry>
              <outputEntry id="OutputEntry_First"><text>"P7D"</text></outputEntry>
            </rule>
          </decisionTable>
        </decision>
      </definitions>
      """;

  private static final String FORM = """
      {
        "components": [
          { "type": "text", "id": "Text_intro", "text": "## X\\nFor {{shownOnly}}" },
          { "type": "radio", "id": "Field_decision", "key": "decision", "label": "Beslutning",
            "values": [ { "label": "Ja", "value": "APPROVE" } ] },
          { "type": "textfield", "id": "Field_note", "key": "note", "label": "Notat" },
          { "type": "textfield", "id": "Field_forgotten", "key": "forgotten", "label": "Glemt" }
        ],
        "type": "default",
        "id": "form-x",
        "schemaVersion": 16
      }
      """;

  private static BpmnModelInstance bpmn() {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(BPMN.getBytes(StandardCharsets.UTF_8)));
  }

  private static DmnModelInstance dmn() {
    return Dmn.readModelFromStream(new ByteArrayInputStream(DMN.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void findsTheVariablesEveryKindOfExpressionReads() {
    ProcessReads reads = ProcessReads.of(bpmn(), List.of(dmn()));

    assertThat(reads.variables()).containsExactlyInAnyOrder(
        "mentorId",        // candidateUsers
        "decision",        // sequence-flow condition
        "execution",       // ... (the execution object itself: generous, harmless)
        "viaName",         // ... execution.getVariable('viaName')
        "wrapped",         // ... after a string literal holding a brace
        "note",            // input parameter
        "inList",          // input parameter list value
        "deadline",        // timer
        "heldSoFar",       // DMN input expression of the called decision
        "passMe",          // call activity camunda:in source
        "computed");       // call activity camunda:in sourceExpression
    assertThat(reads.byVariable().get("heldSoFar")).containsExactly("Task_Rule → Decision_Tiny input Count");
    assertThat(reads.missingDecisions()).isEmpty();
  }

  @Test
  void aDecisionThatNoDmnDefinesIsReported() {
    ProcessReads reads = ProcessReads.of(bpmn(), List.of());
    assertThat(reads.missingDecisions()).containsExactly("Task_Rule → Decision_Tiny");
    assertThat(reads.reads("heldSoFar")).isFalse();
  }

  @Test
  void aFieldNobodyReadsFailsWithFormAndKey() {
    ProcessReads reads = ProcessReads.of(bpmn(), List.of(dmn()));
    CamundaForm form = CamundaForm.parse("form-x.form", FORM);

    List<String> problems = FieldUsage.unreadFields(form, "tiny.bpmn", reads);

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0)).contains("form-x", "'forgotten'", "tiny.bpmn");
  }

  @Test
  void aFieldReadOnlyByTheDmnPasses() {
    ProcessReads reads = ProcessReads.of(bpmn(), List.of(dmn()));
    CamundaForm form = CamundaForm.parse("form-y.form", """
        {"id": "form-y", "type": "default", "schemaVersion": 16, "components": [
          {"type": "number", "id": "Field_heldSoFar", "key": "heldSoFar", "label": "Antall"}]}
        """);
    assertThat(FieldUsage.unreadFields(form, "tiny.bpmn", reads)).isEmpty();
  }

  @Test
  void juelPartsEndAtTheMatchingBraceOutsideStrings() {
    assertThat(Expressions.juelParts("a ${x == '}'} b #{map({'k': v})} ${"))
        .containsExactly("x == '}'", "map({'k': v})", "");
    assertThat(Expressions.juelVariables("${a.b and not c eq 'd' or fn(e) ? f : g}"))
        .containsExactly("a", "c", "e", "f", "g");
    assertThat(Expressions.juelVariables("P7D")).isEmpty();
  }

  @Test
  void feelVariablesIgnoreStringsKeywordsAndPaths() {
    assertThat(Expressions.feelVariables("=screeningOutcome != \"NOT_SUITABLE\""))
        .containsExactly("screeningOutcome");
    assertThat(Expressions.feelVariables("=if a.b = null then c else \"d e\""))
        .containsExactly("a", "c");
  }
}
