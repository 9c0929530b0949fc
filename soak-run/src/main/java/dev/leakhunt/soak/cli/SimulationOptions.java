package dev.leakhunt.soak.cli;

import picocli.CommandLine.Option;

/**
 * Which Gatling simulation runs and the SLOs it asserts, as {@code soak} and {@code soak load} both
 * take them. A picocli mixin, so the two commands declare these options once.
 */
final class SimulationOptions {
  @Option(
      names = "--simulation",
      paramLabel = "CLASS",
      defaultValue = "dev.leakhunt.simulations.ShopperSimulation",
      description = "Gatling simulation class (default: ${DEFAULT-VALUE}).")
  String simulation;

  @Option(
      names = "--slo-p99-ms",
      paramLabel = "MS",
      description = "SLO: p99 response time bound (default: the profile's).")
  Integer sloP99Millis;

  @Option(
      names = "--slo-max-error-percent",
      paramLabel = "PERCENT",
      description = "SLO: failed-request bound (default: the profile's).")
  Double sloMaxErrorPercent;
}
