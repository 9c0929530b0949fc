package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.verdict.ThresholdOverride;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The limits a run is judged against, where they replace the defaults ({@code watch}, {@code
 * report}).
 */
public final class ThresholdOptionsMixin {
  @Option(
      names = "--threshold",
      converter = ThresholdConverter.class,
      paramLabel = "RESOURCE=minSlopePerHour[,fractionPerHour]",
      description = "Replace a resource's default limits, e.g. heap.live=32MiB,5%% (repeatable).")
  List<ThresholdOverride> thresholds = new ArrayList<>();

  /** The limits given, in the order given. */
  public List<ThresholdOverride> thresholds() {
    return thresholds;
  }
}
