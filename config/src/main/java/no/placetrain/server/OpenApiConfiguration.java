package no.placetrain.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import no.placetrain.api.ApiError;
import no.placetrain.api.EffectiveCommitment;
import no.placetrain.catalogue.AgreementDocument;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of our REST API ({@code /v3/api-docs}, restricted to {@code /api/**} in
 * application.yaml; Swagger UI at {@code /swagger-ui.html}). Springdoc derives the operations from
 * the controllers of {@code placetrain-workers}; this adds what it cannot see: HTTP Basic, a
 * summary per operation, the error answers, and the agreement document in its own kebab-case
 * format (the controllers read and write it as JSON text with the catalogue's codec, so springdoc
 * would only see a string).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

  static final String BASIC = "basicAuth";
  private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

  /** operationId (the controller method) → summary and the error statuses it answers. */
  private static final Map<String, Documented> OPERATIONS = Map.of(
      "listAgreements", new Documented("List the agreements (id, kind, parent, name, status)"),
      "getAgreement", new Documented("Read an agreement with its effective commitments", 404),
      "createAgreement", new Documented(
          "Create a LOCAL agreement under a FRAMEWORK (the agreement document as JSON)",
          400, 404, 409),
      "getScorecard", new Documented("Read an agreement's scorecard", 404),
      "referCandidate", new Documented(
          "Refer a candidate: starts place-and-train, as the referral form", 400, 404, 409),
      "getParticipation", new Documented("Read a participation with its commitments", 404),
      "eraseCandidate", new Documented("Erase a candidate (administrators only): the engine's "
          + "rows about every participation deleted, ours anonymised; the counts", 400, 403, 404));

  private record Documented(String summary, int... errors) {}

  @Bean
  OpenAPI placeTrainOpenApi() {
    return new OpenAPI()
        .info(new Info()
            .title("Place & Train API")
            .version("0.1.0")
            .description("Agreements, referrals, participations and scorecards (see "
                + "docs/agreements.md). HTTP Basic with an engine user, as /engine-rest. "
                + "Errors: {\"status\", \"error\", \"message\": \"<field>: <reason>\", \"field\"}."))
        .components(new Components().addSecuritySchemes(BASIC,
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }

  @Bean
  OpenApiCustomizer placeTrainOperations() {
    return openApi -> {
      Components components = openApi.getComponents();
      schemas(kebabCase(), AgreementDocument.class).forEach(components::addSchemas);
      schemas(ModelConverters.getInstance(), EffectiveCommitment.class)
          .forEach(components::addSchemas);
      schemas(ModelConverters.getInstance(), ApiError.class).forEach(components::addSchemas);
      components.addSchemas("AgreementDetails", new ComposedSchema()
          .addAllOfItem(ref("AgreementDocument"))
          .addAllOfItem(new ObjectSchema().addProperty("effective-commitments",
              new ArraySchema().items(ref("EffectiveCommitment")))));
      if (openApi.getPaths() == null) {
        return;
      }
      openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
        describe(op);
        op.setTags(List.of(path.startsWith("/api/participations") ? "participations"
            : path.startsWith("/api/candidates") ? "candidates" : "agreements"));
        if (method == PathItem.HttpMethod.POST) {
          // both POSTs answer 201 Created with a Location (springdoc assumes 200)
          ApiResponse ok = op.getResponses().remove("200");
          op.getResponses().addApiResponse("201", (ok == null ? new ApiResponse() : ok)
              .description("Created; Location names the new resource"));
        }
        if (path.equals("/api/agreements") && method == PathItem.HttpMethod.POST) {
          op.getRequestBody().setContent(json(ref("AgreementDocument")));
          op.getRequestBody().setRequired(true);
          answer(op, "201", ref("AgreementDetails"));
        }
        if (path.equals("/api/agreements/{id}") && method == PathItem.HttpMethod.GET) {
          answer(op, "200", ref("AgreementDetails"));
        }
        ApiResponses byStatus = new ApiResponses();
        new java.util.TreeMap<>(op.getResponses()).forEach(byStatus::addApiResponse);
        op.setResponses(byStatus);
      }));
      // the JsonNode types springdoc saw in the controllers' signatures are replaced above
      components.getSchemas().keySet().removeIf(name -> name.endsWith("Node"));
    };
  }

  private static void describe(Operation op) {
    Documented documented = OPERATIONS.get(op.getOperationId());
    if (op.getResponses() == null) {
      op.setResponses(new ApiResponses());
    }
    op.getResponses().addApiResponse("401",
        new ApiResponse().description("No or wrong HTTP Basic credentials"));
    if (documented == null) {
      return;
    }
    op.setSummary(documented.summary());
    for (int status : documented.errors()) {
      op.getResponses().addApiResponse(String.valueOf(status), new ApiResponse()
          .description(org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase())
          .content(json(ref("ApiError"))));
    }
  }

  private static void answer(Operation op, String status, Schema<?> schema) {
    ApiResponse response = op.getResponses().get(status);
    if (response == null) {
      response = new ApiResponse().description(status.equals("201") ? "Created" : "OK");
      op.getResponses().addApiResponse(status, response);
    }
    response.setContent(json(schema));
  }

  private static Content json(Schema<?> schema) {
    return new Content().addMediaType(JSON, new MediaType().schema(schema));
  }

  private static Schema<?> ref(String name) {
    return new Schema<>().$ref("#/components/schemas/" + name);
  }

  @SuppressWarnings("rawtypes")
  private static Map<String, Schema> schemas(ModelConverters converters, Class<?> type) {
    return converters.readAll(new AnnotatedType(type));
  }

  /**
   * Schemas in the agreement document's kebab-case (as the catalogue's codec writes it), its
   * nested types named {@code AgreementDocumentOffice}, {@code AgreementDocumentTerms}, ….
   */
  private static ModelConverters kebabCase() {
    ObjectMapper mapper = Json.mapper().copy()
        .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE);
    ModelConverters converters = new ModelConverters();
    converters.addConverter(new ModelResolver(mapper, new TypeNameResolver() {
      @Override
      protected String getNameOfClass(Class<?> cls) {
        return cls.getEnclosingClass() == AgreementDocument.class
            ? "AgreementDocument" + cls.getSimpleName() : super.getNameOfClass(cls);
      }
    }));
    return converters;
  }
}
