package no.placetrain.server.security;

import jakarta.servlet.http.HttpServletRequest;

/** The path of a request inside the application, as the servlet container mapped it. */
final class RequestPaths {

  private RequestPaths() {
  }

  /**
   * The servlet path and path info (decoded and normalised by the container: no {@code ..}, no
   * path parameters), with runs of {@code /} collapsed and no trailing {@code /}.
   */
  static String path(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    path = path.replaceAll("/{2,}", "/");
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path;
  }
}
