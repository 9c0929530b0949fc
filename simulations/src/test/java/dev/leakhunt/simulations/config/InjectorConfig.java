package dev.leakhunt.simulations.config;

import java.nio.file.Path;
import java.util.Properties;

/**
 * This process's part in a load split over several injectors, read from system properties beside
 * {@link SimulationConfig}: which injector it is, when all of them start, how its feeders are
 * seeded and where it logs its response times. The defaults describe a single injector that starts
 * at once, asserts its own SLO and logs nothing, which is a plain Gatling run.
 *
 * <p>Properties: {@code injectorIndex} (1-based), {@code injectorCount}, {@code startAtEpochMs}
 * (the common start, an instant: injectors on several machines), {@code startBarrierDir} (the
 * common start, a folder where each injector marks itself ready: injectors on one machine start
 * together as soon as the last is up), {@code seed} (feeder seed), {@code responseTimesLog}
 * (HdrHistogram interval log of every response time, milliseconds), {@code rawResponseTimesFile}
 * (every response time as a text line, for tests), {@code slo.assert} ({@code false} when the SLO
 * is judged on the merged histogram of all injectors instead of by each Gatling process on its own
 * share).
 *
 * @param injectorIndex this injector, 1..injectorCount
 * @param injectorCount how many injectors share the arrival rate, 1 or more
 * @param startAtEpochMs when every injector starts injecting, epoch ms, or null
 * @param startBarrierDir folder of the ready marks all injectors wait for, or null
 * @param seed seed of the feeders' random choices, or null for unseeded choices
 * @param responseTimesLog where to write the response-time interval log, or null for none
 * @param rawResponseTimesFile where to write every response time as text, or null for none
 * @param assertSlo whether this Gatling process asserts the SLO itself
 */
public record InjectorConfig(
    int injectorIndex,
    int injectorCount,
    Long startAtEpochMs,
    Path startBarrierDir,
    Long seed,
    Path responseTimesLog,
    Path rawResponseTimesFile,
    boolean assertSlo) {

  /** Validates the index against the count. */
  public InjectorConfig {
    if (injectorCount < 1) {
      throw new IllegalArgumentException(
          "injectorCount must be at least 1 (got " + injectorCount + ")");
    }
    if (injectorIndex < 1 || injectorIndex > injectorCount) {
      throw new IllegalArgumentException(
          "injectorIndex must be between 1 and injectorCount "
              + injectorCount
              + " (got "
              + injectorIndex
              + ")");
    }
  }

  /** Reads the JVM's system properties (call once, from the simulation). */
  public static InjectorConfig fromSystemProperties() {
    return from(System.getProperties());
  }

  /**
   * Reads an injector config from properties.
   *
   * @throws IllegalArgumentException with the property, the value and the rule on bad input
   */
  public static InjectorConfig from(Properties properties) {
    PropertyReader reader = new PropertyReader(properties);
    String assertSlo = reader.string("slo.assert", "true");
    if (!assertSlo.equals("true") && !assertSlo.equals("false")) {
      throw new IllegalArgumentException(
          "slo.assert must be true or false (got '" + assertSlo + "')");
    }
    return new InjectorConfig(
        reader.integer("injectorIndex", 1),
        reader.integer("injectorCount", 1),
        reader.longOrNull("startAtEpochMs"),
        path(reader, "startBarrierDir"),
        reader.longOrNull("seed"),
        path(reader, "responseTimesLog"),
        path(reader, "rawResponseTimesFile"),
        Boolean.parseBoolean(assertSlo));
  }

  /** This injector's share of every arrival rate: 1 / injectorCount. */
  public double rateShare() {
    return 1.0 / injectorCount;
  }

  /** One line per knob, printed beside {@link SimulationConfig#describe()}. */
  public String describe() {
    return String.join(
        System.lineSeparator(),
        "  injector          = " + injectorIndex + " of " + injectorCount,
        "  startAtEpochMs    = " + (startAtEpochMs == null ? "(none)" : startAtEpochMs),
        "  startBarrierDir   = " + (startBarrierDir == null ? "(none)" : startBarrierDir),
        "  seed              = " + (seed == null ? "(unseeded)" : seed),
        "  responseTimesLog  = " + (responseTimesLog == null ? "(none)" : responseTimesLog),
        "  slo.assert        = " + assertSlo);
  }

  private static Path path(PropertyReader reader, String name) {
    String value = reader.string(name, "");
    return value.isEmpty() ? null : Path.of(value);
  }
}
