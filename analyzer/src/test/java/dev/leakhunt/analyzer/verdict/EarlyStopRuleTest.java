package dev.leakhunt.analyzer.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.series.ResourceSeries;
import org.junit.jupiter.api.Test;

/**
 * The early FAIL on seeded synthetic heaps with the defaults of a real run (2 min warm-up, live set
 * probed every 20 s, 512 MiB heap: limit 10.24 MiB/h); the rates over 1,000 seeds are in {@code
 * bench/README.md} ({@code bench/early-stop.sh}).
 */
class EarlyStopRuleTest {
  private static final long PROBE_MS = 20_000;
  private static final long HOUR_MS = 3_600_000;

  private static Long firstEarlyFailMs(ResourceSeries series) {
    return EarlyStopCalibration.firstEarlyFailMs(series);
  }

  @Test
  void cleanHeapWithWanderingLiveSetIsNeverStoppedOverTwoHundredSeedsOfTwoHours() {
    for (long seed = 0; seed < 200; seed++) {
      ResourceSeries series =
          new SyntheticSeries(seed)
              .heapWithLiveNoise(0, 0.2, 1, 0.9, 3, PROBE_MS, 512, 2 * HOUR_MS);
      assertThat(firstEarlyFailMs(series)).as("seed %d", seed).isNull();
    }
  }

  @Test
  void cleanHeapWithWhiteNoiseIsNeverStopped() {
    for (long seed = 0; seed < 200; seed++) {
      ResourceSeries series =
          new SyntheticSeries(seed).heapAfterGc(0, 2, 3, PROBE_MS, 512, HOUR_MS);
      assertThat(firstEarlyFailMs(series)).as("seed %d", seed).isNull();
    }
  }

  @Test
  void leakOf300MiBPerHourStopsInsideTheDefaultWindowInEverySeedAndInFourAndAHalfMinutesMedian() {
    long[] stopsMs = new long[100];
    for (int seed = 0; seed < stopsMs.length; seed++) {
      ResourceSeries series = new SyntheticSeries(seed).heapAfterGc(300, 1, 3, PROBE_MS, 512);
      Long stopMs = firstEarlyFailMs(series);
      // The default run judges 8 minutes after its 2-minute warm-up.
      assertThat(stopMs).as("seed %d", seed).isNotNull().isLessThan(480_000L);
      stopsMs[seed] = stopMs;
    }
    java.util.Arrays.sort(stopsMs);
    assertThat(stopsMs[stopsMs.length / 2]).isLessThanOrEqualTo(270_000L);
  }

  /**
   * With 1 MiB of white noise a slow leak waits for the data to reject the assumed correlation
   * (0.66 between 20 s buckets) before the bound tightens: a median of about 12 minutes.
   */
  @Test
  void leakOf30MiBPerHourStopsWithinTwentyMinutesOfWarmup() {
    long[] stopsMs = new long[50];
    for (int seed = 0; seed < stopsMs.length; seed++) {
      ResourceSeries series =
          new SyntheticSeries(seed).heapAfterGc(30, 1, 3, PROBE_MS, 512, 30 * 60_000);
      Long stopMs = firstEarlyFailMs(series);
      assertThat(stopMs).as("seed %d", seed).isNotNull().isLessThan(1_200_000L);
      stopsMs[seed] = stopMs;
    }
    java.util.Arrays.sort(stopsMs);
    assertThat(stopsMs[stopsMs.length / 2]).isLessThanOrEqualTo(900_000L);
  }

  /**
   * Beyond the assumed correlation: a live set wandering with a correlation time of about 3 minutes
   * (0.9 between 20 s steps, 2 MiB), the hardest clean shape of the bench (0.4 % of 1,000 seeds in
   * 10 minutes).
   */
  @Test
  void cleanHeapWanderingForMinutesIsStoppedInAtMostOneOfTwoHundredSeeds() {
    int stopped = 0;
    for (long seed = 0; seed < 200; seed++) {
      ResourceSeries series =
          new SyntheticSeries(seed)
              .heapWithLiveNoise(0, 0.2, 2, 0.9, 20_000, 3, PROBE_MS, 512, 600_000);
      stopped += firstEarlyFailMs(series) == null ? 0 : 1;
    }
    assertThat(stopped).isLessThanOrEqualTo(1);
  }

