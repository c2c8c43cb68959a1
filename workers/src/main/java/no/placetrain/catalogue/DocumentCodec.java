package no.placetrain.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import no.placetrain.domain.agreement.Agreement;
import no.placetrain.domain.agreement.InvalidAgreementException;

/**
 * Reads agreement documents from YAML (catalogue files) and writes/reads them as JSON (the
 * {@code DOCUMENT} column), with kebab-case keys. Unknown keys are refused. A parse failure becomes
 * an {@link InvalidAgreementException} naming the field path and a reason, never the value
 * (e.g. {@code terms.practice-months.min: must be a whole number}). Thread-safe.
 */
public final class DocumentCodec {

  private final ObjectMapper yaml = configure(YAMLMapper.builder());
  private final ObjectMapper json = configure(JsonMapper.builder());

  private static ObjectMapper configure(MapperBuilder<?, ?> builder) {
    return builder
        .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .build();
  }

  /**
   * @throws InvalidAgreementException for malformed YAML, an unknown key or a value of the wrong
   *     type; the field is {@code document} when the file cannot be parsed at all
   * @return the document, or {@code null} for an empty file
   */
  public AgreementDocument readYaml(InputStream in) {
    try {
      JsonNode tree = yaml.readTree(in);
      return tree == null || tree.isMissingNode() || tree.isNull()
          ? null : yaml.treeToValue(tree, AgreementDocument.class);
    } catch (JsonMappingException e) {
      throw translate(e);
    } catch (JsonProcessingException e) {
      throw new InvalidAgreementException("document", "is not valid YAML" + where(e.getLocation()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The agreement as the JSON of its document. */
  public String toJson(Agreement agreement) {
    try {
      return json.writeValueAsString(AgreementDocuments.fromAgreement(agreement));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the document of " + agreement.id(), e);
    }
  }

  /**
   * The agreement a JSON document describes.
   *
   * @throws InvalidAgreementException when the document breaks a rule
   */
  public Agreement fromJson(String document) {
    try {
      return AgreementDocuments.toAgreement(json.readValue(document, AgreementDocument.class));
    } catch (JsonMappingException e) {
      throw translate(e);
    } catch (JsonProcessingException e) {
      throw new InvalidAgreementException("document", "is not valid JSON");
    }
  }

  private static InvalidAgreementException translate(JsonMappingException e) {
    String path = path(e);
    if (e instanceof UnrecognizedPropertyException) {
      return new InvalidAgreementException(path, "is not a known field");
    }
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return new InvalidAgreementException(path, expected(mismatch.getTargetType()));
    }
    return new InvalidAgreementException(path.isEmpty() ? "document" : path,
        "cannot be read" + where(e.getLocation()));
  }

  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "document" : path.toString();
  }

  private static String expected(Class<?> type) {
    if (type == Integer.class || type == int.class) {
      return "must be a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (type == String.class) {
      return "must be text";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "must be a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "must be a mapping of fields";
    }
    return "has the wrong type";
  }

  private static String where(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? ""
        : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
  }
}
