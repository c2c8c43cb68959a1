package no.placetrain.server;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may bring ({@code placetrain.http}), on every path of the server: both
 * REST APIs, the webapps and their engine API.
 */
@ConfigurationProperties("placetrain.http")
public class HttpInputProperties {

  /**
   * The largest request body the server reads (e.g. {@code 10MB}): a larger one is answered 413
   * before it is read (by its {@code Content-Length}), or as soon as a chunked body grows past it.
   * A deployment of models and forms through {@code /engine-rest/deployment/create} is the
   * largest body the server takes in normal use (well below 1 MB).
   */
  private DataSize maxBodySize = DataSize.ofMegabytes(10);

  public DataSize getMaxBodySize() {
    return maxBodySize;
  }

  public void setMaxBodySize(DataSize maxBodySize) {
    this.maxBodySize = maxBodySize;
  }
}
