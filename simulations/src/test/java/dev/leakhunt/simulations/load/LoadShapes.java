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
 * once exhausts file descriptors before it says anything about the service.
 */
public final class LoadShapes {
  /** How much higher than the base rate the spike goes. */
  static final double SPIKE_FACTOR = 5.0;

  private LoadShapes() {}

  /** The injection steps for the config's profile. */
  public static List<OpenInjectionStep> of(SimulationConfig config) {
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

  private static List<OpenInjectionStep> rampThenHold(SimulationConfig config) {
    List<OpenInjectionStep> steps = new ArrayList<>(ramp(config, config.usersPerSec()));
    steps.add(constantUsersPerSec(config.usersPerSec()).during(seconds(config.durationSeconds())));
    return steps;
  }

  /** From one shopper per second to the peak over the whole duration: the knee shows on the way. */
  private static List<OpenInjectionStep> stress(SimulationConfig config) {
    return List.of(
        rampUsersPerSec(Math.min(1.0, config.usersPerSec()))
            .to(config.usersPerSec())
            .during(seconds(config.durationSeconds())));
  }

  /**
   * Ramp to the base rate, hold 40 % of the duration, rise to five times the base in 5 %, hold that
   * for 10 %, fall back in 5 %, and hold the base for the rest to watch the recovery.
   */
  private static List<OpenInjectionStep> spike(SimulationConfig config) {
    double base = config.usersPerSec();
    double peak = base * SPIKE_FACTOR;
    int duration = config.durationSeconds();
    int hold = Math.max(1, duration * 40 / 100);
    int edge = Math.max(1, duration * 5 / 100);
    int burst = Math.max(1, duration * 10 / 100);
    int recovery = Math.max(1, duration - hold - 2 * edge - burst);
    List<OpenInjectionStep> steps = new ArrayList<>(ramp(config, base));
    steps.add(constantUsersPerSec(base).during(seconds(hold)));
    steps.add(rampUsersPerSec(base).to(peak).during(seconds(edge)));
    steps.add(constantUsersPerSec(peak).during(seconds(burst)));
    steps.add(rampUsersPerSec(peak).to(base).during(seconds(edge)));
    steps.add(constantUsersPerSec(base).during(seconds(recovery)));
    return steps;
  }

  private static List<OpenInjectionStep> ramp(SimulationConfig config, double toUsersPerSec) {
    if (config.rampSeconds() == 0) {
      return List.of();
    }
    return List.of(
        rampUsersPerSec(Math.min(1.0, toUsersPerSec))
            .to(toUsersPerSec)
            .during(seconds(config.rampSeconds())));
  }

  private static Duration seconds(int seconds) {
    return Duration.ofSeconds(seconds);
  }
}
