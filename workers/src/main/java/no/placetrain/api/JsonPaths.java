package no.placetrain.api;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Where in a JSON body Jackson found a problem, as a field path for an error message
 * ({@code variables.x.value}, {@code offices[2]}): the names of the fields, never the values. Used
 * by our API's errors and by the server's mappers of the engine's REST API.
 */
public final class JsonPaths {

  private JsonPaths() {}

  /** The path of {@code e}'s location, or {@code ""} for the body as a whole. */
  public static String of(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
