package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.ResourceSeries;
import dev.leakhunt.contract.run.Outcome;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * Measures detection and false-positive rates of the default thresholds over seeded synthetic
 * series in a 10-minute run (2 min warm-up, 8 min judged); run by {@code bench/calibrate.sh}.
 * Prints, per scenario, the share of seeds judged FAIL for a sweep of leak rates.
 */
public final class DetectionCalibration {
  private static final double MIB = SyntheticSeries.MIB;
  private static final int SEEDS = Integer.getInteger("seeds", 500);
  private static final ResourceJudge JUDGE = new ResourceJudge();

  public static void main(String[] args) {
    double[] heapRates = {
      0, 60, 90, 120, 150, 180, 210, 240, 300, 360, 450, 600, 750, 900, 1200, 1500
    };
    Threshold heap = DefaultThresholds.forResource("heap.live", "bytes");
    for (long probeMs : new long[] {15_000, 30_000, 60_000}) {
      for (double noise : new double[] {1, 2, 4}) {
        sweep(
            String.format(Locale.ROOT, "probe %2d s, live noise %.0f MiB", probeMs / 1000, noise),
            heapRates,
            rate -> seed -> new SyntheticSeries(seed).heapAfterGc(rate, noise, 6, probeMs, 1024),
            heap,
            Duration.ZERO);
      }
    }
    sweep(
        "plateau, fill ends at 40 % of judged",
        new double[] {300, 600, 1200, 2400},
        rate -> seed -> new SyntheticSeries(seed).plateau(rate, 120_000 + 192_000, 2),
        heap,
        Duration.ZERO);
    sweep(
        "plateau, fill ends at 50 % of judged",
        new double[] {300, 600, 1200, 2400},
        rate -> seed -> new SyntheticSeries(seed).plateau(rate, 120_000 + 240_000, 2),
        heap,
        Duration.ZERO);
    sweep(
        "bursts every ~60 s, MiB per burst",
        new double[] {0.5, 1, 2, 3, 4, 6, 8},
        size -> seed -> new SyntheticSeries(seed).bursts(size, 60_000, 2),
        heap,
        Duration.ZERO);
    sweep(
        "bursts every ~120 s, MiB per burst",
        new double[] {1, 2, 4, 6, 8, 12, 16},
        size -> seed -> new SyntheticSeries(seed).bursts(size, 120_000, 2),
        heap,
        Duration.ZERO);
    Threshold direct = DefaultThresholds.forResource("buffer.direct.used", "bytes");
    sweep(
        "direct: linear + white noise 1 MiB, 5 s",
        new double[] {0, 30, 60, 90, 120, 180, 240},
        rate ->
            seed ->
                new SyntheticSeries(seed)
                    .linear("buffer.direct.used", "bytes", 64 * MIB, rate * MIB, MIB, 5_000),
        direct,
        Duration.ZERO);
    sweep(
        "direct: spikes 2 % x 64 MiB, noise 1 MiB",
        new double[] {0, 30, 60, 90, 120, 240},
        rate ->
            seed ->
                new SyntheticSeries(seed).spiky("bytes", 64 * MIB, rate * MIB, MIB, 0.02, 64 * MIB),
        direct,
        Duration.ZERO);
    sweep(
        "fd: spikes 2 % x +-500, noise 2",
        new double[] {0, 60, 120, 180, 240, 360},
        rate -> seed -> new SyntheticSeries(seed).spiky("count", 200, rate, 2, 0.02, 500),
        DefaultThresholds.forResource("fd.open", "count"),
        Duration.ZERO);
    for (double phi : new double[] {0.5, 0.8, 0.9, 0.95, 0.98}) {
      sweep(
          "direct: AR(1) phi " + phi + " innov 1 MiB, 5 s",
          new double[] {0},
          rate ->
              seed -> new SyntheticSeries(seed).autoregressive("bytes", 64 * MIB, phi, MIB, 5_000),
          direct,
          Duration.ZERO);
    }
    for (double garbage : new double[] {3, 6, 12}) {
      sweep(
          String.format(Locale.ROOT, "unprobed post-GC, garbage %2.0f MiB/min", garbage),
          heapRates,
          rate -> seed -> new SyntheticSeries(seed).heapAfterGc(rate, 2, garbage, 0, 1024),
          heap,
          Duration.ZERO);
      sweep(
          String.format(Locale.ROOT, "raw 1 Hz sawtooth, garbage %2.0f MiB/min", garbage),
          heapRates,
          rate -> seed -> new SyntheticSeries(seed).rawHeapSawtooth(rate, 2, garbage, 1024),
          heap,
          Duration.ZERO);
    }
    for (double phi : new double[] {0.9, 0.98}) {
      int fails = 0;
      for (long seed = 1; seed <= SEEDS; seed++) {
        ResourceSeries series =
            new SyntheticSeries(seed)
                .autoregressive("bytes", 64 * MIB, phi, MIB, 5_000, 8 * 3_600_000L);
        fails += JUDGE.judge(series, 1_800_000, direct).outcome() == Outcome.FAIL ? 1 : 0;
      }
      System.out.printf(
          Locale.ROOT,
          "direct: AR(1) phi %.2f, 8 h run, 30 min warm-up   0:%5.1f%%%n",
          phi,
          100.0 * fails / SEEDS);
    }
    Threshold threads = DefaultThresholds.forResource("threads.live", "count");
    sweep(
        "threads every 5 s, bursts",
        new double[] {0, 10, 30, 60, 120, 180, 240, 360, 480},
        rate -> seed -> new SyntheticSeries(seed).threads(40, rate),
        threads,
        Duration.ZERO);
  }

  interface Scenario extends LongFunction<ResourceSeries> {}

  private static void sweep(
      String name,
      double[] rates,
      java.util.function.DoubleFunction<Scenario> scenario,
      Threshold threshold,
      Duration minBucket) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-42s", name));
    for (double rate : rates) {
      Scenario s = scenario.apply(rate);
      int fails = 0;
      int inconclusive = 0;
      for (long seed = 1; seed <= SEEDS; seed++) {
        Outcome outcome =
            JUDGE.judge(s.apply(seed), SyntheticSeries.WARMUP_MS, threshold, minBucket).outcome();
        fails += outcome == Outcome.FAIL ? 1 : 0;
        inconclusive += outcome == Outcome.INCONCLUSIVE ? 1 : 0;
      }
      line.append(String.format(Locale.ROOT, " %5.0f:%5.1f%%", rate, 100.0 * fails / SEEDS));
      if (inconclusive > 0) {
        line.append("(I").append(inconclusive).append(')');
      }
    }
    System.out.println(line);
  }
}
