package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.series.RecordedRun;
import dev.leakhunt.analyzer.series.SamplesCsvReader;
import dev.leakhunt.analyzer.text.Figures;
import dev.leakhunt.contract.run.RunInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Replays {@code watch --stop-early} on recorded run folders (the accuracy corpus): feeds each
 * folder's {@code heap.live} samples, in time order, to the {@link EarlyStopRule} a live watch
 * would have used (probe-wide buckets, two sampling intervals of lateness, default threshold, the
 * recorded max heap) and prints when it would have stopped the run, next to the recorded verdict;
 * then, per true heap growth rate, the median time from warm-up to the verdict (the early stop, or
 * the planned end of the run when none came). Run by {@code bench/early-stop-replay.sh RUNS}; not a
 * test.
 */
final class EarlyStopReplay {
  private EarlyStopReplay() {}

  public static void main(String[] args) throws IOException {
    // Minutes from warm-up to the verdict per true heap rate and workload ("0 clean" for every
    // clean run), and how many of them stopped early.
    Map<String, List<Double>> verdictMinutes = new TreeMap<>();
    Map<String, Integer> stoppedEarly = new TreeMap<>();
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
      boolean heapRun =
          truth.getProperty("resource", "?").equals("heap.live")
              || "clean".equals(truth.getProperty("kind"));
      if (heapRun && info.plannedDurationMs() != null) {
        double rateMiB = Double.parseDouble(truth.getProperty("nominalPerHour", "0")) / 1024 / 1024;
        String rate =
            "clean".equals(truth.getProperty("kind"))
                ? "     0 MiB/h  clean"
                : String.format(
                    Locale.ROOT,
                    "%6.1f MiB/h  %s",
                    rateMiB,
                    truth.getProperty("name", dir.getFileName().toString()));
        long verdictMs =
            fail == null
                ? info.plannedDurationMs() - info.warmupMs()
                : fail.atMs() - info.windowStartMs();
        verdictMinutes.computeIfAbsent(rate, r -> new ArrayList<>()).add(verdictMs / 60_000.0);
        stoppedEarly.merge(rate, fail == null ? 0 : 1, Integer::sum);
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
    summary(verdictMinutes, stoppedEarly);
  }

  private static void summary(
      Map<String, List<Double>> verdictMinutes, Map<String, Integer> stoppedEarly) {
    System.out.println();
    System.out.println(
        "heap rate     workload                runs  stopped early  median / max time to verdict"
            + " after warm-up (early stop, else the planned end)");
    verdictMinutes.forEach(
        (rate, minutes) -> {
          double[] sorted = minutes.stream().mapToDouble(Double::doubleValue).sorted().toArray();
          int n = sorted.length;
          double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
          System.out.printf(
              Locale.ROOT,
              "%-36s  %4d  %13d  %.1f / %.1f min%n",
              rate,
              n,
              stoppedEarly.get(rate),
              median,
              sorted[n - 1]);
        });
  }

  private static String bounds(EarlyStopRule rule) {
    return mib(rule.bounds().lowerPerHour()) + " to " + mib(rule.bounds().upperPerHour());
  }

  private static String mib(double bytesPerHour) {
    return String.format(Locale.ROOT, "%.1f MiB/h", bytesPerHour / 1024 / 1024);
  }
}
