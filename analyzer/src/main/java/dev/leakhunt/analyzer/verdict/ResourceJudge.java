package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.ResourceSeries;
import dev.leakhunt.analyzer.trend.BucketReducer;
import dev.leakhunt.analyzer.trend.BucketStatistic;
import dev.leakhunt.analyzer.trend.ReducedSeries;
import dev.leakhunt.analyzer.trend.Trend;
import dev.leakhunt.analyzer.trend.TrendEstimator;
import dev.leakhunt.analyzer.trend.TrendFit;
import java.time.Duration;

/**
 * Judges one resource over the post-warm-up window: FAIL only when its growth is significant, big
 * enough to matter, and still there in the latest half of the window.
 *
 * <p>The rule, in order:
 *
 * <ol>
 *   <li>INCONCLUSIVE when the window holds fewer than {@value #MIN_POINTS} points, spans less than
 *       {@value #MIN_SPAN_SECONDS} s, or fills fewer than {@value #MIN_BUCKETS} time buckets.
 *   <li>The points are reduced to about 30 buckets (memory: bucket minimum, the live-set floor;
 *       counts: bucket median; see {@link BucketStatistic}) and the trend fitted ({@link
 *       TrendEstimator}: Theil–Sen slope with a 95 % Sen interval, Mann–Kendall with tie and
 *       Hamed–Rao serial-correlation corrections).
 *   <li>FAIL when all three hold: p &lt; the threshold's significance level; slope &gt;= the
 *       practical limit (the smaller of the absolute limit and the fraction of capacity per hour,
 *       when a capacity is known); the latest half of the buckets grows on its own (Mann–Kendall p
 *       &lt; {@value #PERSISTENCE_SIGNIFICANCE_LEVEL}, Theil–Sen slope &gt;= half that limit; see
 *       {@link dev.leakhunt.analyzer.trend.RecentGrowth}). The last condition is what lets a cache
 *       that filled and then stayed flat pass.
 *   <li>PASS otherwise, with the reason naming the condition that was not met.
 * </ol>
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
   * the fewest with which its Mann–Kendall test can reach p &lt; {@value
   * #PERSISTENCE_SIGNIFICANCE_LEVEL} at all (7 perfectly rising buckets give p = 0.0013), so a
   * sparse series is reported as too sparse rather than passed as a plateau.
   */
  public static final int MIN_BUCKETS = 16;

  /**
   * Buckets aimed for: 15 in the latest half are enough for its rank test to survive an outlying
   * bucket, and in a 10-minute run a 16 s bucket still spans several young collections.
   */
  public static final int TARGET_BUCKETS = 30;

  /** Share of the practical limit the slope of the latest half must reach for a FAIL. */
  public static final double PERSISTENCE_SHARE = 0.5;

  /** Largest p-value accepted for growth within the latest half of the window. */
  public static final double PERSISTENCE_SIGNIFICANCE_LEVEL = 0.001;

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
      return new ResourceVerdict(
          series.resource(),
          series.unit(),
          series.capacity(),
          Outcome.INCONCLUSIVE,
          null,
          threshold,
          null,
          series.resource() + ": " + missing);
    }
    TrendFit fit = estimator.estimate(reduced, windowStartMs);
    Trend trend = fit.trend();
    PracticalLimit limit = PracticalLimit.of(threshold, series);
    boolean significant = trend.pValue() < threshold.significanceLevel();
    boolean bigEnough = trend.slopePerHour() >= limit.perHour();
    boolean persistent =
        trend.recentSlopePerHour() >= PERSISTENCE_SHARE * limit.perHour()
            && fit.recentGrowth().pValue() < PERSISTENCE_SIGNIFICANCE_LEVEL;
    Outcome outcome = significant && bigEnough && persistent ? Outcome.FAIL : Outcome.PASS;
    Duration timeToExhaustion =
        significant ? Exhaustion.projection(series, trend.lastValue(), trend.slopePerHour()) : null;
    String reason =
        new VerdictReason(series, fit, threshold, limit)
            .sentence(significant, bigEnough, persistent, timeToExhaustion);
    return new ResourceVerdict(
        series.resource(),
        series.unit(),
        series.capacity(),
        outcome,
        trend,
        threshold,
        timeToExhaustion,
        reason);
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
