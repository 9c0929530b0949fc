package dev.leakhunt.simulations.config;

import java.nio.file.Path;
import java.util.Properties;

/**
 * Every knob of a run, read once from system properties (with the profile's defaults) and printed
 * at start. Request builders and chains never read properties themselves.
 *
 * <p>Properties: {@code baseUrl}, {@code baseUrls} (several instances, comma-separated: see {@link
 * BaseUrls}; {@code baseUrl} defaults to the first), {@code profile} (smoke|soak|stress|spike),
 * {@code usersPerSec}, {@code rampSeconds}, {@code durationSeconds} or {@code durationMinutes},
 * {@code pauseMillis} (mean think time), {@code abandonPercent} (share of carts left behind),
 * {@code browseOnlyPercent} (share of visitors who never create a cart), {@code slo.p99Millis},
 * {@code slo.maxErrorPercent}, {@code summaryFile} (where the run's counters are written as JSON;
 * none when absent).
 *
 * @param baseUrl the shop's base URL, without a trailing slash
 * @param profile the load shape
 * @param usersPerSec arrival rate of new shoppers per second (peak for stress)
 * @param rampSeconds seconds of ramp before the steady part (stress ramps over the duration)
 * @param durationSeconds seconds of load after the ramp
 * @param pauseMillis mean think time between a shopper's steps, milliseconds (0 = none)
 * @param abandonPercent share of created carts that are never checked out, 0..100
 * @param browseOnlyPercent share of visitors who only browse, 0..100
 * @param p99Millis SLO: 99th percentile response time must be below this, milliseconds
 * @param maxErrorPercent SLO: failed requests must stay at or below this share, percent
 * @param summaryFile where to write the run summary JSON, or null for none
 */
public record SimulationConfig(
    String baseUrl,
    LoadProfile profile,
    double usersPerSec,
    int rampSeconds,
    int durationSeconds,
    int pauseMillis,
    int abandonPercent,
    int browseOnlyPercent,
    int p99Millis,
    double maxErrorPercent,
    Path summaryFile) {

  /** Validates ranges so a typo fails before any load is sent. */
  public SimulationConfig {
    if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
      throw new IllegalArgumentException(
          "baseUrl must start with http:// or https:// (got '" + baseUrl + "')");
    }
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    requirePositive("usersPerSec", usersPerSec);
    requireAtLeast("rampSeconds", rampSeconds, 0);
    requireAtLeast("durationSeconds", durationSeconds, 1);
    requireAtLeast("pauseMillis", pauseMillis, 0);
    requirePercent("abandonPercent", abandonPercent);
    requirePercent("browseOnlyPercent", browseOnlyPercent);
    requireAtLeast("slo.p99Millis", p99Millis, 1);
    if (maxErrorPercent < 0 || maxErrorPercent > 100) {
      throw new IllegalArgumentException(
          "slo.maxErrorPercent must be between 0 and 100 (got " + maxErrorPercent + ")");
    }
  }

  /** Reads the JVM's system properties (call once, from the simulation). */
  public static SimulationConfig fromSystemProperties() {
    return from(System.getProperties());
  }

  /**
   * Reads a config from properties, filling the profile's defaults.
   *
   * @throws IllegalArgumentException with the property, the value and the rule on bad input
   */
  public static SimulationConfig from(Properties properties) {
    PropertyReader reader = new PropertyReader(properties);
    LoadProfile profile = LoadProfile.parse(reader.string("profile", "smoke"));
    int durationSeconds =
        properties.containsKey("durationSeconds")
            ? reader.integer("durationSeconds", 0)
            : properties.containsKey("durationMinutes")
                ? Math.multiplyExact(reader.integer("durationMinutes", 0), 60)
                : profile.defaultDurationSeconds();
    return new SimulationConfig(
        reader.string("baseUrl", firstBaseUrl(properties)),
        profile,
        reader.decimal("usersPerSec", profile.defaultUsersPerSec()),
        reader.integer("rampSeconds", profile.defaultRampSeconds()),
        durationSeconds,
        reader.integer("pauseMillis", 500),
        reader.integer("abandonPercent", 65),
        reader.integer("browseOnlyPercent", 40),
        reader.integer("slo.p99Millis", profile.defaultP99Millis()),
        reader.decimal("slo.maxErrorPercent", profile.defaultMaxErrorPercent()),
        properties.containsKey("summaryFile") ? Path.of(reader.string("summaryFile", "")) : null);
  }

  /** Without {@code baseUrl}, the first of {@code baseUrls} (see {@link BaseUrls}). */
  private static String firstBaseUrl(Properties properties) {
    String list = properties.getProperty("baseUrls", "").strip();
    return list.isEmpty() ? "http://127.0.0.1:8080" : list.split(",")[0].strip();
  }

  /** One line per knob, printed at the start of a run so every report says what was asked. */
  public String describe() {
    return String.join(
        System.lineSeparator(),
        "leakhunt simulation config:",
        "  baseUrl           = " + baseUrl,
        "  profile           = " + profile.id(),
        "  usersPerSec       = " + usersPerSec,
        "  rampSeconds       = " + rampSeconds,
        "  durationSeconds   = " + durationSeconds,
        "  pauseMillis       = " + pauseMillis,
        "  abandonPercent    = " + abandonPercent,
        "  browseOnlyPercent = " + browseOnlyPercent,
        "  slo.p99Millis     = " + p99Millis,
        "  slo.maxErrorPercent = " + maxErrorPercent,
        "  summaryFile       = " + (summaryFile == null ? "(none)" : summaryFile));
  }

  private static void requirePositive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a positive number (got " + value + ")");
    }
  }

  private static void requireAtLeast(String name, int value, int minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(
          name + " must be at least " + minimum + " (got " + value + ")");
    }
  }

  private static void requirePercent(String name, int value) {
    if (value < 0 || value > 100) {
      throw new IllegalArgumentException(name + " must be between 0 and 100 (got " + value + ")");
    }
  }
}
