package no.placetrain.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Paging of the engine APIs' lists ({@code firstResult}, {@code maxResults} in the query string of
 * {@code /engine-rest} and of the webapps' engine API): each must be a whole number from 0 to
 * 2147483647, else the call is refused with 400 naming the parameter, before the engine sees it.
 * Without this filter Camunda answers a negative {@code maxResults} with 500 (the database refuses
 * the negative limit), takes a negative {@code firstResult} as an empty page (200), and answers a
 * non-number or one beyond the int range with 404 "HTTP 404 Not Found". The engine's own ceiling
 * stays in force ({@code query-max-results-limit}: more than 2000 rows is refused with 400).
 */
public class PagingParameterFilter extends OncePerRequestFilter {

  static final String TYPE = "InvalidRequestException";
  static final Set<String> PARAMETERS = Set.of("firstResult", "maxResults");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,10}");

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Optional<String> refused;
    try {
      refused = refusal(request.getQueryString());
    } catch (IllegalArgumentException malformed) {
      JsonErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, TYPE,
          "The query string is malformed (a broken %-escape).");
      return;
    }
    if (refused.isPresent()) {
      JsonErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, TYPE, refused.get());
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Why the paging of {@code rawQuery} is refused, if it is; never repeating the submitted value.
   *
   * @throws IllegalArgumentException when the query string cannot be decoded
   */
  static Optional<String> refusal(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return Optional.empty();
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (!PARAMETERS.contains(name)) {
        continue;
      }
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      if (!isPage(value)) {
        return Optional.of("Query parameter '" + name + "' must be a whole number from 0 to "
            + Integer.MAX_VALUE + ".");
      }
    }
    return Optional.empty();
  }

  private static boolean isPage(String value) {
    return WHOLE_NUMBER.matcher(value).matches() && Long.parseLong(value) <= Integer.MAX_VALUE;
  }
}
