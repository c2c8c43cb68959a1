package no.placetrain.server.security;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/** The server's own servlet filters are registered alike: a name, an order, the paths. */
public final class Filters {

  private Filters() {}

  /**
   * {@code filter} as {@code name}, at {@code order} among the registered filters (lower first;
   * every registered filter runs before Camunda's webapp filters), on {@code urlPatterns}.
   */
  public static <T extends Filter> FilterRegistrationBean<T> registration(
      String name, int order, T filter, String... urlPatterns) {
    FilterRegistrationBean<T> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(urlPatterns);
    registration.setOrder(order);
    return registration;
  }
}
