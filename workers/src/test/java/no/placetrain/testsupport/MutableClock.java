package no.placetrain.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The system clock in Oslo, moved forward by hand: lets a Spring test say "the deadline has
 * passed" to the workers and services (the engine's timers are fired by hand anyway). Add
 * {@link Config} to the test's classes; {@link #reset()} before each test.
 */
public final class MutableClock extends Clock {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private volatile Duration offset = Duration.ZERO;

  /** Moves the clock forward by {@code amount}. */
  public void advance(Duration amount) {
    offset = offset.plus(amount);
  }

  /** Back to the system time. */
  public void reset() {
    offset = Duration.ZERO;
  }

  @Override
  public ZoneId getZone() {
    return OSLO;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the test clock stays in Oslo");
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  /** Replaces the auto-configuration's clock with a {@link MutableClock}. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {

    /** The test clock. */
    @Bean
    public MutableClock placeTrainClock() {
      return new MutableClock();
    }
  }
}
