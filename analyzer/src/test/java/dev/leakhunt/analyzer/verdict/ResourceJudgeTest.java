package dev.leakhunt.analyzer.verdict;

import static dev.leakhunt.analyzer.verdict.SyntheticSeries.MIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.series.ResourceSeries;
import dev.leakhunt.analyzer.trend.Trend;
import dev.leakhunt.contract.run.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Exact figures, wording and the INCONCLUSIVE rules of {@link ResourceJudge}. */
class ResourceJudgeTest {
  private static final long WARMUP_MS = 120_000;
  private final ResourceJudge judge = new ResourceJudge();
  private final Threshold heapDefaults = DefaultThresholds.forResource("heap.live", "bytes");

  private static ResourceSeries heap(List<Point> points, double capacityMiB) {
    return new ResourceSeries("heap.live", "bytes", capacityMiB * MIB, points);
  }

  /** Probe every 15 s over 10 min, exactly 200 MiB + 60 MiB/h. */
  private static List<Point> exactLeak() {
    List<Point> points = new ArrayList<>();
    for (long t = 0; t <= 600_000; t += 15_000) {
      points.add(new Point(t, (200 + 60 * t / 3_600_000.0) * MIB));
    }
    return points;
  }

  @Test
  void exactLinearLeakFailsWithItsExactSlopeAndProjection() {
    ResourceVerdict verdict = judge.judge(heap(exactLeak(), 1024), WARMUP_MS, heapDefaults);
    Trend trend = verdict.trend();
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(trend.slopePerHour() / MIB).isCloseTo(60, within(1e-6));
    assertThat(trend.slopeLowerPerHour() / MIB).isCloseTo(60, within(1e-6));
    assertThat(trend.slopeUpperPerHour() / MIB).isCloseTo(60, within(1e-6));
    assertThat(trend.recentSlopePerHour() / MIB).isCloseTo(60, within(1e-6));
    assertThat(trend.interceptAtStart() / MIB).isCloseTo(202, within(1e-6));
    assertThat(trend.lastValue() / MIB).isCloseTo(210, within(1e-9));
    // 480 s judged, 16 s buckets (480 / 30), probes 15 s apart: 31 non-empty buckets.
    assertThat(trend.reducedPointCount()).isEqualTo(31);
    assertThat(trend.windowStartMs()).isEqualTo(WARMUP_MS);
    assertThat(trend.windowEndMs()).isEqualTo(600_000);
    assertThat(trend.pValue()).isLessThan(1e-10);
    // (1024 - 210) MiB / 60 MiB/h = 13.5667 h
    assertThat(verdict.timeToExhaustion().toSeconds()).isCloseTo(48_840, within(1L));
    assertThat(verdict.reason())
        .startsWith("heap.live grows 60.0 MiB/h (95 % CI 60.0 MiB/h to 60.0 MiB/h), p = ")
        .contains("over 31 bucket minima of 16 s from 33 samples, above the 16.0 MiB/h limit")
        .contains("and still growing 60.0 MiB/h (upper bound 60.0 MiB/h, p = ")
        .contains(") over the latest 4 min (16 of 31 buckets)")
        .endsWith("; at this rate the heap is full in 13 h 34 min.");
  }

  @Test
  void tooFewSamplesIsInconclusiveAndSaysWhatIsMissing() {
    List<Point> points = exactLeak().subList(0, 17); // 9 points after the 2-minute warm-up
    ResourceVerdict verdict = judge.judge(heap(points, 1024), WARMUP_MS, heapDefaults);
    assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
    assertThat(verdict.trend()).isNull();
    assertThat(verdict.timeToExhaustion()).isNull();
    assertThat(verdict.reason())
        .isEqualTo(
            "heap.live: only 9 samples after warm-up, need at least 16: watch longer or sample"
                + " more often");
  }

  @Test
  void tooShortWindowIsInconclusive() {
    List<Point> points = new ArrayList<>();
    for (long t = WARMUP_MS; t <= WARMUP_MS + 50_000; t += 2_000) {
      points.add(new Point(t, 100 * MIB));
    }
    ResourceVerdict verdict = judge.judge(heap(points, 1024), WARMUP_MS, heapDefaults);
    assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
    assertThat(verdict.reason())
        .isEqualTo(
            "heap.live: the judged window spans only 50 s after warm-up, need at least 60 s:"
                + " watch longer or shorten the warm-up");
  }

