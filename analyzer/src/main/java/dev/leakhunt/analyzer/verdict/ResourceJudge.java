package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.ResourceSeries;
import dev.leakhunt.analyzer.trend.BucketReducer;
import dev.leakhunt.analyzer.trend.BucketStatistic;
import dev.leakhunt.analyzer.trend.ReducedSeries;
import dev.leakhunt.analyzer.trend.Trend;
import dev.leakhunt.analyzer.trend.TrendEstimator;
import dev.leakhunt.analyzer.trend.TrendFit;
import dev.leakhunt.contract.run.Outcome;
import java.time.Duration;

/**
 * Judges one resource over the post-warm-up window with a three-valued rule: PASS and FAIL each
 * need evidence, and what the window cannot decide is INCONCLUSIVE.
 *
 * <p>The rule, in order (see {@link Decision}):
 *
 * <ol>
 *   <li>INCONCLUSIVE when the window holds fewer than {@value #MIN_POINTS} points, spans less than
 *       {@value #MIN_SPAN_SECONDS} s, or fills fewer than {@value #MIN_BUCKETS} time buckets.
 *   <li>The points are reduced to about 30 buckets (memory: bucket minimum, the live-set floor;
 *       counts: bucket median; see {@link BucketStatistic}) and the trend fitted ({@link
 *       TrendEstimator}: Theil–Sen slope with a 95 % Sen interval, Mann–Kendall with tie and
 *       Hamed–Rao serial-correlation corrections, the same over the latest half, and when the floor
 *       rose).
 *   <li>PASS when the slope's upper bound lies under the practical limit (the smaller of the
 *       absolute limit and the fraction of capacity per hour, when a capacity is known); with a
 *       warning when the growth is still significant.
 *   <li>PASS when the latest half's upper bound lies under the limit and the floor has been quiet
 *       for at least 1.5 times the longest pause between its earlier rises: a cache that filled and
 *       stayed flat. A rank test that merely missed significance on the latest half is no evidence
 *       of a plateau, and a staircase is flat between its steps. A rise is a climb of the floor
 *       above its noise and faster than the limit since the previous rise ({@link
 *       dev.leakhunt.analyzer.trend.RiseHistory}), so every step of a staircase that matters counts
 *       and a few KiB kept by a filled cache's JVM do not.
 *   <li>FAIL when p &lt; the significance level, the slope is at or above the limit, the latest
 *       half's upper bound reaches the limit and its own slope at least half of it.
 *   <li>INCONCLUSIVE otherwise, with what was seen and about how much longer the window must be.
 * </ol>
 *
 * <p>What a window cannot decide, by design: a cache cleared every few minutes (a sawtooth) or a
 * swell that drains once per window. Only the troughs of a sawtooth carry a leak, and the live-set
 * probe catches a trough some time after the clear, up to one probe period of refill above the
 * floor: in the accuracy corpus (24 MiB teeth two minutes apart, 20 s probes) the troughs of a
 * clean sawtooth read 6.5 to 10.0 MiB, four of them in an 8-minute window. No bound on the floor's
 * growth tighter than about (4 MiB) / (6 min) = 40 MiB/h follows from that, four times the 10.24
 * MiB/h limit: a 30 MiB/h leak under the same sawtooth raises its troughs by 3 MiB over those 6
 * minutes, less than their clean spread of 3.5 MiB, so a rule that passed these runs could not tell
 * it apart. They stay INCONCLUSIVE until a longer window narrows the slope's interval. A swell
 * caught rising is growth until the window sees it drain.
 *
 * <p>Pure and thread-safe: no I/O, no state between calls; O(n log n) in the number of points.
 */
public final class ResourceJudge {
  /** Fewest points in the judged window for a verdict other than INCONCLUSIVE (one per bucket). */
  public static final int MIN_POINTS = 16;

  /** Shortest judged window for a verdict other than INCONCLUSIVE, seconds. */
  public static final int MIN_SPAN_SECONDS = 60;

  /**
   * Fewest non-empty buckets for a verdict other than INCONCLUSIVE: the latest half then holds 8,
   * enough for its slope interval to mean something, so a sparse series is reported as too sparse
   * rather than judged on a handful of points.
   */
  public static final int MIN_BUCKETS = 16;

  /**
   * Buckets aimed for: 15 in the latest half are enough for its rank test to survive an outlying
   * bucket, and in a 10-minute run a 16 s bucket still spans several young collections.
   */
  public static final int TARGET_BUCKETS = 30;

  private static final double CONFIDENCE_LEVEL = 0.95;

  private final BucketReducer reducer = new BucketReducer(TARGET_BUCKETS);
  private final TrendEstimator estimator = new TrendEstimator(CONFIDENCE_LEVEL);

