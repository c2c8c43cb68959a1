package no.placetrain.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms themselves: schema header, components, keys, values, rules, texts. */
class FormSchemaTest {

  private static final Set<String> INPUT_TYPES = Set.of(
      "textfield", "textarea", "number", "checkbox", "radio", "select", "datetime");

  static Stream<CamundaForm> forms() {
    return CamundaForm.all().stream();
  }

  private static CamundaForm form(String id) {
    return CamundaForm.all().stream()
        .filter(f -> id.equals(f.id()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no form with id " + id));
  }

  private static JsonNode field(String formId, String key) {
    return form(formId).inputFields().stream()
        .filter(c -> key.equals(c.get("key").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(formId + " has no field " + key));
  }

  @Test
  void theFolderHoldsExactlyTheFormsOfTheContract() {
    List<String> files = CamundaForm.all().stream().map(CamundaForm::fileName).toList();
    assertThat(files).containsExactlyInAnyOrderElementsOf(
        Contract.FORM_FIELDS.keySet().stream().map(id -> id + ".form").toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void headerIsACamundaPlatform724Form(CamundaForm form) {
    JsonNode json = form.json();
    assertThat(json.isObject()).as("top level is an object").isTrue();
    assertThat(form.id()).as("id = file name without .form").isEqualTo(
        form.fileName().substring(0, form.fileName().length() - ".form".length()));
    assertThat(json.path("type").asText()).isEqualTo("default");
    assertThat(json.path("schemaVersion").isInt()).as("schemaVersion is a number").isTrue();
    assertThat(json.path("schemaVersion").asInt()).isEqualTo(16);
    assertThat(json.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
    assertThat(json.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
    assertThat(json.path("exporter").path("name").asText()).isEqualTo("Camunda Modeler");
    assertThat(json.path("exporter").path("version").asText()).isNotBlank();
    assertThat(json.path("components").isArray()).isTrue();
    assertThat(form.components()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void componentsAreOfTypesTasklist724RendersWithUniqueIdsAndKeys(CamundaForm form) {
    Set<String> ids = new HashSet<>();
    Set<String> keys = new HashSet<>();
    for (JsonNode c : form.components()) {
      String type = c.path("type").asText();
      String id = c.path("id").asText();
      assertThat(Contract.ALLOWED_COMPONENT_TYPES).as("type of %s in %s", id, form).contains(type);
      assertThat(c.has("components")).as("%s in %s nests components (groups are newer than form-js 1.8)", id, form)
          .isFalse();
      assertThat(id).as("component id in %s", form).matches("[A-Za-z][A-Za-z0-9_]*");
      assertThat(ids.add(id)).as("component id %s unique in %s", id, form).isTrue();
      assertThat(c.path("layout").path("row").asText()).as("layout row of %s in %s", id, form)
          .isNotBlank();
      if (INPUT_TYPES.contains(type)) {
        String key = c.path("key").asText();
        assertThat(key).as("key of %s in %s", id, form).matches("[a-z][A-Za-z0-9]*");
        assertThat(id).as("id of the field %s in %s", key, form).isEqualTo("Field_" + key);
        assertThat(keys.add(key)).as("key %s unique in %s", key, form).isTrue();
        String label = "datetime".equals(type) ? c.path("dateLabel").asText() : c.path("label").asText();
        assertThat(label).as("label of %s in %s", key, form).isNotBlank();
      } else {
        assertThat(c.has("key")).as("text %s in %s has no key", id, form).isFalse();
      }
      if ("datetime".equals(type)) {
        assertThat(c.path("subtype").asText()).as("%s in %s is a date", id, form).isEqualTo("date");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void startsWithAHeadingThatSaysWhatTheStepIs(CamundaForm form) {
    JsonNode first = form.components().get(0);
    assertThat(first.path("type").asText()).as("first component of %s", form).isEqualTo("text");
    String text = first.path("text").asText();
    assertThat(text).as("first text of %s", form).startsWith("## ");
    assertThat(text.lines().skip(1).collect(java.util.stream.Collectors.joining(" ")).strip())
        .as("explanation under the heading of %s", form)
        .hasSizeGreaterThan(60);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void inputFieldsAreExactlyTheVariablesTheContractSaysTheFormWrites(CamundaForm form) {
    assertThat(form.inputKeys()).as("input keys of %s", form)
        .containsExactlyInAnyOrderElementsOf(Contract.FORM_FIELDS.get(form.id()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void everyRadioAndSelectOffersExactlyTheContractsCodes(CamundaForm form) {
    for (JsonNode c : form.inputFields()) {
      String type = c.path("type").asText();
      if (!type.equals("radio") && !type.equals("select")) {
        continue;
      }
      String key = c.get("key").asText();
      assertThat(c.has("valuesKey") || c.has("valuesExpression"))
          .as("%s in %s uses static values (no dynamic lists)", key, form).isFalse();
      JsonNode values = c.path("values");
      assertThat(values.isArray() && values.size() > 0).as("%s in %s has values", key, form).isTrue();
      List<String> codes = new ArrayList<>();
      for (JsonNode v : values) {
        assertThat(v.path("label").asText()).as("label of a value of %s in %s", key, form).isNotBlank();
        codes.add(v.path("value").asText());
      }
      assertThat(Contract.ALLOWED_VALUES).as("contract codes for %s", key).containsKey(key);
      assertThat(codes).as("values of %s in %s", key, form)
          .containsExactlyElementsOf(Contract.ALLOWED_VALUES.get(key));
      assertThat(c.path("validate").path("required").asBoolean())
          .as("%s in %s is required (unless the contract lets it be left empty)", key, form)
          .isEqualTo(!Contract.OPTIONAL_FIELDS.contains(key));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void conditionsReferOnlyToKeysOfTheFormOrVariablesOfTheContract(CamundaForm form) {
    Set<String> known = new HashSet<>(form.inputKeys());
    known.addAll(Contract.VARIABLES);
    for (JsonNode c : form.components()) {
      JsonNode hide = c.path("conditional").path("hide");
      if (hide.isMissingNode()) {
        continue;
      }
      String id = c.path("id").asText();
      assertThat(hide.asText()).as("conditional.hide of %s in %s is a FEEL expression", id, form)
          .startsWith("=");
      Set<String> names = Expressions.feelVariables(hide.asText());
      assertThat(names).as("variables in conditional.hide of %s in %s", id, form).isNotEmpty();
      assertThat(known).as("conditional.hide of %s in %s refers to", id, form).containsAll(names);
      assertThat(names).as("%s in %s hides on its own value", id, form)
          .doesNotContain(c.path("key").asText());
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      form-screen-candidate    | notSuitableReason | =screeningOutcome != "NOT_SUITABLE"
      form-present-to-employer | declineReason     | =employerResponse != "DECLINE"
      form-employer-approval   | mentorId          | =employerApproval != "APPROVE"
      form-end-of-practice     | contractType      | =practiceDecision != "OFFER"
      form-end-of-practice     | weeklyHours       | =practiceDecision != "OFFER"
      form-end-of-practice     | extensionMonths   | =practiceDecision != "EXTEND"
      form-follow-up-commitment | waivedReason     | =resolution != "WAIVE"
      """)
  void fieldsForOneAnswerOnlyAreHiddenOtherwiseAndRequiredWhenShown(
      String formId, String key, String hide) {
    JsonNode f = field(formId, key);
    assertThat(f.path("conditional").path("hide").asText()).isEqualTo(hide);
    assertThat(f.path("validate").path("required").asBoolean()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void onlyTheFieldsForOneAnswerAreConditional(CamundaForm form) {
    Set<String> conditional = Set.of("notSuitableReason", "declineReason", "mentorId",
        "contractType", "weeklyHours", "extensionMonths", "waivedReason");
    for (JsonNode c : form.inputFields()) {
      String key = c.get("key").asText();
      assertThat(c.has("conditional")).as("%s in %s has a condition", key, form)
          .isEqualTo(conditional.contains(key));
    }
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      form-referral                 | candidateDisplayName | maxLength     | 60
      form-referral                 | candidateRef         | maxLength     | 40
      form-screen-candidate         | candidateSkills      | maxLength     | 1000
      form-screen-candidate         | candidateInterests   | maxLength     | 1000
      form-screen-candidate         | candidateLanguages   | maxLength     | 1000
      form-screen-candidate         | candidateMotivation  | maxLength     | 1000
      form-draft-practice-agreement | workSite             | maxLength     | 120
      form-draft-practice-agreement | practiceMonths       | min           | 1
      form-draft-practice-agreement | practiceMonths       | max           | 12
      form-end-of-practice          | weeklyHours          | min           | 1
      form-end-of-practice          | weeklyHours          | max           | 40
      form-end-of-practice          | extensionMonths      | min           | 1
      form-end-of-practice          | extensionMonths      | max           | 6
      form-employer-approval        | mentorId             | maxLength     | 64
      form-guarantee-offer          | offerEmployer        | maxLength     | 120
      form-follow-up-commitment     | waivedReason         | maxLength     | 500
      """)
  void limits(String formId, String key, String rule, int value) {
    JsonNode validate = field(formId, key).path("validate");
    assertThat(validate.path(rule).isInt()).as("%s.%s is a number", key, rule).isTrue();
    assertThat(validate.path(rule).asInt()).as("%s.%s", key, rule).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      form-draft-practice-agreement | practiceMonths  | 0
      form-end-of-practice          | weeklyHours     | 1
      form-end-of-practice          | extensionMonths | 0
      """)
  void numbersHaveTheirDecimals(String formId, String key, int decimalDigits) {
    JsonNode f = field(formId, key);
    assertThat(f.path("type").asText()).isEqualTo("number");
    assertThat(f.path("decimalDigits").asInt(-1)).isEqualTo(decimalDigits);
    assertThat(f.path("serializeToString").asBoolean(false)).as("submitted as a number").isFalse();
  }

  @ParameterizedTest(name = "{0} {1} accepts {2}")
  @CsvSource(delimiter = '|', textBlock = """
      form-referral          | candidateRef | ^(?!.*[0-9]{11})[A-Za-z0-9-]{4,40}$ | K-2024-0042 | 1234       | K 2024,abc,K_2024,Kandidat-æøå,01017012345,K-01017012345
      form-employer-approval | mentorId     | ^[a-z0-9._-]{2,64}$  | kari.nordmann | o_l-1    | Kari,k,kari nordmann,kari@firma.no
      form-referral          | candidateDisplayName | ^[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ0-9 .'-]{0,59}$ | Åse Ødegård | A.B. | *Ola*,- Ola,# Ola,Ola <b>,Ola_N,[Ola](x)
      """)
  void patterns(String formId, String key, String pattern, String good1, String good2, String bad) {
    JsonNode validate = field(formId, key).path("validate");
    assertThat(validate.path("pattern").asText()).isEqualTo(pattern);
    assertThat(validate.path("required").asBoolean()).isTrue();
    Pattern p = Pattern.compile(validate.path("pattern").asText());
    // form-js tests with RegExp.test (a find, not a full match): the pattern must be anchored
    assertThat(p.matcher(good1).find()).as(good1).isTrue();
    assertThat(p.matcher(good2).find()).as(good2).isTrue();
    for (String b : bad.split(",")) {
      assertThat(p.matcher(b).find()).as(b).isFalse();
    }
  }

  /**
   * The employer's form shows the strengths through markdown templating: text that holds markdown
   * or HTML characters would be rendered as headings, emphasis, or vanish (a {@code <b>} tag is
   * dropped). The screening form refuses those characters, here and on the server.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"candidateSkills", "candidateInterests", "candidateLanguages", "candidateMotivation"})
  void strengthsAreTextWithoutMarkdownCharacters(String key) {
    Pattern p = Pattern.compile(field("form-screen-candidate", key).path("validate").path("pattern").asText());
    for (String good : new String[] {"Kasse, varemottak og truckførerbevis.\nEngelsk: flytende (C1) - 2 år", "Å lære; \"butikkdrift\"!"}) {
      assertThat(p.matcher(good).find()).as(good).isTrue();
    }
    for (String bad : new String[] {"# Butikk", "engelsk <b>flytende</b>", "*viktig*", "snake_case", "[lenke](x)", "`kode`", "a | b", "a \\ b", "~~a~~"}) {
      assertThat(p.matcher(bad).find()).as(bad).isFalse();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void validationRulesAreWellFormed(CamundaForm form) {
    Set<String> rules = Set.of("required", "pattern", "minLength", "maxLength", "min", "max");
    for (JsonNode c : form.inputFields()) {
      String key = c.get("key").asText();
      String type = c.path("type").asText();
      JsonNode validate = c.path("validate");
      validate.fieldNames().forEachRemaining(rule ->
          assertThat(rules).as("validate.%s of %s in %s", rule, key, form).contains(rule));
      if (validate.has("pattern")) {
        String pattern = validate.get("pattern").asText();
        try {
          Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
          throw new AssertionError("pattern of " + key + " in " + form + ": " + e.getMessage());
        }
        assertThat(pattern).as("pattern of %s in %s is anchored", key, form).startsWith("^").endsWith("$");
      }
      if (validate.has("min") && validate.has("max")) {
        assertThat(validate.get("min").asDouble()).isLessThanOrEqualTo(validate.get("max").asDouble());
      }
      if (type.equals("textfield") || type.equals("textarea")) {
        assertThat(validate.path("maxLength").asInt(0)).as("%s in %s has a maxLength", key, form)
            .isPositive();
      }
      if (type.equals("number")) {
        assertThat(validate.has("min") && validate.has("max")).as("%s in %s has min and max", key, form)
            .isTrue();
      }
      if (type.equals("checkbox")) {
        // form-js treats a required checkbox as "must be ticked": false must stay a valid answer,
        // except for a checkbox that confirms a duty is done
        assertThat(validate.path("required").asBoolean(false)).as("%s in %s is required", key, form)
            .isEqualTo(Contract.CONFIRMATION_CHECKBOXES.contains(key));
        assertThat(c.path("defaultValue").isBoolean()).as("%s in %s has a default", key, form).isTrue();
        if (Contract.CONFIRMATION_CHECKBOXES.contains(key)) {
          assertThat(c.path("defaultValue").asBoolean()).as("%s in %s starts unticked", key, form).isFalse();
        }
      } else {
        assertThat(validate.path("required").asBoolean(false)).as("%s in %s is required", key, form)
            .isEqualTo(!Contract.OPTIONAL_FIELDS.contains(key));
      }
    }
  }

  @Test
  void freeTextFieldsWarnToWriteOnlyAboutStrengthsAndWork() {
    Set<String> warned = Set.of("candidateSkills", "candidateInterests", "candidateLanguages",
        "candidateMotivation", "workSite", "offerEmployer", "waivedReason");
    Set<String> found = new HashSet<>();
    for (CamundaForm form : CamundaForm.all()) {
      for (JsonNode c : form.inputFields()) {
        String key = c.get("key").asText();
        String type = c.path("type").asText();
        if (type.equals("textarea")) {
          assertThat(warned).as("textarea %s in %s must warn", key, form).contains(key);
        }
        if (warned.contains(key)) {
          found.add(key);
          assertThat(c.path("description").asText()).as("help text of %s in %s", key, form)
              .contains("ikke om personlige forhold");
        }
      }
    }
    assertThat(found).isEqualTo(warned);
  }

  @Test
  void theReferralFormOffersTheLocalAgreementsOnlyAndPointsToTheApiForLaterOnes() {
    JsonNode agreement = field("form-referral", "agreementId");
    assertThat(agreement.path("type").asText()).isEqualTo("select");
    List<String> codes = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    agreement.path("values").forEach(v -> {
      codes.add(v.path("value").asText());
      labels.add(v.path("label").asText());
    });
    assertThat(codes).containsExactlyElementsOf(Contract.REFERABLE_AGREEMENTS)
        .doesNotContainAnyElementsOf(Contract.FRAMEWORK_AGREEMENTS)
        .contains("iss-alna", "iss-stovner");
    assertThat(labels).doesNotHaveDuplicates()
        .contains("ISS × NAV Alna", "ISS × NAV Stovner")
        .doesNotContain("ISS × NAV Oslo-regionen");
    assertThat(agreement.path("description").asText())
        .as("help text: agreements created later are referred to through the API")
        .contains("lokale avtalen")
        .contains("opprettet senere gjennom API-et")
        .contains("henvis til dem gjennom API-et");
  }

  @Test
  void theFollowUpTaskShowsWhatIsOverdueForWhomAndAtWhichLevel() {
    assertThat(templateVariables(form("form-follow-up-commitment"))).contains(
        "candidateDisplayName", "agreementName", "commitmentKind", "escalationLevel",
        "escalationRole");
    JsonNode reason = field("form-follow-up-commitment", "waivedReason");
    assertThat(reason.path("type").asText()).isEqualTo("textarea");
    assertThat(reason.path("description").asText())
        .as("the reason for waiving only, never personal matters about the candidate")
        .contains("bare hvorfor forpliktelsen frafalles")
        .contains("ikke om personlige forhold");
  }

  @Test
  void personalMattersAreOnlyAnOpenOrDoneFlag() {
    JsonNode f = field("form-hold-checkpoint", "personalMattersOpen");
    assertThat(f.path("type").asText()).isEqualTo("checkbox");
    assertThat(f.path("label").asText())
        .isEqualTo("NAV følger opp personlige forhold som påvirker arbeidet (åpent)");
  }

  @Test
  void navConfirmsThePersonalMattersAreFollowedUpWithoutSayingWhatTheyWere() {
    CamundaForm form = form("form-follow-up-personal-matters");
    assertThat(form.inputKeys()).containsExactly("personalMattersResolved");
    JsonNode f = field("form-follow-up-personal-matters", "personalMattersResolved");
    assertThat(f.path("type").asText()).isEqualTo("checkbox");
    assertThat(f.path("label").asText()).isEqualTo("NAV har fulgt opp de personlige forholdene");
    assertThat(f.path("validate").path("required").asBoolean()).as("must be ticked to complete").isTrue();
    assertThat(f.path("description").asText()).contains("Ikke skriv hva forholdene gjelder");
    assertThat(templateVariables(form)).contains("candidateDisplayName", "agreementName");
  }

  @Test
  void theEmployerSeesTheStrengthsProfile() {
    for (String id : List.of("form-present-to-employer", "form-speed-interview", "form-interview",
        "form-employer-approval")) {
      assertThat(templateVariables(form(id))).as("shown in %s", id).contains(
          "candidateDisplayName", "candidateSkills", "candidateInterests", "candidateLanguages",
          "candidateMotivation");
    }
  }

  @Test
  void theApproversSeeTheAgreement() {
    for (String id : List.of("form-employer-approval", "form-broker-approval", "form-kam-approval")) {
      assertThat(templateVariables(form(id))).as("shown in %s", id).contains(
          "candidateDisplayName", "agreementName", "practiceStartDate", "practiceMonths", "workSite");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void templatesShowOnlyVariablesOfTheContract(CamundaForm form) {
    assertThat(Contract.VARIABLES).as("variables templated in %s", form)
        .containsAll(templateVariables(form));
    if (!form.id().equals("form-referral")) {
      // a start form has no variables yet; every task form shows who it is about
      assertThat(templateVariables(form)).as("templated in %s", form).contains("candidateDisplayName");
    }
  }

  @Test
  void templateVariablesAreFoundInsideConditionsToo() {
    JsonNode text = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
        .put("type", "text").put("id", "Text_x")
        .put("text", "## X\n{{#if brokerInvolved}}{{brokerName}}{{/if}} {{ agreementName }}");
    assertThat(templateVariables(List.of(text)))
        .containsExactly("brokerInvolved", "brokerName", "agreementName");
  }

  private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");

  static Set<String> templateVariables(CamundaForm form) {
    return templateVariables(form.texts());
  }

  private static Set<String> templateVariables(List<JsonNode> texts) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode t : texts) {
      Matcher m = TEMPLATE.matcher(t.path("text").asText());
      while (m.find()) {
        String inner = m.group(1);
        if (inner.startsWith("/")) {
          continue; // {{/if}}, {{/loop}}
        }
        if (inner.startsWith("#if ") || inner.startsWith("#loop ")) {
          inner = inner.substring(inner.indexOf(' ') + 1);
        }
        names.addAll(Expressions.feelVariables(inner));
      }
    }
    return names;
  }
}
