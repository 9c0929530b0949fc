package dev.leakhunt.simulations.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;

import dev.leakhunt.simulations.config.SimulationConfig;
import io.gatling.javaapi.core.OpenInjectionStep;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Open-model arrival rates per profile. Every profile ramps: starting thousands of connections at
 * once exhausts file descriptors before it says anything about the service. The shape is built as
 * {@link RateSegment}s first, so that several injectors can each take the same shape scaled by
 * their share and together send exactly the shape of one.
 */
public final class LoadShapes {
  /** How much higher than the base rate the spike goes. */
  static final double SPIKE_FACTOR = 5.0;

  private LoadShapes() {}

  /** The injection steps for the config's profile, at its full rate. */
  public static List<OpenInjectionStep> of(SimulationConfig config) {
    return of(config, 1.0);
  }

  /**
   * The injection steps of one injector among several: the profile's shape with every rate
   * multiplied by {@code share} (1 / the number of injectors), so the injectors together send the
   * shape of one.
   *
   * @param share this injector's part of every rate, in (0, 1]
   */
  public static List<OpenInjectionStep> of(SimulationConfig config, double share) {
    return segments(config).stream().map(segment -> step(segment.scaled(share))).toList();
  }

  /** The profile's shape at its full rate, as rate segments. */
  public static List<RateSegment> segments(SimulationConfig config) {
    return switch (config.profile()) {
      case SMOKE, SOAK -> rampThenHold(config);
      case STRESS -> stress(config);
      case SPIKE -> spike(config);
    };
  }

  /** Total seconds of injection, ramp included (the simulation's time budget is based on it). */
  public static int injectionSeconds(SimulationConfig config) {
    return switch (config.profile()) {
      case STRESS -> config.durationSeconds();
      case SMOKE, SOAK, SPIKE -> config.rampSeconds() + config.durationSeconds();
    };
  }

  private static List<RateSegment> rampThenHold(SimulationConfig config) {
    List<RateSegment> segments = new ArrayList<>(ramp(config, config.usersPerSec()));
    segments.add(RateSegment.hold(config.usersPerSec(), config.durationSeconds()));
    return segments;
  }

  /** From one shopper per second to the peak over the whole duration: the knee shows on the way. */
  private static List<RateSegment> stress(SimulationConfig config) {
    return List.of(
        RateSegment.ramp(
            Math.min(1.0, config.usersPerSec()), config.usersPerSec(), config.durationSeconds()));
  }

  /**
   * Ramp to the base rate, hold 40 % of the duration, rise to five times the base in 5 %, hold that
   * for 10 %, fall back in 5 %, and hold the base for the rest to watch the recovery.
   */
  private static List<RateSegment> spike(SimulationConfig config) {
    double base = config.usersPerSec();
    double peak = base * SPIKE_FACTOR;
    int duration = config.durationSeconds();
    int hold = Math.max(1, duration * 40 / 100);
    int edge = Math.max(1, duration * 5 / 100);
    int burst = Math.max(1, duration * 10 / 100);
    int recovery = Math.max(1, duration - hold - 2 * edge - burst);
    List<RateSegment> segments = new ArrayList<>(ramp(config, base));
    segments.add(RateSegment.hold(base, hold));
    segments.add(RateSegment.ramp(base, peak, edge));
    segments.add(RateSegment.hold(peak, burst));
    segments.add(RateSegment.ramp(peak, base, edge));
    segments.add(RateSegment.hold(base, recovery));
    return segments;
  }

  private static List<RateSegment> ramp(SimulationConfig config, double toUsersPerSec) {
    if (config.rampSeconds() == 0) {
      return List.of();
    }
    return List.of(
        RateSegment.ramp(Math.min(1.0, toUsersPerSec), toUsersPerSec, config.rampSeconds()));
  }

  private static OpenInjectionStep step(RateSegment segment) {
    Duration during = seconds(segment.seconds());
    return segment.ramp()
        ? rampUsersPerSec(segment.fromUsersPerSec()).to(segment.toUsersPerSec()).during(during)
        : constantUsersPerSec(segment.fromUsersPerSec()).during(during);
  }

  private static Duration seconds(int seconds) {
    return Duration.ofSeconds(seconds);
  }
}
