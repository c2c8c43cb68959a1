package no.placetrain.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Place &amp; Train server: the first host application of {@code placetrain-workers}. It adds
 * nothing another host could not add: the Camunda webapps and REST API, HTTP Basic authentication
 * for the REST API, and demo users with their Tasklist filters.
 */
@SpringBootApplication
public class PlaceTrainServerApplication {

  public static void main(String[] args) {
    SpringApplication.run(PlaceTrainServerApplication.class, args);
  }
}