  /**
   * Judges {@code series} from {@code windowStartMs} on, with buckets no narrower than the
   * sampling.
   *
   * @param series the resource's observations (may include warm-up points; they are ignored)
   * @param windowStartMs first instant of the judged window (end of warm-up), ms since the epoch
   * @param threshold the limits to apply
   */
  public ResourceVerdict judge(ResourceSeries series, long windowStartMs, Threshold threshold) {
    return judge(series, windowStartMs, threshold, Duration.ZERO);
  }

  /**
   * Judges {@code series} with buckets at least {@code minBucketWidth} wide, so that every bucket's
   * minimum can include one observation the caller knows to be exact (e.g. a forced-GC probe).
   *
   * <p>Rarely needed: a probe's full collection also clears the old garbage that the following
   * post-young-GC points would carry, and the default buckets caught leaks with probes every 15 to
   * 60 s as well as with probe-wide buckets (see {@link DefaultThresholds}). A width above 1/16 of
   * the judged window makes the verdict INCONCLUSIVE; e.g. 60 s probe buckets need a window of at
   * least 16 minutes after warm-up.
   *
   * @param series the resource's observations (may include warm-up points; they are ignored)
   * @param windowStartMs first instant of the judged window (end of warm-up), ms since the epoch
   * @param threshold the limits to apply
   * @param minBucketWidth smallest bucket width, zero or positive
   */
  public ResourceVerdict judge(
      ResourceSeries series, long windowStartMs, Threshold threshold, Duration minBucketWidth) {
    requireValid(threshold);
    ReducedSeries reduced =
        reducer.reduce(
            series.points(),
            windowStartMs,
            BucketStatistic.forUnit(series.unit()),
            minBucketWidth.toMillis());
    return judge(series, reduced, windowStartMs, threshold);
  }

  /**
   * Judges a resource whose window was already reduced to buckets (as {@link RunDigest} does while
   * streaming a run of any length): the same rule as above.
   *
   * @param series the resource's id, unit and capacity; its points are not used
   * @param reduced the window reduced to about {@value #TARGET_BUCKETS} buckets
   * @param windowStartMs first instant of the judged window, ms since the epoch
   * @param threshold the limits to apply
   */
  public ResourceVerdict judge(
      ResourceSeries series, ReducedSeries reduced, long windowStartMs, Threshold threshold) {
    requireValid(threshold);
    String missing = missingData(reduced);
    if (missing != null) {
      return ResourceVerdict.builder(series.resource(), series.unit(), series.capacity())
          .outcome(Outcome.INCONCLUSIVE)
          .threshold(threshold)
          .reason(series.resource() + ": " + missing)
          .build();
    }
    PracticalLimit limit = PracticalLimit.of(threshold, series);
    TrendFit fit = estimator.estimate(reduced, windowStartMs, limit.perHour());
    Trend trend = fit.trend();
    Decision decision = Decision.of(fit, limit.perHour(), threshold.significanceLevel());
    boolean significant = trend.pValue() < threshold.significanceLevel();
    Duration timeToExhaustion =
        significant ? Exhaustion.projection(series, trend.lastValue(), trend.slopePerHour()) : null;
    VerdictReason words = new VerdictReason(series, fit, threshold, limit);
    String warning =
        Decision.growsUnderLimit(decision, trend, threshold.significanceLevel())
            ? words.warning(timeToExhaustion)
            : null;
    return ResourceVerdict.builder(series.resource(), series.unit(), series.capacity())
        .outcome(decision.outcome())
        .trend(trend)
        .threshold(threshold)
        .timeToExhaustion(timeToExhaustion)
        .reason(words.sentence(decision, timeToExhaustion))
        .limitPerHour(limit.perHour())
        .warning(warning)
        .moreTimeNeeded(decision.moreTimeNeeded())
        .build();
  }

  private static String missingData(ReducedSeries reduced) {
    if (reduced.inputPointCount() < MIN_POINTS) {
      return "only "
          + reduced.inputPointCount()
          + " samples after warm-up, need at least "
          + MIN_POINTS
          + ": watch longer or sample more often";
    }
    if (reduced.spanMs() < MIN_SPAN_SECONDS * 1000L) {
      return "the judged window spans only "
          + reduced.spanMs() / 1000
          + " s after warm-up, need at least "
          + MIN_SPAN_SECONDS
          + " s: watch longer or shorten the warm-up";
    }
    if (reduced.size() < MIN_BUCKETS) {
      return "the "
          + reduced.inputPointCount()
          + " samples after warm-up fill only "
          + reduced.size()
          + " time buckets of "
          + reduced.bucketWidthMs() / 1000
          + " s, need at least "
          + MIN_BUCKETS
          + ": watch longer or sample (or probe) more often";
    }
    return null;
  }

  private static void requireValid(Threshold threshold) {
    if (!(threshold.minSlopePerHour() > 0)) {
      throw new IllegalArgumentException(
          "threshold minSlopePerHour must be positive (got " + threshold.minSlopePerHour() + ")");
    }
    double alpha = threshold.significanceLevel();
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException(
          "threshold significanceLevel must lie in (0, 1) (got " + alpha + ")");
    }
  }
}
