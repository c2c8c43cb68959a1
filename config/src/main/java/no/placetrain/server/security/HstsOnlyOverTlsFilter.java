package no.placetrain.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's webapps send {@code Strict-Transport-Security}
 * ({@code camunda.bpm.webapp.header-security.hsts-*}) on every answer, also over plain http, where
 * it means nothing (RFC 6797 §8.1: a browser ignores it). This keeps it to answers over TLS — a
 * request that is secure, also behind a TLS-terminating proxy ({@code X-Forwarded-Proto: https},
 * {@code server.forward-headers-strategy: native}).
 */
public class HstsOnlyOverTlsFilter extends OncePerRequestFilter {

  static final String HSTS = "Strict-Transport-Security";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    if (request.isSecure()) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(request, new HttpServletResponseWrapper(response) {
      @Override
      public void setHeader(String name, String value) {
        if (!HSTS.equalsIgnoreCase(name)) {
          super.setHeader(name, value);
        }
      }

      @Override
      public void addHeader(String name, String value) {
        if (!HSTS.equalsIgnoreCase(name)) {
          super.addHeader(name, value);
        }
      }
    });
  }
}