  @Test
  void tooFewBucketsIsInconclusive() {
    List<Point> points = new ArrayList<>();
    for (long t = 0; t < 600_000; t += 30_000) {
      points.add(new Point(t, 100 * MIB));
    }
    ResourceVerdict verdict =
        judge.judge(heap(points, 1024), 0, heapDefaults, Duration.ofMinutes(2));
    assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
    assertThat(verdict.reason())
        .isEqualTo(
            "heap.live: the 20 samples after warm-up fill only 5 time buckets of 120 s, need at"
                + " least 16: watch longer or sample (or probe) more often");
  }

  @Test
  void growthDuringWarmupOnlyPasses() {
    List<Point> points = new ArrayList<>();
    Random random = new Random(3);
    for (long t = 0; t <= 600_000; t += 5_000) {
      double warmupGrowth = Math.min(t, WARMUP_MS) / 1000.0; // +120 MiB during warm-up
      points.add(new Point(t, (200 + warmupGrowth + random.nextGaussian()) * MIB));
    }
    ResourceVerdict verdict = judge.judge(heap(points, 1024), WARMUP_MS, heapDefaults);
    assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
    assertThat(verdict.reason())
        .startsWith("heap.live shows no growth that matters: slope ")
        .endsWith("is under the 16.0 MiB/h limit.");
    assertThat(verdict.timeToExhaustion()).isNull();
    assertThat(verdict.warning()).isNull();
  }

  @Test
  void slowSignificantGrowthUnderTheCapacityLimitPassesWithProjection() {
    // 8 h, one probe a minute, 4 MiB/h against 2 % of 256 MiB = 5.12 MiB/h.
    List<Point> points = new ArrayList<>();
    Random random = new Random(5);
    for (long t = 0; t <= 8 * 3_600_000L; t += 60_000) {
      points.add(new Point(t, (100 + 4 * t / 3_600_000.0 + 0.2 * random.nextGaussian()) * MIB));
    }
    ResourceVerdict verdict = judge.judge(heap(points, 256), 1_800_000, heapDefaults);
    assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
    assertThat(verdict.trend().slopePerHour() / MIB).isCloseTo(4, within(0.05));
    assertThat(verdict.trend().pValue()).isLessThan(1e-6);
    assertThat(verdict.reason())
        .contains(", under the 5.12 MiB/h limit (2.00 % of the 256 MiB capacity per hour)")
        .contains("; at this rate the heap is full in 1 d ");
    assertThat(verdict.limitPerHour() / MIB).isCloseTo(5.12, within(1e-9));
    assertThat(verdict.warning())
        .startsWith("heap.live grows 4.02 MiB/h (95 % CI 4.00 MiB/h to 4.05 MiB/h), p = ")
        .contains("under the 5.12 MiB/h limit")
        .contains("the heap is full in 1 d ");
    // (256 - ~132) MiB at 4 MiB/h: about 31 h
    assertThat(verdict.timeToExhaustion().toHours()).isBetween(30L, 32L);
  }

  @Test
  void cacheFullByMidWindowPassesAndSaysItLevelledOff() {
    // A cache filling at 300 MiB/h for the first 40 % of the judged window, then full; live set
    // probed every 20 s with 0.1 MiB of noise, the analyzer's default buckets (one probe each).
    // With 0.3 MiB the flat 5 minutes cannot bound the slope under 10.24 MiB/h (0.85 MiB over
    // them): INCONCLUSIVE, a longer run decides.
    List<Point> points = new ArrayList<>();
    Random random = new Random(11);
    for (long t = 0; t <= 600_000; t += 20_000) {
      double filled = 300 * Math.min(t, WARMUP_MS + 192_000) / 3_600_000.0;
      points.add(new Point(t, (200 + filled + 0.1 * random.nextGaussian()) * MIB));
    }
    ResourceVerdict verdict =
        judge.judge(heap(points, 512), WARMUP_MS, heapDefaults, Duration.ofSeconds(20));
    assertThat(verdict.outcome()).as(verdict.reason()).isEqualTo(Outcome.PASS);
    assertThat(verdict.trend().pValue()).isLessThan(0.05);
    assertThat(verdict.trend().slopePerHour() / MIB).isGreaterThan(50);
    assertThat(verdict.trend().recentSlopeUpperPerHour() / MIB).isLessThan(10.24);
    assertThat(verdict.warning()).isNull();
    assertThat(verdict.reason())
        .contains(", then levelled off: slope ")
        .contains("under the 10.2 MiB/h limit (2.00 % of the 512 MiB capacity per hour)")
        .endsWith(": a plateau, not a leak.");
  }

