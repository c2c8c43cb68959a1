package no.placetrain.server.cluster;

import java.util.Optional;
import no.placetrain.server.PlaceTrainServerApplication;

/**
 * The main class of a {@link ServerNode}: the real server ({@link PlaceTrainServerApplication}),
 * and a watch on the test JVM that started it (its parent process): when that JVM is gone, even
 * killed, the node halts within a second, so no node outlives its test run.
 */
public final class ServerNodeMain {

  private ServerNodeMain() {}

  public static void main(String[] args) {
    Optional<ProcessHandle> testJvm = ProcessHandle.current().parent();
    Thread watch = new Thread(() -> {
      while (testJvm.map(ProcessHandle::isAlive).orElse(false)) {
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
      }
      Runtime.getRuntime().halt(1);
    }, "test-jvm-watch");
    watch.setDaemon(true);
    watch.start();
    PlaceTrainServerApplication.main(args);
  }
}
