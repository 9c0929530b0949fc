package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.ResourceSeries;
import dev.leakhunt.contract.run.Outcome;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/**
 * Prints, per live-set noise and leak rate, how often the default heap threshold returns FAIL, PASS
 * and INCONCLUSIVE over seeded synthetic 10-minute runs (2 min warm-up, live set probed every 20 s,
 * 512 MiB heap, so the limit is 10.24 MiB/h), with the median and 90th percentile p-value, how
 * often the 95 % interval covers the true rate and the mean absolute slope error. Run by {@code
 * bench/three-outcomes.sh}; not a test.
 */
final class ThreeOutcomeCalibration {
  private static final double[] RATES_MIB_PER_HOUR = {0, 5, 10, 15, 20, 30, 51, 100, 300};
  private static final double[] NOISES_MIB = {0.5, 1, 2};

  private ThreeOutcomeCalibration() {}

  public static void main(String[] args) {
    int seeds = Integer.getInteger("seeds", 200);
    ResourceJudge judge = new ResourceJudge();
    Threshold threshold = DefaultThresholds.forResource("heap.live", "bytes");
    for (double noise : NOISES_MIB) {
      System.out.printf(Locale.ROOT, "live-set noise %.1f MiB, %d seeds%n", noise, seeds);
      System.out.println(
          "  rate MiB/h   FAIL   PASS  INCONCL  median p   p90 p      CI covers  mean |err|");
      for (double rate : RATES_MIB_PER_HOUR) {
        int[] counts = new int[Outcome.values().length];
        double[] pValues = new double[seeds];
        int covered = 0;
        double absoluteError = 0;
        for (int seed = 0; seed < seeds; seed++) {
          ResourceSeries series =
              new SyntheticSeries(seed).heapAfterGc(rate, noise, 3, 20_000, 512);
          ResourceVerdict verdict =
              judge.judge(series, SyntheticSeries.WARMUP_MS, threshold, Duration.ofSeconds(20));
          counts[verdict.outcome().ordinal()]++;
          pValues[seed] = verdict.trend().pValue();
          double lower = verdict.trend().slopeLowerPerHour() / SyntheticSeries.MIB;
          double upper = verdict.trend().slopeUpperPerHour() / SyntheticSeries.MIB;
          covered += lower <= rate && rate <= upper ? 1 : 0;
          absoluteError += Math.abs(verdict.trend().slopePerHour() / SyntheticSeries.MIB - rate);
        }
        Arrays.sort(pValues);
        System.out.printf(
            Locale.ROOT,
            "  %10.0f  %5.1f%% %5.1f%%  %6.1f%%  %.2e  %.2e  %6.1f%%  %6.2f MiB/h%n",
            rate,
            100.0 * counts[Outcome.FAIL.ordinal()] / seeds,
            100.0 * counts[Outcome.PASS.ordinal()] / seeds,
            100.0 * counts[Outcome.INCONCLUSIVE.ordinal()] / seeds,
            pValues[seeds / 2],
            pValues[seeds * 9 / 10],
            100.0 * covered / seeds,
            absoluteError / seeds);
      }
    }
  }
}
