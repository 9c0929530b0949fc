package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.series.ResourceSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Monitors seeded synthetic heap series continuously with {@link EarlyStopRule}, as {@code watch
 * --stop-early} does, and prints per shape how many runs were stopped as FAIL and, for leaks, how
 * long after warm-up. Defaults of a real run: 2 min warm-up, live set probed every 20 s (the bucket
 * width), young collections every 1-4 s, 512 MiB heap so the limit is 10.24 MiB/h. Run by {@code
 * bench/early-stop.sh}; not a test.
 */
final class EarlyStopCalibration {
  static final long PROBE_MS = 20_000;

  /** Two sampling intervals of 5 s, as {@code watch} allows late collections by default. */
  static final long LATENESS_MS = 10_000;

  static final double MAX_HEAP_MIB = 512;
  static final double MIB = SyntheticSeries.MIB;

  private EarlyStopCalibration() {}

  public static void main(String[] args) {
    int seeds = Integer.getInteger("seeds", 1000);
    long[] horizons =
        Boolean.getBoolean("quick") ? new long[] {600_000} : new long[] {600_000, 7_200_000};
    System.out.printf(
        Locale.ROOT,
        "%d seeds per shape, stopped = early FAIL at any closed bucket up to the horizon%n",
        seeds);
    System.out.println(
        "shape                                              horizon  stopped  median  p90 (after warm-up)");
    for (long runMs : horizons) {
      report(
          seeds,
          runMs,
          "white noise 1 MiB",
          s -> s.heapAfterGc(0, 1, 3, PROBE_MS, MAX_HEAP_MIB, runMs));
      report(
          seeds,
          runMs,
          "white noise 2 MiB",
          s -> s.heapAfterGc(0, 2, 3, PROBE_MS, MAX_HEAP_MIB, runMs));
      for (double phi : new double[] {0.5, 0.9}) {
        for (double sd : new double[] {1, 2}) {
          report(
              seeds,
              runMs,
              String.format(Locale.ROOT, "AR(1) phi %.1f per 5 s, sd %.0f MiB", phi, sd),
              s -> s.heapWithLiveNoise(0, 0.2, sd, phi, 3, PROBE_MS, MAX_HEAP_MIB, runMs));
        }
      }
      report(
          seeds,
          runMs,
          "AR(1) phi 0.9 per 20 s, sd 1 MiB",
          s -> s.heapWithLiveNoise(0, 0.2, 1, 0.9, 20_000, 3, PROBE_MS, MAX_HEAP_MIB, runMs));
      report(
          seeds,
          runMs,
          "AR(1) phi 0.9 per 20 s, sd 2 MiB",
          s -> s.heapWithLiveNoise(0, 0.2, 2, 0.9, 20_000, 3, PROBE_MS, MAX_HEAP_MIB, runMs));
      for (long fillEndMs : new long[] {120_000, 180_000, 240_000}) {
        report(
            seeds,
            runMs,
            String.format(Locale.ROOT, "plateau: 600 MiB/h fill ends %d s in", fillEndMs / 1000),
            s -> plateau(s, 600, fillEndMs, runMs));
      }
      report(seeds, runMs, "spikes: 2 % of points +64 MiB", s -> spiky(s, runMs, 0.02, 64));
    }
    long leakRunMs = 1_800_000;
    for (double rate : new double[] {30, 60, 300}) {
      for (double noise : new double[] {1, 2}) {
        report(
            seeds,
            leakRunMs,
            String.format(Locale.ROOT, "leak %.0f MiB/h, noise %.0f MiB", rate, noise),
            s -> s.heapAfterGc(rate, noise, 3, PROBE_MS, MAX_HEAP_MIB, leakRunMs));
      }
    }
  }

  private static void report(int seeds, long runMs, String shape, SeriesOfSeed series) {
    List<Long> stopsMs = new ArrayList<>();
    for (int seed = 0; seed < seeds; seed++) {
      Long stop = firstEarlyFailMs(series.apply(new SyntheticSeries(seed)));
      if (stop != null) {
        stopsMs.add(stop);
      }
    }
    long[] sorted = stopsMs.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "%-50s %5.0f min  %5.1f %%  %s  %s%n",
        shape,
        runMs / 60_000.0,
        100.0 * sorted.length / seeds,
        sorted.length == 0 ? "     -" : minutes(sorted[sorted.length / 2]),
        sorted.length == 0
            ? "     -"
            : minutes(sorted[Math.min(sorted.length - 1, sorted.length * 9 / 10)]));
  }

  /** When the rule first fails the series, ms after warm-up, or null. */
  static Long firstEarlyFailMs(ResourceSeries series) {
    EarlyStopRule rule =
        new EarlyStopRule(
            "heap.live",
            "bytes",
            SyntheticSeries.WARMUP_MS,
            PROBE_MS,
            LATENESS_MS,
            DefaultThresholds.forResource("heap.live", "bytes"));
    rule.capacity(series.capacity());
    for (Point p : series.points()) {
      EarlyFail fail = rule.offer(p.timestampMs(), p.value());
      if (fail != null) {
        return fail.atMs() - SyntheticSeries.WARMUP_MS;
      }
    }
    return null;
  }

  private static ResourceSeries plateau(
      SyntheticSeries s, double fillMiBPerHour, long fillEndMs, long runMs) {
    ResourceSeries flat = s.heapAfterGc(0, 1, 3, PROBE_MS, MAX_HEAP_MIB, runMs);
    List<Point> points = new ArrayList<>();
    for (Point p : flat.points()) {
      double filled = fillMiBPerHour * SyntheticSeries.hours(Math.min(p.timestampMs(), fillEndMs));
      points.add(new Point(p.timestampMs(), p.value() + filled * MIB));
    }
    return new ResourceSeries("heap.live", "bytes", flat.capacity(), points);
  }

  private static ResourceSeries spiky(
      SyntheticSeries s, long runMs, double share, double spikeMiB) {
    ResourceSeries flat = s.heapAfterGc(0, 1, 3, PROBE_MS, MAX_HEAP_MIB, runMs);
    Random random = new Random(flat.points().size());
    List<Point> points = new ArrayList<>();
    for (Point p : flat.points()) {
      double spike = random.nextDouble() < share ? spikeMiB * MIB : 0;
      points.add(new Point(p.timestampMs(), p.value() + spike));
    }
    return new ResourceSeries("heap.live", "bytes", flat.capacity(), points);
  }

  private static String minutes(long ms) {
    return String.format(Locale.ROOT, "%4.1f m", ms / 60_000.0);
  }

  @FunctionalInterface
  interface SeriesOfSeed {
    ResourceSeries apply(SyntheticSeries generator);
  }
}
