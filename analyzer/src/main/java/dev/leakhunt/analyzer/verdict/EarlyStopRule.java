package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.trend.BucketStatistic;
import dev.leakhunt.analyzer.trend.Curvature;
import dev.leakhunt.analyzer.trend.RecentGrowth;
import dev.leakhunt.analyzer.trend.ReducedSeries;
import dev.leakhunt.analyzer.trend.SlopeBounds;
import dev.leakhunt.analyzer.trend.SlopeConfidenceSequence;
import dev.leakhunt.analyzer.trend.TrendEstimator;
import java.util.Arrays;
import java.util.TreeMap;

/**
 * Decides, while a run goes on, whether one resource already certainly grows above its practical
 * limit, so the run can end as FAIL without waiting for its planned end and without the inflated
 * false alarms of a p-value read every minute.
 *
 * <p>The points after warm-up are reduced, as they arrive, to fixed-width bucket minima (the probe
 * period for the heap, so every bucket holds one exact live-set measurement and neighbouring
 * buckets share little noise). Each closed bucket goes into a {@link SlopeConfidenceSequence} at
 * {@value #CONFIDENCE_LEVEL} coverage; the run fails early once, at a closed bucket:
 *
 * <ol>
 *   <li>at least {@value #MIN_BUCKETS} buckets spanning at least {@value #MIN_SPAN_MS} ms after
 *       warm-up are in (the full judge's minimum span);
 *   <li>the sequence's lower bound lies above the practical limit: valid at any stopping time, so
 *       this alone keeps the chance of ever failing a resource that grows no faster than its limit
 *       under 1 % when the buckets' noise is independent;
 *   <li>and the growth goes on in the latest half of the buckets, as the full judge requires (slope
 *       at least half the limit, Mann–Kendall p &lt; 0.05 there): the sequence assumes a straight
 *       line, and a cache that filled fast and then stopped is not a leak;
 *   <li>and a straight line describes the buckets: no significant curvature (see {@link
 *       #describedByALine}).
 * </ol>
 *
 * <p>Extra conditions can only lower the false-alarm rate; they can delay or prevent a stop (a leak
 * that starts after warm-up is left to the full judge at the run's end).
 *
 * <p>Assumption and its limit: bucket noise independent after the sequence's pre-whitening, with a
 * correlation never taken below {@link #ASSUMED_CORRELATION} per {@value
 * #ASSUMED_CORRELATION_STEP_MS} ms until the data reject it. A live set that wanders for minutes
 * (AR(1) noise with a correlation time beyond that) or a cache still filling faster than the limit
 * minutes after warm-up can still end a run early; {@code bench/early-stop.sh} measures both (see
 * {@code bench/README.md}).
 *
 * <p>Not thread-safe; memory O(buckets).
 */
public final class EarlyStopRule {
  /** Coverage of the confidence sequence at every bucket at once. */
  public static final double CONFIDENCE_LEVEL = 0.99;

  /** Fewest closed buckets before an early decision. */
  public static final int MIN_BUCKETS = 8;

  /**
   * How long after a bucket's end its late points are still taken, as a multiple of the sampling
   * interval: a collection is read at the poll after it, stamped with its own time.
   */
  public static final int LATENESS_INTERVALS = 2;

  /**
   * Two-sided level at which a quadratic term shows that a line does not describe the buckets:
   * strict, since a leak held by a chance curvature waits, while a true curve stays significant.
   */
  static final double CURVATURE_SIGNIFICANCE = 0.001;

  /** Shortest judged span before an early decision, ms: the full judge's minimum. */
  public static final long MIN_SPAN_MS = ResourceJudge.MIN_SPAN_SECONDS * 1000L;

  /**
   * Where the sequence is tuned to be tightest, ms after warm-up. A fast leak (300 MiB/h) should
   * end a default run within 3 minutes of warm-up: with 20 s buckets closed two sampling intervals
   * late that is the 8th bucket, the first look. A scale-free 99 % bound over 7 whitened buckets is
   * finite only when the mixture's precision is small enough (Sxx above about 6 times it), i.e.
   * tuned to about 6 buckets; tuned to 12 (240 s, measured before) the first finite bound came at
   * the 9th or 10th bucket, 3.2-3.3 minutes after warm-up on the corpus. The price later is small:
   * the bound's multiple of the standard error at 24-30 buckets grows from about 4.4 to 4.7.
   */
  static final long TIGHTEST_AFTER_MS = 120_000;