  @Test
  void cacheThatStopsFillingTwoMinutesAfterWarmupIsNotStopped() {
    for (long seed = 0; seed < 100; seed++) {
      ResourceSeries flat = new SyntheticSeries(seed).heapAfterGc(0, 1, 3, PROBE_MS, 512);
      java.util.List<Point> points = new java.util.ArrayList<>();
      for (Point p : flat.points()) {
        double filledMiB = 600.0 * Math.min(p.timestampMs(), 240_000) / HOUR_MS;
        points.add(new Point(p.timestampMs(), p.value() + filledMiB * SyntheticSeries.MIB));
      }
      ResourceSeries cache = new ResourceSeries("heap.live", "bytes", flat.capacity(), points);
      assertThat(firstEarlyFailMs(cache)).as("seed %d", seed).isNull();
    }
  }

  @Test
  void warmupPointsAndPointsOlderThanTheOpenBucketAreIgnored() {
    EarlyStopRule rule =
        new EarlyStopRule(
            "heap.live", "bytes", 60_000, 10_000, 0, new Threshold(1, Double.NaN, 1e-4));
    rule.offer(0, 1e9); // warm-up
    rule.offer(60_000, 10);
    rule.offer(70_000, 20); // closes bucket 0
    rule.offer(65_000, -1e9); // late for bucket 0: ignored
    rule.offer(80_000, 30); // closes bucket 1

    assertThat(rule.bounds().bucketCount()).isEqualTo(2);
    rule.offer(90_000, 40);
    // Each minimum at its own time: 10 per 10 s.
    assertThat(rule.bounds().slopePerHour()).isCloseTo(3600.0, within(1e-6));
  }

  @Test
  void capacityLowersTheLimitToTwoPercentOfTheMaxHeapPerHour() {
    EarlyStopRule rule =
        new EarlyStopRule(
            "heap.live",
            "bytes",
            0,
            PROBE_MS,
            10_000,
            DefaultThresholds.forResource("heap.live", "bytes"));
    assertThat(rule.limitPerHour()).isEqualTo(16 * SyntheticSeries.MIB);

    rule.capacity(256 * SyntheticSeries.MIB);

    assertThat(rule.limitPerHour()).isEqualTo(0.02 * 256 * SyntheticSeries.MIB);
  }

  @Test
  void earlyFailSaysTheBoundTheLimitAndTheSlope() {
    ResourceSeries series = new SyntheticSeries(1).heapAfterGc(300, 1, 3, PROBE_MS, 512);
    EarlyStopRule rule =
        new EarlyStopRule(
            "heap.live",
            "bytes",
            SyntheticSeries.WARMUP_MS,
            PROBE_MS,
            EarlyStopCalibration.LATENESS_MS,
            DefaultThresholds.forResource("heap.live", "bytes"));
    rule.capacity(series.capacity());
    EarlyFail fail = null;
    for (Point p : series.points()) {
      fail = rule.offer(p.timestampMs(), p.value());
      if (fail != null) {
        break;
      }
    }

    assertThat(fail).isNotNull();
    assertThat(fail.eventRow()).isEqualTo("event:stopped-early.heap.live");
    assertThat(fail.bounds().lowerPerHour()).isGreaterThan(fail.limitPerHour());
    assertThat(fail.sentence())
        .startsWith("heap.live grows at least +")
        .contains("99 % confidence sequence")
        .contains("above its limit of 10.2 MiB/h");
  }

  @Test
  void pointsArrivingOutOfOrderWithinTheLatenessCountAsInTimeOrder() {
    Threshold threshold = new Threshold(1, Double.NaN, 1e-4);
    EarlyStopRule arrival = new EarlyStopRule("heap.live", "bytes", 0, 3_000, 2_000, threshold);
    EarlyStopRule sorted = new EarlyStopRule("heap.live", "bytes", 0, 3_000, 2_000, threshold);
    // A probe at each bucket start, then the collection before it reported at the next poll.
    long[][] arrivals = {{0, 50}, {3_000, 41}, {2_500, 60}, {6_000, 42}, {5_900, 40}, {9_000, 43}};
    for (long[] p : arrivals) {
      arrival.offer(p[0], p[1]);
    }
    java.util.Arrays.sort(arrivals, java.util.Comparator.comparingLong(p -> p[0]));
    for (long[] p : arrivals) {
      sorted.offer(p[0], p[1]);
    }

    assertThat(arrival.bounds()).isEqualTo(sorted.bounds());
    assertThat(arrival.bounds().bucketCount()).isEqualTo(2);
  }
}
