package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.series.RecordedRun;
import dev.leakhunt.analyzer.series.SamplesCsvReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Replays {@code watch --stop-early} on recorded run folders (the accuracy corpus): feeds each
 * folder's {@code heap.live} samples, in time order, to the {@link EarlyStopRule} a live watch
 * would have used (probe-wide buckets, two sampling intervals of lateness, default threshold, the
 * recorded max heap) and prints when it would have stopped the run, next to the recorded verdict.
 * Run by {@code bench/early-stop-replay.sh RUNS}; not a test.
 */
final class EarlyStopReplay {
  private EarlyStopReplay() {}

  public static void main(String[] args) throws IOException {
    System.out.println(
        "run                                 kind   nominal/h  recorded      stopped early (after warm-up)");
    for (String arg : args) {
      Path dir = Path.of(arg);
      if (!Files.isRegularFile(dir.resolve("samples.csv"))
          || !Files.isRegularFile(dir.resolve("run.json"))) {
        continue;
      }
      RecordedRun run = new SamplesCsvReader().read(dir.resolve("samples.csv"));
      RunInfo info = new RunVerdictJson().readRunInfo(dir.resolve("run.json"));
      long bucketMs = Math.max(info.liveProbeIntervalMs(), info.intervalMs());
      EarlyStopRule rule =
          new EarlyStopRule(
              "heap.live",
              "bytes",
              info.windowStartMs(),
              bucketMs,
              EarlyStopRule.LATENESS_INTERVALS * info.intervalMs(),
              DefaultThresholds.forResource("heap.live", "bytes"));
      rule.capacity(run.capacity("heap.live"));
      EarlyFail fail = null;
      for (Point p : run.points("heap.live")) {
        fail = rule.offer(p.timestampMs(), p.value());
        if (fail != null) {
          break;
        }
      }
      Properties truth = new Properties();
      Path truthFile = dir.resolve("truth.properties");
      if (Files.isRegularFile(truthFile)) {
        try (var in = Files.newBufferedReader(truthFile)) {
          truth.load(in);
        }
      }
      String recorded =
          Files.isRegularFile(dir.resolve("verdict.json"))
              ? new RunVerdictJson().read(dir.resolve("verdict.json")).outcome().name()
              : "-";
      System.out.printf(
          Locale.ROOT,
          "%-36s %-5s  %9s  %-12s  %s%n",
          dir.getFileName(),
          truth.getProperty("kind", "?"),
          truth.getProperty("resource", "?").equals("heap.live")
              ? Figures.ratePerHour(
                  Double.parseDouble(truth.getProperty("nominalPerHour", "NaN")), "bytes")
              : truth.getProperty("resource", "?"),
          recorded,
          fail == null
              ? "no (final bounds " + bounds(rule) + ", limit " + mib(rule.limitPerHour()) + ")"
              : String.format(
                  Locale.ROOT,
                  "%.1f min, lower bound %s > limit %s",
                  (fail.atMs() - info.windowStartMs()) / 60_000.0,
                  mib(fail.bounds().lowerPerHour()),
                  mib(fail.limitPerHour())));
    }
  }

  private static String bounds(EarlyStopRule rule) {
    return mib(rule.bounds().lowerPerHour()) + " to " + mib(rule.bounds().upperPerHour());
  }

  private static String mib(double bytesPerHour) {
    return String.format(Locale.ROOT, "%.1f MiB/h", bytesPerHour / 1024 / 1024);
  }
}