  @Test
  void quietFilledCacheWhoseFloorCreepsByKibibytesPasses() {
    // CleanTargetIT's plateau: 25 MiB filled in the first 40 s, probed every 3 s in a 256 MiB heap
    // (limit 5.12 MiB/h), then a floor that the JVM nudges up by 1-8 KiB now and then (about 0.2
    // MiB/h). Judged "a staircase is not ruled out" when every KiB counted as a rise.
    for (long seed = 1; seed <= 50; seed++) {
      Random random = new Random(seed);
      List<Point> points = new ArrayList<>();
      double creepKiB = 0;
      for (long t = 0; t <= 140_000; t += 3_000) {
        if (t > 40_000 && random.nextDouble() < 0.15) {
          creepKiB += 1 + random.nextInt(8);
        }
        double cacheMiB = 25 * Math.min(t, 40_000) / 40_000.0;
        points.add(new Point(t, (4 + cacheMiB) * MIB + creepKiB * 1024));
      }
      ResourceVerdict verdict =
          judge.judge(heap(points, 256), 12_000, heapDefaults, Duration.ofSeconds(3));
      assertThat(verdict.outcome())
          .as("seed " + seed + ": " + verdict.reason())
          .isEqualTo(Outcome.PASS);
      assertThat(verdict.reason()).as("seed " + seed).endsWith(": a plateau, not a leak.");
    }
  }

  @Test
  void quietStaircasesAtOneAndAHalfTimesTheLimitNeverPass() {
    // The same quiet floor (10 KiB of noise) with steps that add up to 15.4 MiB/h, 1.5x the 10.24
    // MiB/h limit: each step exceeds what the limit allows between two steps, so each is a rise.
    for (long periodMs : new long[] {60_000, 120_000, 240_000}) {
      double stepMiB = 15.36 * periodMs / 3_600_000.0;
      int[] outcomes = staircaseOutcomes(stepMiB, periodMs, 0.01);
      assertThat(outcomes[Outcome.PASS.ordinal()]).as("steps %d ms apart", periodMs).isZero();
    }
  }

  @Test
  void noisyCacheThatCannotShowItStoppedIsInconclusiveNotPass() {
    // Seed 7 of a cache with 8 MiB of live-set noise filling at 600 MiB/h for half the window: the
    // latest half is too noisy to show the growth stopped.
    ResourceSeries series = new SyntheticSeries(7).plateau(600, WARMUP_MS + 240_000, 8);
    ResourceVerdict verdict = judge.judge(series, WARMUP_MS, heapDefaults);
    assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
    assertThat(verdict.reason()).contains("too noisy to tell");
  }

