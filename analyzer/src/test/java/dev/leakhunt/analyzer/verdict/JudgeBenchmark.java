package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.series.ResourceSeries;
import dev.leakhunt.contract.run.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times {@link ResourceJudge#judge} on an 8-hour heap series at 1 Hz (28,800 points) and at 10 Hz
 * (288,000 points); run by {@code bench/theil-sen.sh}. Prints the median of several timed runs
 * after warm-up runs, and the ratio between the two rates.
 */
public final class JudgeBenchmark {
  private static final long EIGHT_HOURS_MS = 8 * 3_600_000L;

  public static void main(String[] args) {
    int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    ResourceJudge judge = new ResourceJudge();
    Threshold threshold = DefaultThresholds.forResource("heap.live", "bytes");
    double[] medians = new double[2];
    int[] hertz = {1, 10};
    for (int i = 0; i < hertz.length; i++) {
      ResourceSeries series = series(hertz[i]);
      int points = series.points().size();
      Outcome outcome = null;
      for (int w = 0; w < 5; w++) {
        outcome = judge.judge(series, 1_800_000, threshold).outcome();
      }
      double[] millis = new double[repetitions];
      for (int r = 0; r < repetitions; r++) {
        long start = System.nanoTime();
        judge.judge(series, 1_800_000, threshold);
        millis[r] = (System.nanoTime() - start) / 1e6;
      }
      java.util.Arrays.sort(millis);
      medians[i] = millis[repetitions / 2];
      System.out.printf(
          Locale.ROOT,
          "8 h at %2d Hz: %,9d points  median %8.2f ms  min %8.2f ms  %,.0f points/s  (%s)%n",
          hertz[i],
          points,
          medians[i],
          millis[0],
          points / (medians[i] / 1000),
          outcome);
    }
    System.out.printf(
        Locale.ROOT,
        "10 Hz / 1 Hz time ratio: %.1f for 10x the points (linear would be 10.0)%n",
        medians[1] / medians[0]);
  }

  /** Sawtooth heap with a 20 MiB/h live-set leak, sampled at {@code hertz}. */
  private static ResourceSeries series(int hertz) {
    Random random = new Random(42);
    long stepMs = 1000 / hertz;
    List<Point> points = new ArrayList<>();
    double mib = 1024.0 * 1024.0;
    for (long t = 0; t < EIGHT_HOURS_MS; t += stepMs) {
      double live = 200 + 20 * t / 3_600_000.0 + random.nextGaussian();
      double sinceGc = (t % 3_000) / 1000.0;
      points.add(new Point(t, (live + 40 * sinceGc) * mib));
    }
    return new ResourceSeries("heap.live", "bytes", 1024 * mib, points);
  }
}
