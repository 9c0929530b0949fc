package dev.leakhunt.analyzer.verdict;

import static dev.leakhunt.analyzer.verdict.SyntheticSeries.MIB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.series.ResourceSeries;
import dev.leakhunt.analyzer.trend.Trend;
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
        .contains("and still growing 60.0 MiB/h over the latest half")
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
    assertThat(verdict.reason()).startsWith("heap.live shows no significant growth: slope ");
    assertThat(verdict.timeToExhaustion()).isNull();
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
        .contains("but under the 5.12 MiB/h limit (2.00 % of the 256 MiB capacity per hour)")
        .contains("; at this rate the heap is full in 1 d ");
    // (256 - ~132) MiB at 4 MiB/h: about 31 h
    assertThat(verdict.timeToExhaustion().toHours()).isBetween(30L, 32L);
  }

  @Test
  void plateauingCachePassesAndSaysItLevelledOff() {
    // Seed 7 of a noisy cache (8 MiB live-set noise) that fills at 600 MiB/h for the first half of
    // the judged window: significant over the whole window, flat in the latest half.
    ResourceSeries series = new SyntheticSeries(7).plateau(600, WARMUP_MS + 240_000, 8);
    ResourceVerdict verdict = judge.judge(series, WARMUP_MS, heapDefaults);
    assertThat(verdict.outcome()).isEqualTo(Outcome.PASS);
    assertThat(verdict.trend().pValue()).isLessThan(1e-4);
    assertThat(verdict.trend().slopePerHour() / MIB).isGreaterThan(16);
    assertThat(verdict.reason())
        .contains(", but levelled off: over the latest half the slope is ")
        .endsWith(
            " (growth there needs p < 0.001 and at least 8.00 MiB/h): a plateau, not a leak.");
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
            "threads.live shows no significant growth: slope 0/h (95 % CI 0/h to 0/h), p = 0.500"
                + " (a leak needs p < 0.0001) over 31 bucket medians of 16 s from 97 samples.");
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
