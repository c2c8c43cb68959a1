package no.placetrain.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Delivers a notice by e-mail ({@code placetrain.notify.channel=mail}, through Spring's
 * {@link JavaMailSender}: Spring Boot's {@code spring.mail.*}): one message to the addresses of
 * the members of the notice's group, looked up now ({@link RecipientDirectory}), as blind copies
 * (the members do not see each other's addresses). Subject and body in Norwegian
 * ({@link NoticeText}); nothing about the candidate.
 *
 * <p>The Message-ID is derived from the notice's idempotency key
 * ({@code <pt-<sha-256 of the key>@<message-id-domain>>}): a notice delivered twice (a node died
 * before marking it sent) arrives with the same Message-ID, which a receiving system may use to
 * drop the copy. A group without any member with an address is a failed attempt ({@link
 * NoRecipientsException}): it is tried again later, when members may have been added.
 */
public class MailChannel implements NoticeChannel {

  private final JavaMailSender sender;
  private final RecipientDirectory recipients;
  private final NoticeText text;
  private final InternetAddress from;
  private final String messageIdDomain;

  /**
   * @param sender Spring Boot's mail sender
   * @param recipients the addresses of a group's members
   * @param text subject and body
   * @param from the sender's address ({@code placetrain.notify.mail.from})
   * @param messageIdDomain the Message-IDs' domain
   *     ({@code placetrain.notify.mail.message-id-domain})
   * @throws IllegalArgumentException naming the setting when {@code from} is not an address
   */
  public MailChannel(JavaMailSender sender, RecipientDirectory recipients, NoticeText text,
      String from, String messageIdDomain) {
    this.sender = sender;
    this.recipients = recipients;
    this.text = text;
    try {
      this.from = new InternetAddress(from, true);
    } catch (MessagingException | NullPointerException e) {
      throw new IllegalArgumentException("placetrain.notify.mail.from is not an e-mail address");
    }
    if (messageIdDomain == null || !messageIdDomain.matches("[A-Za-z0-9.-]+")) {
      throw new IllegalArgumentException(
          "placetrain.notify.mail.message-id-domain must be a domain name");
    }
    this.messageIdDomain = messageIdDomain;
  }

  @Override
  public void deliver(Notice notice) {
    List<String> addresses = recipients.addressesOf(notice.recipientGroup());
    if (addresses.isEmpty()) {
      throw new NoRecipientsException();
    }
    MimeMessage message = new FixedIdMessage(sender.createMimeMessage().getSession(),
        messageId(notice));
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setBcc(addresses.toArray(String[]::new));
      helper.setSubject(text.subject(notice));
      helper.setText(text.body(notice));
      message.setHeader("X-Placetrain-Notice", notice.kind().name());
    } catch (MessagingException e) {
      throw new MailPreparationException(e);
    }
    sender.send(message);
  }

  /** {@code <pt-<first 40 hex digits of the key's SHA-256>@domain>}. */
  public String messageId(Notice notice) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(notice.idempotencyKey().getBytes(StandardCharsets.UTF_8));
      return "<pt-" + HexFormat.of().formatHex(hash).substring(0, 40) + "@" + messageIdDomain
          + ">";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  /** No member of the notice's group has an e-mail address (the message names nobody). */
  public static class NoRecipientsException extends RuntimeException {
    NoRecipientsException() {
      super("no member of the group has an e-mail address");
    }
  }

  /** A message whose Message-ID stays the one given (Jakarta Mail makes a new one on save). */
  private static final class FixedIdMessage extends MimeMessage {

    private final String messageId;

    FixedIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
