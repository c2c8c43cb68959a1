package no.placetrain.server.cluster;

import java.io.IOException;
import no.placetrain.server.PlaceTrainServerApplication;

/**
 * The main class of a {@link ServerNode}: the real server ({@link PlaceTrainServerApplication}),
 * and a watch on the test JVM that started it. The node's standard input is a pipe from that JVM;
 * when it ends (the test JVM is gone, even killed), the node halts at once, so no node outlives
 * its test run.
 */
public final class ServerNodeMain {

  private ServerNodeMain() {}

  public static void main(String[] args) {
    Thread watch = new Thread(() -> {
      try {
        while (System.in.read() >= 0) {
          // the test JVM writes nothing: read until its end of the pipe closes
        }
      } catch (IOException e) {
        // the pipe broke: the test JVM is gone as well
      }
      Runtime.getRuntime().halt(1);
    }, "test-jvm-watch");
    watch.setDaemon(true);
    watch.start();
    PlaceTrainServerApplication.main(args);
  }
}
