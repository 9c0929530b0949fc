package dev.leakhunt.soak.cli;

import dev.leakhunt.contract.load.LoadProfileNames;
import dev.leakhunt.soak.settings.LoadOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What the shoppers do, as {@code soak} and {@code soak load} both take it: the profile, how long
 * the steady load and its ramp last, the arrival rate and the think time. A picocli mixin, so the
 * two commands declare these options once.
 */
final class LoadShapeOptions {
  private static final Set<String> PROFILES = Set.copyOf(LoadProfileNames.ALL);

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      defaultValue = "soak",
      description = "Load profile: smoke, soak, stress or spike (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(
      names = "--duration",
      paramLabel = "DURATION",
      defaultValue = "10m",
      description = "Steady load after the ramp, e.g. 90s, 10m, 2h (default: ${DEFAULT-VALUE}).")
  String duration;

  @Option(
      names = "--ramp",
      paramLabel = "DURATION",
      defaultValue = "1m",
      description = "Ramp-up before the steady load (default: ${DEFAULT-VALUE}).")
  String ramp;

  @Option(
      names = "--rate",
      paramLabel = "USERS_PER_SEC",
      description = "New shoppers per second (default: the profile's, 20 for soak).")
  Double rate;

  @Option(
      names = "--think-time",
      paramLabel = "DURATION",
      defaultValue = "500ms",
      description = "Mean pause between a shopper's steps (default: ${DEFAULT-VALUE}).")
  String thinkTime;

  /** Checks the profile's name and the rate; throws a usage error naming the rule and the value. */
  void check() {
    if (!PROFILES.contains(profile)) {
      throw UsageErrors.usage(
          command.commandLine(),
          "--profile must be one of smoke, soak, stress, spike (got '" + profile + "')");
    }
    if (rate != null && !(rate > 0)) {
      throw UsageErrors.usage(
          command.commandLine(),
          "--rate must be a positive number of shoppers per second (got " + rate + ")");
    }
  }

  /** {@code --duration}: the steady load after the ramp. */
  Duration steady() {
    return UsageErrors.duration(command.commandLine(), "--duration", duration);
  }

  /** {@code --ramp}: the ramp-up before the steady load. */
  Duration ramp() {
    return UsageErrors.duration(command.commandLine(), "--ramp", ramp);
  }

  /** The load of one injector running {@code simulation}. */
  LoadOptions loadOptions(SimulationOptions simulation) {
    return loadOptions(simulation, 1, null, null);
  }

  /**
   * The load running {@code simulation}, split over {@code injectors} Gatling processes.
   *
   * @param startAtEpochMs their common start, epoch ms, or null for shortly after launch
   * @param remoteInjectorsDir where the results of injectors on other machines arrive, or null
   */
  LoadOptions loadOptions(
      SimulationOptions simulation, int injectors, Long startAtEpochMs, Path remoteInjectorsDir) {
    return new LoadOptions(
        simulation.simulation,
        profile,
        steady(),
        ramp(),
        rate,
        UsageErrors.duration(command.commandLine(), "--think-time", thinkTime),
        simulation.sloP99Millis,
        simulation.sloMaxErrorPercent,
        injectors,
        startAtEpochMs,
        remoteInjectorsDir);
  }
}