  /**
   * The correlation the rule's claim covers (AR(1) noise correlated up to 0.9 between samples
   * {@value #ASSUMED_CORRELATION_STEP_MS} ms apart, the default sampling interval: a correlation
   * time of about 47 s), assumed until the data reject it; between buckets of width w it is {@code
   * 0.9^(w / 5 s)}, 0.66 for 20 s buckets. See {@link SlopeConfidenceSequence}: over the first
   * buckets the data cannot tell such noise from white noise.
   */
  static final double ASSUMED_CORRELATION = 0.9;

  /** The step {@link #ASSUMED_CORRELATION} is stated for, ms. */
  static final long ASSUMED_CORRELATION_STEP_MS = 5_000;

  private final String resource;
  private final String unit;
  private final long windowStartMs;
  private final long bucketWidthMs;
  private final Threshold threshold;
  private final SlopeConfidenceSequence sequence;
  private double capacity = Double.NaN;
  private long[] bucketTimesMs = new long[64];
  private double[] bucketValues = new double[64];
  private int closed;
  private final long latenessMs;
  private final TreeMap<Long, Point> openMinima = new TreeMap<>();
  private long lastClosedIndex = -1;
  private EarlyFail decision;
  private boolean decides = true;

  /**
   * @param resource the resource id
   * @param unit {@code bytes} or {@code count}
   * @param windowStartMs end of warm-up, ms since the epoch; earlier points are ignored
   * @param bucketWidthMs bucket width, ms (the probe period for the heap)
   * @param latenessMs how long after a bucket's end its late points are still taken, ms (e.g. two
   *     sampling intervals: collections are read at the next poll)
   * @param threshold the limits the resource is judged by
   */
  public EarlyStopRule(
      String resource,
      String unit,
      long windowStartMs,
      long bucketWidthMs,
      long latenessMs,
      Threshold threshold) {
    if (bucketWidthMs <= 0) {
      throw new IllegalArgumentException(
          "bucketWidthMs must be positive (got " + bucketWidthMs + ")");
    }
    this.resource = resource;
    this.unit = unit;
    this.windowStartMs = windowStartMs;
    this.bucketWidthMs = bucketWidthMs;
    this.latenessMs = Math.max(0, latenessMs);
    this.threshold = threshold;
    this.sequence =
        SlopeConfidenceSequence.tightestAfter(
            CONFIDENCE_LEVEL,
            bucketWidthMs,
            TIGHTEST_AFTER_MS,
            Math.min(
                SlopeConfidenceSequence.MAX_CORRELATION,
                Math.pow(
                    ASSUMED_CORRELATION, (double) bucketWidthMs / ASSUMED_CORRELATION_STEP_MS)));
  }

  /**
   * A rule that only bounds the slope and never decides: for reading the bounds at a run's end (or
   * on a progress line), where a decision would freeze them at the bucket it was taken, and where
   * the decision's per-bucket recent-growth test would cost time quadratic in the buckets.
   *
   * @param threshold the limits the resource is judged by, or null when {@link #limitPerHour} is
   *     not asked
   */
  public static EarlyStopRule boundsOnly(
      String resource,
      String unit,
      long windowStartMs,
      long bucketWidthMs,
      long latenessMs,
      Threshold threshold) {
    EarlyStopRule rule =
        new EarlyStopRule(resource, unit, windowStartMs, bucketWidthMs, latenessMs, threshold);
    rule.decides = false;
    return rule;
  }

  /** Sets the resource's capacity (e.g. the max heap), which may lower the practical limit. */
  public void capacity(double value) {
    capacity = value;
  }

  /** The practical limit applied now, unit per hour. */
  public double limitPerHour() {
    return PracticalLimit.of(threshold, capacity).perHour();
  }

  /**
   * Takes one observation, in arrival order. A bucket is closed once a point at least {@code
   * latenessMs} past its end arrives, so points that arrive out of order (a collection reported at
   * the next poll, stamped with its own earlier time) still count; a point for a bucket already
   * closed is ignored.
   *
   * @return the early FAIL once it is decided (then on every later call), else null
   */
  public EarlyFail offer(long timestampMs, double value) {
    if (decision != null || timestampMs < windowStartMs || !Double.isFinite(value)) {
      return decision;
    }
    long index = (timestampMs - windowStartMs) / bucketWidthMs;
    if (index <= lastClosedIndex) {
      return null;
    }
    openMinima.merge(index, new Point(timestampMs, value), (a, b) -> b.value() < a.value() ? b : a);
    while (decision == null
        && !openMinima.isEmpty()
        && timestampMs >= bucketEndMs(openMinima.firstKey()) + latenessMs) {
      var oldest = openMinima.pollFirstEntry();
      lastClosedIndex = oldest.getKey();
      close(oldest.getKey(), oldest.getValue(), timestampMs);
    }
    return decision;
  }

