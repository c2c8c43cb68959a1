package no.placetrain.server.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import no.placetrain.server.PlaceTrainServerApplication;
import no.placetrain.server.RestClient;
import no.placetrain.testing.TestPostgres;

/**
 * One node of a cluster: the real server ({@link PlaceTrainServerApplication}) in a JVM of its
 * own, started with {@code java -cp <this test JVM's class path>} on a free port and a given
 * PostgreSQL database, its job executor on, its output in {@code target/cluster/<name>.log}.
 * {@link #kill()} is {@code kill -9} (the exit code says so: 137), {@link #stop()} a graceful
 * shutdown (SIGTERM: the engine closes, reporting its metrics). No node outlives its test: tests
 * close theirs in {@code @AfterEach}, a shutdown hook kills those still running when the test JVM
 * ends, and a node whose test JVM is gone (even killed) halts by itself ({@link ServerNodeMain}).
 */
final class ServerNode implements AutoCloseable {

  /** The administrator's password of every node. */
  static final String ADMIN_PASSWORD = "cluster-admin";
  /** Printed by the startup lock when the node's start is done (the application is ready). */
  static final String READY_LINE = "Startup lock released";
  /** Printed by the startup lock when the node took it: "… waited N ms …". */
  static final String LOCK_TAKEN_LINE = "Startup lock taken";

