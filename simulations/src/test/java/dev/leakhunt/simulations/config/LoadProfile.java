package dev.leakhunt.simulations.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The shape of the load, chosen by the {@code profile} system property. Each profile carries its
 * defaults (rate, ramp, duration) and its client-side SLO, so one switch changes all of them
 * consistently.
 */
public enum LoadProfile {
  /** A minute at a trickle: proves the wiring; zero failed requests allowed. */
  SMOKE(2.0, 10, 50, 1_000, 0.0),
  /** Ramp, then a constant arrival rate for the whole duration (minutes to many hours). */
  SOAK(20.0, 60, 600, 1_000, 1.0),
  /** Ramp the arrival rate from 1/s to the peak over the whole duration to find the knee. */
  STRESS(200.0, 0, 300, 2_000, 5.0),
  /** Ramp to the base rate, hold, jump to five times that for a short burst, fall back, hold. */
  SPIKE(20.0, 20, 120, 2_000, 2.0);

  private final double defaultUsersPerSec;
  private final int defaultRampSeconds;
  private final int defaultDurationSeconds;
  private final int defaultP99Millis;
  private final double defaultMaxErrorPercent;

  LoadProfile(
      double defaultUsersPerSec,
      int defaultRampSeconds,
      int defaultDurationSeconds,
      int defaultP99Millis,
      double defaultMaxErrorPercent) {
    this.defaultUsersPerSec = defaultUsersPerSec;
    this.defaultRampSeconds = defaultRampSeconds;
    this.defaultDurationSeconds = defaultDurationSeconds;
    this.defaultP99Millis = defaultP99Millis;
    this.defaultMaxErrorPercent = defaultMaxErrorPercent;
  }

  /** Arrival rate of new shoppers per second (the peak for stress and spike's base). */
  public double defaultUsersPerSec() {
    return defaultUsersPerSec;
  }

  /** Seconds spent ramping up from one shopper per second to the rate. */
  public int defaultRampSeconds() {
    return defaultRampSeconds;
  }

  /** Seconds of load after the ramp (stress: the whole ramp). */
  public int defaultDurationSeconds() {
    return defaultDurationSeconds;
  }

  /** The 99th percentile response time the run must stay under, in milliseconds. */
  public int defaultP99Millis() {
    return defaultP99Millis;
  }

  /** The share of failed requests the run tolerates, in percent (0 = none at all). */
  public double defaultMaxErrorPercent() {
    return defaultMaxErrorPercent;
  }

  /** The lower-case name used on command lines. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a profile name, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static LoadProfile parse(String name) {
    for (LoadProfile profile : values()) {
      if (profile.id().equalsIgnoreCase(name.trim())) {
        return profile;
      }
    }
    throw new IllegalArgumentException(
        "profile must be one of "
            + Arrays.stream(values()).map(LoadProfile::id).collect(Collectors.joining(", "))
            + " (got '"
            + name
            + "')");
  }
}