  /** The sequence's bounds over the buckets closed so far. */
  public SlopeBounds bounds() {
    return sequence.bounds();
  }

  /** The early FAIL, or null while undecided. */
  public EarlyFail decision() {
    return decision;
  }

  private long bucketEndMs(long index) {
    return windowStartMs + (index + 1) * bucketWidthMs;
  }

  /**
   * A bucket's minimum is placed at the time it was observed, not at the bucket's centre: probes
   * drift against the bucket grid by the sampling delays, and on a fast leak a drifting offset is a
   * slowly wandering error (measured on the corpus: it tripled the correlation factor). The times
   * are the sampler's schedule, not chosen by the values, except which point of a bucket is lowest.
   */
  private void close(long index, Point minimumPoint, long nowMs) {
    long centreMs = minimumPoint.timestampMs();
    double minimum = minimumPoint.value();
    if (closed == bucketValues.length) {
      bucketTimesMs = Arrays.copyOf(bucketTimesMs, closed * 2);
      bucketValues = Arrays.copyOf(bucketValues, closed * 2);
    }
    bucketTimesMs[closed] = centreMs;
    bucketValues[closed] = minimum;
    closed++;
    sequence.add((centreMs - windowStartMs) / 3_600_000.0, minimum);
    long spanMs = (index + 1) * bucketWidthMs;
    if (!decides || closed < MIN_BUCKETS || spanMs < MIN_SPAN_MS) {
      return;
    }
    SlopeBounds bounds = sequence.bounds();
    double limit = limitPerHour();
    if (bounds.lowerPerHour() > limit && describedByALine(limit) && growsLately(limit)) {
      decision = new EarlyFail(resource, unit, nowMs, bounds, limit);
    }
  }

  /**
   * Whether a straight line describes the buckets well enough to trust the sequence: no quadratic
   * term significant at {@value #CURVATURE_SIGNIFICANCE} ({@link Curvature}), or, if there is one,
   * the curve still grows at least at the limit at both ends of the window. The sequence assumes a
   * line; pre-whitened with a high correlation it reads the rising part of a curve as slope. Found
   * on the accuracy corpus: a clean daily cycle (80 MiB swings every 8 minutes) stopped 4.5 minutes
   * after warm-up without a check. The check used before (the residuals' lag-1 correlation estimate
   * at its cap of 0.9) held that cycle too, but over 8-13 buckets the estimate, raised by a
   * standard error, is at its cap for residuals correlated only 0.45: it held a 300 MiB/h leak
   * recorded later (seed 3) until 5.1 minutes after warm-up. The lack-of-fit statistic is 50-2,400
   * for the cycle, a cache filling then flat and a leak starting after warm-up, 0-15 for every
   * linear, stepped or bursty leak of the corpus. The slope condition lets a curved leak through (a
   * leak that starts after warm-up, once the curve grows above the limit from the window's start; a
   * slightly bending leak in a long run, whose tiny noise makes any bend significant) while the
   * cycle's falling part and the flat cache's end still hold it.
   */
  private boolean describedByALine(double limit) {
    double[] hours = new double[closed];
    for (int i = 0; i < closed; i++) {
      hours[i] = (bucketTimesMs[i] - windowStartMs) / 3_600_000.0;
    }
    Curvature curve = Curvature.of(hours, Arrays.copyOf(bucketValues, closed));
    return !curve.significant(CURVATURE_SIGNIFICANCE)
        || Math.min(curve.slopeAtStart(), curve.slopeAtEnd()) >= limit;
  }

  private boolean growsLately(double limit) {
    ReducedSeries buckets =
        new ReducedSeries(
            Arrays.copyOf(bucketTimesMs, closed),
            Arrays.copyOf(bucketValues, closed),
            bucketWidthMs,
            closed,
            bucketTimesMs[0],
            bucketTimesMs[closed - 1],
            BucketStatistic.MINIMUM);
    int half = (int) Math.ceil(closed * RecentGrowth.RECENT_SHARE);
    RecentGrowth recent =
        RecentGrowth.of(buckets, windowStartMs, half, TrendEstimator.UPPER_BOUND_LEVEL);
    return recent.slopePerHour() >= Decision.PERSISTENCE_SHARE * limit
        && recent.pValue() < Decision.RECENT_SIGNIFICANCE_LEVEL;
  }
}
