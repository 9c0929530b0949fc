package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.compare.RegressionRules;
import dev.leakhunt.analyzer.run.UsageException;
import dev.leakhunt.contract.duration.DurationConverter;
import dev.leakhunt.contract.run.Units;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that change what counts as a regression against a baseline ({@code compare}, {@code
 * history}, and {@code watch}/{@code report} with {@code --baseline}); defaults in {@link
 * RegressionRules}.
 */
public final class RegressionOptionsMixin {
  private static final String SLOPE_RULE =
      "--slope-delta must be KEY=AMOUNT per hour with KEY bytes, count or a resource id, e.g."
          + " bytes=16MiB, count=20, threads.live=5";

  @Option(
      names = "--slope-delta",
      paramLabel = "KEY=AMOUNT",
      description =
          "Smallest slope increase that is a regression, per hour: bytes=8MiB, count=10 (defaults;"
              + " never under half the resource's own limit), or RESOURCE=AMOUNT (repeatable).")
  List<String> slopeDeltas = new ArrayList<>();

  @Option(
      names = "--latency-increase",
      paramLabel = "PERCENT",
      defaultValue = "20%",
      description = "Relative p99 increase that is a regression (default ${DEFAULT-VALUE}).")
  String latencyIncrease;

  @Option(
      names = "--latency-min-increase",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "2ms",
      description = "...and at least this much in absolute terms (default ${DEFAULT-VALUE}).")
  Duration latencyMinIncrease;

  @Option(
      names = "--error-rate-increase",
      paramLabel = "POINTS",
      defaultValue = "1",
      description =
          "Client error-rate increase that is a regression, percentage points (default"
              + " ${DEFAULT-VALUE}).")
  double errorRateIncreasePoints;

  /** The rules these options give; a malformed value is a usage error naming the rule. */
  RegressionRules toRules() {
    RegressionRules defaults = RegressionRules.defaults();
    double bytes = defaults.slopeDeltaBytesPerHour();
    double count = defaults.slopeDeltaCountPerHour();
    Map<String, Double> byResource = new LinkedHashMap<>();
    for (String text : slopeDeltas) {
      int equals = text.lastIndexOf('=');
      if (equals <= 0 || equals == text.length() - 1) {
        throw new UsageException(SLOPE_RULE + " (got '" + text + "')");
      }
      String key = text.substring(0, equals);
      double amount = amount(text.substring(equals + 1), text);
      switch (key) {
        case Units.BYTES -> bytes = amount;
        case Units.COUNT -> count = amount;
        default -> byResource.put(key, amount);
      }
    }
    String percent = latencyIncrease.strip();
    double fraction;
    try {
      fraction =
          percent.endsWith("%")
              ? Double.parseDouble(percent.substring(0, percent.length() - 1)) / 100
              : Double.parseDouble(percent);
    } catch (NumberFormatException e) {
      throw new UsageException(
          "--latency-increase must be a percentage, e.g. 20% (got '" + latencyIncrease + "')");
    }
    if (!(fraction >= 0)) {
      throw new UsageException(
          "--latency-increase must not be negative (got '" + latencyIncrease + "')");
    }
    if (latencyMinIncrease.isNegative() || !(errorRateIncreasePoints >= 0)) {
      throw new UsageException(
          "--latency-min-increase and --error-rate-increase must not be negative");
    }
    return new RegressionRules(
        bytes,
        count,
        byResource,
        fraction,
        latencyMinIncrease.toNanos() / 1e6,
        errorRateIncreasePoints);
  }

  private static double amount(String text, String whole) {
    String upper = text.strip().toUpperCase(Locale.ROOT);
    double scale = 1;
    String[][] suffixes = {{"KIB", "1024"}, {"MIB", "1048576"}, {"GIB", "1073741824"}};
    for (String[] suffix : suffixes) {
      if (upper.endsWith(suffix[0])) {
        scale = Double.parseDouble(suffix[1]);
        upper = upper.substring(0, upper.length() - suffix[0].length()).strip();
        break;
      }
    }
    try {
      double value = Double.parseDouble(upper) * scale;
      if (value < 0) {
        throw new UsageException(
            SLOPE_RULE + ": AMOUNT must not be negative (got '" + whole + "')");
      }
      return value;
    } catch (NumberFormatException e) {
      throw new UsageException(SLOPE_RULE + " (got '" + whole + "')");
    }
  }
}