  private static final Set<ServerNode> RUNNING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(node -> {
      if (node.process.isAlive()) {
        node.process.destroyForcibly();
      }
    }), "cluster-nodes-kill"));
  }

  final String name;
  final int port;
  final Path log;
  private final Process process;
  private final long startedAt = System.nanoTime();
  private Duration readyAfter;

  private ServerNode(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /**
   * Starts a node (returns at once; {@link #awaitReady} waits for it).
   *
   * @param name the node's name: its log file and its engine's host name (the reporter of its
   *     metrics in {@code ACT_RU_METER_LOG})
   * @param database the cluster's database
   * @param settings further {@code --key=value} arguments (job executor settings)
   */
  static ServerNode start(String name, TestPostgres.Database database,
      Map<String, String> settings) {
    int port = freePort();
    Map<String, String> arguments = new LinkedHashMap<>();
    arguments.put("server.port", String.valueOf(port));
    arguments.put("spring.datasource.url", database.url());
    arguments.put("spring.datasource.username", database.user());
    arguments.put("spring.datasource.password", database.password());
    arguments.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
    arguments.put("spring.main.banner-mode", "off");
    arguments.put("camunda.bpm.admin-user.password", ADMIN_PASSWORD);
    arguments.put("placetrain.security.secure-cookies", "false");
    arguments.put("camunda.bpm.generic-properties.properties.hostname", name);
    arguments.put("camunda.bpm.job-execution.enabled", "true");
    // poll often: a node without due jobs sleeps at most 0.5 s, so due timers start soon and
    // both nodes are awake when they fall due (with 2 s, one node once ran all 60 alone)
    arguments.put("camunda.bpm.job-execution.wait-time-in-millis", "500");
    arguments.put("camunda.bpm.job-execution.max-wait", "500");
    arguments.putAll(settings);

    List<String> command = new ArrayList<>(List.of(javaExecutable(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
        // a node waiting for another's Liquibase looks every second (default: every 10 s), so
        // nodes started together reach their startup work together
        "-Dliquibase.changeLogLockPollRate=1",
        "-cp", classPath(), ServerNodeMain.class.getName()));
    arguments.forEach((key, value) -> command.add("--" + key + "=" + value));
    try {
      Path directory = Files.createDirectories(Path.of("target", "cluster"));
      Path log = directory.resolve(name + ".log");
      Files.deleteIfExists(log);
      Process process = new ProcessBuilder(command)
          .directory(directory.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      ServerNode node = new ServerNode(name, port, log, process);
      RUNNING.add(node);
      return node;
    } catch (IOException e) {
      throw new IllegalStateException("node " + name + " did not start: " + e.getMessage(), e);
    }
  }

  /**
   * Waits until the node's start is done: its startup lock released (the application is ready:
   * deployment, catalogue, groups, grants, demo users and filters made or found) and its REST API
   * answering. Fails at once when the process ends, and after {@code timeout}, with the end of
   * its log.
   */
  ServerNode awaitReady(Duration timeout) {
    long deadline = startedAt + timeout.toNanos();
    HttpClient http = HttpClient.newHttpClient();
    while (true) {
      if (!process.isAlive()) {
        throw new AssertionError("node " + name + " ended with exit code " + process.exitValue()
            + " before it was ready; its log ends:\n" + tail(60));
      }
      if (logText().contains(READY_LINE) && answers(http)) {
        readyAfter = Duration.ofNanos(System.nanoTime() - startedAt);
        return this;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("node " + name + " was not ready after " + timeout.toSeconds()
            + " s; its log ends:\n" + tail(60));
      }
      sleep(500);
    }
  }

  private boolean answers(HttpClient http) {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(
              URI.create("http://localhost:" + port + "/engine-rest/engine"))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** How long the node took from its launch to ready. */
  Duration readyAfter() {
    return readyAfter;
  }

  /** The administrator's REST client of this node. */
  RestClient admin() {
    return RestClient.as(port, "admin", ADMIN_PASSWORD);
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** {@code kill -9} ({@link Process#destroyForcibly()} is SIGKILL on Linux): the exit code. */
  int kill() {
    process.destroyForcibly();
    return waitForExit(Duration.ofSeconds(30));
  }

  /** A graceful shutdown (SIGTERM), {@code kill -9} after a minute. Returns the exit code. */
  int stop() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    return waitForExit(Duration.ofSeconds(30));
  }

  private int waitForExit(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        throw new AssertionError("node " + name + " did not end within " + timeout.toSeconds()
            + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    RUNNING.remove(this);
    return process.exitValue();
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    RUNNING.remove(this);
  }

  // ---- the node's log ---------------------------------------------------------------------

  String logText() {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      // a line cut in the middle of a multi-byte character: read it leniently
      try {
        return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
      } catch (IOException again) {
        throw new IllegalStateException(again);
      }
    }
  }

  /** The messages (no time stamp, level, thread, logger) of the lines holding {@code text}. */
  List<String> messages(String text) {
    return logText().lines().filter(line -> line.contains(text))
        .map(line -> line.contains(" : ") ? line.substring(line.indexOf(" : ") + 3) : line)
        .toList();
  }

  /** When the first line holding {@code text} was logged (its time stamp, the line's start). */
  Instant loggedAt(String text) {
    String line = logText().lines().filter(l -> l.contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " never logged '" + text + "'"));
    return Instant.parse(line.substring(0, line.indexOf(' ')));
  }

  /** How many lines of the log hold {@code text}. */
  long count(String text) {
    return logText().lines().filter(line -> line.contains(text)).count();
  }

  String tail(int lines) {
    List<String> all = logText().lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  // ---- launching --------------------------------------------------------------------------

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * This JVM's class path: surefire's test class path, or {@code java.class.path} — expanded from
   * the manifest when it is surefire's booter jar alone (its {@code Class-Path} names the rest).
   */
  static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    String path = surefire != null && !surefire.isBlank()
        ? surefire : System.getProperty("java.class.path");
    String[] entries = path.split(File.pathSeparator);
    if (entries.length == 1 && entries[0].endsWith(".jar")) {
      try (JarFile jar = new JarFile(entries[0])) {
        String manifestPath = jar.getManifest() == null ? null
            : jar.getManifest().getMainAttributes().getValue("Class-Path");
        if (manifestPath != null && !manifestPath.isBlank()) {
          URI base = new File(entries[0]).toURI();
          List<String> expanded = new ArrayList<>();
          for (String entry : manifestPath.trim().split("\\s+")) {
            expanded.add(Path.of(base.resolve(entry)).toString());
          }
          return String.join(File.pathSeparator, expanded);
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the class path of " + entries[0], e);
      }
    }
    List<String> absolute = new ArrayList<>();
    for (String entry : entries) {
      absolute.add(Path.of(entry).toAbsolutePath().toString());
    }
    return String.join(File.pathSeparator, absolute);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return name + " (port " + port + ")";
  }
}
