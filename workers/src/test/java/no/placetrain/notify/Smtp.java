package no.placetrain.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A real SMTP server inside the test JVM (GreenMail) on a port of its own that stays the same
 * when the server is stopped and started again ("SMTP down" and back). Every recipient gets a
 * mailbox of its own, so a test counts the messages each address received.
 */
final class Smtp implements AutoCloseable {

  private final int port;
  private GreenMail server;

  private Smtp(int port) {
    this.port = port;
  }

  /** A server on a free port, started. */
  static Smtp start() {
    Smtp smtp = new Smtp(freePort());
    smtp.up();
    return smtp;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the server (again): an empty one, on the same port. */
  void up() {
    server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  /** Stops the server: connections to the port are refused. */
  void down() {
    server.stop();
  }

  /** The properties that point Spring Boot's mail sender here (and fail fast when it is down). */
  List<String> springArguments() {
    return List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
        "--spring.mail.properties.mail.smtp.connectiontimeout=5000",
        "--spring.mail.properties.mail.smtp.timeout=5000",
        "--spring.mail.properties.mail.smtp.writetimeout=5000");
  }

  /** Every message received (one per recipient). */
  List<MimeMessage> all() {
    return Arrays.asList(server.getReceivedMessages());
  }

  /** The messages {@code address} received. */
  List<MimeMessage> to(String address) {
    return server.findReceivedMessages(user -> address.equalsIgnoreCase(user.getEmail()),
        message -> true).toList();
  }

  /** Messages received per Message-ID. */
  Map<String, Long> perMessageId() {
    return all().stream().collect(Collectors.groupingBy(Smtp::messageId, TreeMap::new,
        Collectors.counting()));
  }

  /** Empties every mailbox. */
  void purge() {
    try {
      server.purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String messageId(MimeMessage message) {
    return read(message, MimeMessage::getMessageID);
  }

  static String subject(MimeMessage message) {
    return read(message, MimeMessage::getSubject);
  }

  /** The body (plain text). */
  static String body(MimeMessage message) {
    return read(message, m -> {
      try {
        return m.getContent().toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Every header line and the body: what a receiver sees of the message. */
  static String everything(MimeMessage message) {
    return read(message, m -> {
      StringBuilder text = new StringBuilder();
      m.getAllHeaderLines().asIterator().forEachRemaining(line -> text.append(line).append('\n'));
      return text.append('\n').append(body(m)).toString();
    });
  }

  private static <T> T read(MimeMessage message, MessagingFunction<T> reader) {
    try {
      return reader.apply(message);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @FunctionalInterface
  private interface MessagingFunction<T> {
    T apply(MimeMessage message) throws MessagingException;
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop();
    }
  }
}
