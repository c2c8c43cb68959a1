package no.placetrain.notify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration under {@code placetrain.notify.*}: the channel notices go out through, what an
 * e-mail says, and how the outbox is dispatched.
 *
 * <pre>
 * placetrain:
 *   notify:
 *     channel: log            # log (default) | mail (needs spring.mail.host)
 *     tasklist-url: https://placetrain.example/camunda/app/tasklist/
 *     mail:
 *       from: placetrain@nav.example
 *       message-id-domain: placetrain.nav.example
 *     dispatch:
 *       enabled: true
 *       interval: PT10S
 *       batch-size: 50
 *       claim-time: PT2M
 *       max-attempts: 10
 *       backoff: PT1M
 *       max-backoff: PT1H
 *       node-id: node-a       # default: host name and a random suffix
 * </pre>
 */
@ConfigurationProperties("placetrain.notify")
public class NotifyProperties {

  /** The channels of the auto-configuration (a host's {@link NoticeChannel} bean replaces them). */
  public enum Channel {
    /** One log line per notice ({@link LogChannel}). */
    LOG,
    /** E-mail to the addresses of the group's members ({@link MailChannel}). */
    MAIL
  }

  /** How notices go out: {@code log} or {@code mail} (Spring Boot's {@code spring.mail.*}). */
  private Channel channel = Channel.LOG;

  /** The Tasklist the e-mails link to. */
  private String tasklistUrl = "http://localhost:8080/camunda/app/tasklist/";

  private final Mail mail = new Mail();

  private final Dispatch dispatch = new Dispatch();

  public Channel getChannel() {
    return channel;
  }

  public void setChannel(Channel channel) {
    this.channel = channel;
  }

  public String getTasklistUrl() {
    return tasklistUrl;
  }

  public void setTasklistUrl(String tasklistUrl) {
    this.tasklistUrl = tasklistUrl;
  }

  public Mail getMail() {
    return mail;
  }

  public Dispatch getDispatch() {
    return dispatch;
  }

  /** {@code placetrain.notify.mail.*}. */
  public static class Mail {

    /** The sender of the e-mails. */
    private String from = "placetrain@localhost";

    /**
     * The right-hand side of the e-mails' Message-ID ({@code <hash of the idempotency
     * key>@domain}): the same notice sent twice has the same Message-ID.
     */
    private String messageIdDomain = "placetrain.local";

    public String getFrom() {
      return from;
    }

    public void setFrom(String from) {
      this.from = from;
    }

    public String getMessageIdDomain() {
      return messageIdDomain;
    }

    public void setMessageIdDomain(String messageIdDomain) {
      this.messageIdDomain = messageIdDomain;
    }
  }

  /** {@code placetrain.notify.dispatch.*}. */
  public static class Dispatch {

    /** Whether this node sends the outbox (started with the application context). */
    private boolean enabled = true;

    /** The pause between two rounds of the dispatcher. */
    private Duration interval = Duration.ofSeconds(10);

    /** Notices claimed per round at most. */
    private int batchSize = 50;

    /**
     * How long a claim holds: another node takes over a notice whose claim ran out (its node
     * died). Keep it well above the time a round's sending may take (the mail timeouts).
     */
    private Duration claimTime = Duration.ofMinutes(2);

    /** Attempts per notice; after the last failed one it stays unsent and is reported. */
    private int maxAttempts = 10;

    /** The wait after the first failed attempt; it doubles with each further one. */
    private Duration backoff = Duration.ofMinutes(1);

    /** The longest wait between two attempts. */
    private Duration maxBackoff = Duration.ofHours(1);

    /** This node's name in {@code PT_OUTBOX.CLAIMED_BY}; default: host name + random suffix. */
    private String nodeId;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Duration getInterval() {
      return interval;
    }

    public void setInterval(Duration interval) {
      this.interval = interval;
    }

    public int getBatchSize() {
      return batchSize;
    }

    public void setBatchSize(int batchSize) {
      this.batchSize = batchSize;
    }

    public Duration getClaimTime() {
      return claimTime;
    }

    public void setClaimTime(Duration claimTime) {
      this.claimTime = claimTime;
    }

    public int getMaxAttempts() {
      return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    public Duration getBackoff() {
      return backoff;
    }

    public void setBackoff(Duration backoff) {
      this.backoff = backoff;
    }

    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }

    public String getNodeId() {
      return nodeId;
    }

    public void setNodeId(String nodeId) {
      this.nodeId = nodeId;
    }
  }
}