  @Test
  void slowLeakWhoseIntervalStraddlesTheLimitIsInconclusiveAndSaysHowMuchLonger() {
    // The case: about 9-12 MiB/h against a 10.24 MiB/h limit in a 15-minute run.
    List<Point> points = new ArrayList<>();
    Random random = new Random(2);
    for (long t = 0; t <= 900_000; t += 20_000) {
      points.add(new Point(t, (150 + 10 * t / 3_600_000.0 + 0.3 * random.nextGaussian()) * MIB));
    }
    ResourceVerdict verdict =
        judge.judge(heap(points, 512), WARMUP_MS, heapDefaults, Duration.ofSeconds(20));
    assertThat(verdict.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
    assertThat(verdict.trend().slopeLowerPerHour() / MIB).isLessThan(10.24);
    assertThat(verdict.trend().slopeUpperPerHour() / MIB).isGreaterThan(10.24);
    assertThat(verdict.moreTimeNeeded()).isNotNull().isPositive();
    assertThat(verdict.reason())
        .contains(": the interval straddles the 10.2 MiB/h limit")
        .contains("so this run cannot tell; ")
        .containsPattern("(a run about .* longer would decide|at least 20 times longer)");
  }

  @Test
  void staircaseOfStepsTwoMinutesApartNeverPassesAndMostlyFails() {
    // The case: 4 MiB retained every 2 minutes (120 MiB/h), probes every 20 s.
    int[] outcomes = staircaseOutcomes(4, 120_000);
    assertThat(outcomes[Outcome.PASS.ordinal()]).isZero();
    assertThat(outcomes[Outcome.FAIL.ordinal()]).isGreaterThanOrEqualTo(180);
  }

  @Test
  void staircaseOfStepsOneMinuteApartNeverPassesAndAlwaysFails() {
    int[] outcomes = staircaseOutcomes(2, 60_000);
    assertThat(outcomes[Outcome.PASS.ordinal()]).isZero();
    assertThat(outcomes[Outcome.FAIL.ordinal()]).isGreaterThanOrEqualTo(196);
  }

  @Test
  void staircaseOfStepsFourMinutesApartNeverPasses() {
    int[] outcomes = staircaseOutcomes(8, 240_000);
    assertThat(outcomes[Outcome.PASS.ordinal()]).isZero();
  }

  /** Outcome counts over 200 seeds of a staircase at a random phase, 0.5 MiB of noise. */
  private int[] staircaseOutcomes(double stepMiB, long periodMs) {
    return staircaseOutcomes(stepMiB, periodMs, 0.5);
  }

  /** Outcome counts over 200 seeds of a staircase at a random phase. */
  private int[] staircaseOutcomes(double stepMiB, long periodMs, double noiseMiB) {
    int[] counts = new int[Outcome.values().length];
    for (long seed = 1; seed <= 200; seed++) {
      Random random = new Random(seed);
      long phaseMs = (long) (random.nextDouble() * periodMs);
      List<Point> points = new ArrayList<>();
      for (long t = 0; t <= 600_000; t += 20_000) {
        double steps = Math.floor((t + phaseMs) / (double) periodMs);
        points.add(new Point(t, (200 + stepMiB * steps + noiseMiB * random.nextGaussian()) * MIB));
      }
      ResourceVerdict verdict =
          judge.judge(heap(points, 512), WARMUP_MS, heapDefaults, Duration.ofSeconds(20));
      counts[verdict.outcome().ordinal()]++;
    }
    return counts;
  }

  @Test
  void threadLeakFailsWithoutProjectionWhenNoCapacityIsKnown() {
    ResourceSeries series = new SyntheticSeries(2).threads(40, 600);
    ResourceVerdict verdict =
        judge.judge(series, WARMUP_MS, DefaultThresholds.forResource("threads.live", "count"));
    assertThat(verdict.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(verdict.timeToExhaustion()).isNull();
    assertThat(verdict.reason())
        .startsWith("threads.live grows ")
        .contains("bucket medians")
        .contains("above the 10.0/h limit");
  }

  @Test
  void constantCountPassesWithZeroSlopeAndAnEvenPValue() {
    List<Point> points = new ArrayList<>();
    for (long t = 0; t <= 600_000; t += 5_000) {
      points.add(new Point(t, 42));
    }
    ResourceSeries series = new ResourceSeries("threads.live", "count", Double.NaN, points);
    ResourceVerdict verdict =
        judge.judge(series, WARMUP_MS, DefaultThresholds.forResource("threads.live", "count"));
    assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
    assertThat(verdict.trend().slopePerHour()).isZero();
    assertThat(verdict.trend().slopeLowerPerHour()).isZero();
    assertThat(verdict.trend().slopeUpperPerHour()).isZero();
    assertThat(verdict.trend().pValue()).isCloseTo(0.5, within(1e-9));
    assertThat(verdict.reason())
        .isEqualTo(
            "threads.live shows no growth that matters: slope 0/h (95 % CI 0/h to 0/h), p = 0.500"
                + " over 31 bucket medians of 16 s from 97 samples; its one-sided 95 % upper bound"
                + " 0/h is under the 10.0/h limit.");
  }

  @Test
  void nonPositiveAbsoluteLimitIsRejectedWithTheRule() {
    assertThatThrownBy(
            () -> judge.judge(heap(exactLeak(), 1024), WARMUP_MS, new Threshold(0, 0.02, 1e-4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold minSlopePerHour must be positive (got 0.0)");
  }

  @Test
  void significanceLevelOutsideTheOpenUnitIntervalIsRejected() {
    assertThatThrownBy(
            () -> judge.judge(heap(exactLeak(), 1024), WARMUP_MS, new Threshold(1, 0.02, 1.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threshold significanceLevel must lie in (0, 1) (got 1.5)");
  }
}
