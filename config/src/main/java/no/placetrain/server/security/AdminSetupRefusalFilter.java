package no.placetrain.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Advisory CVE-2026-77226: the Admin webapp's first-run setup
 * ({@code POST <app>/api/admin/setup/{engine}/user/create}) creates an administrator without any
 * login whenever the group {@code camunda-admin} has no direct members. This server never needs
 * it: the administrator comes from configuration ({@code camunda.bpm.admin-user}). Every request
 * under {@code <app>/api/admin/setup} is refused with 403, whatever the group's members, before
 * any of Camunda's filters (CSRF, authentication) sees it.
 */
public class AdminSetupRefusalFilter extends OncePerRequestFilter {

  static final String MESSAGE = "The Admin webapp's first-run setup is disabled on this server:"
      + " the administrator comes from its configuration (camunda.bpm.admin-user), and"
      + " administrators add further users in Admin.";

  private final String setupPath;

  /** @param adminApiPath the Admin API's path, e.g. {@code /camunda/api/admin} */
  public AdminSetupRefusalFilter(String adminApiPath) {
    this.setupPath = (adminApiPath + "/setup").toLowerCase(Locale.ROOT);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (isSetup(RequestPaths.path(request))) {
      JsonErrors.write(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", MESSAGE);
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean isSetup(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.equals(setupPath) || lower.startsWith(setupPath + "/");
  }
}
