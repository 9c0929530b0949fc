package dev.leakhunt.analyzer.trend;

import java.util.Arrays;

/**
 * The bucket width {@link BucketReducer} uses for a window, from what one pass over its points can
 * collect: the largest of the window's span divided by the target bucket count, the median interval
 * between samples, and the caller's minimum.
 *
 * <p>The median interval only matters for sparse windows: if it exceeds span/30, at least half the
 * n-1 intervals do, so their sum (the span) exceeds (n-1)/2 * span/30, which needs n &lt; 61. A
 * window of more than {@value #TIMESTAMPS_KEPT} points therefore never needs its intervals, and a
 * pass keeps at most that many timestamps per resource.
 */
public final class BucketPlan {
  /** Timestamps a first pass keeps per window; beyond, the median interval cannot widen buckets. */
  public static final int TIMESTAMPS_KEPT = 64;

  private BucketPlan() {}

  /**
   * The bucket width, ms, at least 1.
   *
   * @param firstMs the window's first point's timestamp
   * @param lastMs the window's last point's timestamp
   * @param pointCount how many points the window holds
   * @param timestampsMs the window's timestamps in any order when {@code pointCount} is at most
   *     {@value #TIMESTAMPS_KEPT}, else ignored (may be null)
   * @param targetBuckets how many buckets to aim for
   * @param minWidthMs smallest acceptable width, ms (0 for none)
   */
  public static long widthMs(
      long firstMs,
      long lastMs,
      long pointCount,
      long[] timestampsMs,
      int targetBuckets,
      long minWidthMs) {
    long spanMs = lastMs - firstMs;
    long medianIntervalMs = 0;
    if (pointCount <= TIMESTAMPS_KEPT && timestampsMs != null && timestampsMs.length >= 2) {
      long[] sorted = timestampsMs.clone();
      Arrays.sort(sorted);
      long[] intervals = new long[sorted.length - 1];
      for (int i = 1; i < sorted.length; i++) {
        intervals[i - 1] = sorted[i] - sorted[i - 1];
      }
      Arrays.sort(intervals);
      medianIntervalMs = intervals[intervals.length / 2];
    }
    return Math.max(
        1,
        Math.max(
            (spanMs + targetBuckets - 1) / targetBuckets, Math.max(medianIntervalMs, minWidthMs)));
  }
}
