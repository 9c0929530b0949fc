package dev.leakhunt.analyzer.trend;

import dev.leakhunt.analyzer.series.Point;
import java.util.List;

/**
 * Reduces the raw points of a window to one value per time bucket, in O(n log n).
 *
 * <p>The bucket width is the largest of: the window's span divided by the target bucket count, the
 * median interval between samples (a bucket is never shorter than the sampling), and the caller's
 * minimum (e.g. the forced-GC probe period, so every bucket of a heap series holds one exact live
 * set measurement). A 10-minute window therefore gives about {@code targetBuckets} buckets whatever
 * the sampling rate, and an 8-hour window at 10 Hz costs one pass plus one sort of the intervals.
 */
public final class BucketReducer {
  private final int targetBuckets;

  /**
   * @param targetBuckets how many buckets to aim for when the sampling is fine enough, at least 2
   */
  public BucketReducer(int targetBuckets) {
    if (targetBuckets < 2) {
      throw new IllegalArgumentException(
          "targetBuckets must be at least 2 (got " + targetBuckets + ")");
    }
    this.targetBuckets = targetBuckets;
  }

  /**
   * Reduces the finite-valued points at or after {@code windowStartMs}.
   *
   * @param points observations, ideally in time order (sorted here if not)
   * @param windowStartMs first instant of the judged window, ms since the epoch
   * @param statistic how to summarise a bucket
   * @param minBucketWidthMs smallest acceptable bucket width, ms (0 for none)
   * @return the reduced series; empty when no point lies in the window
   */
  public ReducedSeries reduce(
      List<Point> points, long windowStartMs, BucketStatistic statistic, long minBucketWidthMs) {
    Point[] window =
        points.stream()
            .filter(p -> p.timestampMs() >= windowStartMs && Double.isFinite(p.value()))
            .toArray(Point[]::new);
    if (window.length == 0) {
      return new ReducedSeries(
          new long[0], new double[0], 0, 0, windowStartMs, windowStartMs, statistic);
    }
    long firstMs = Long.MAX_VALUE;
    long lastMs = Long.MIN_VALUE;
    long[] timestamps = new long[Math.min(window.length, BucketPlan.TIMESTAMPS_KEPT)];
    for (int i = 0; i < window.length; i++) {
      firstMs = Math.min(firstMs, window[i].timestampMs());
      lastMs = Math.max(lastMs, window[i].timestampMs());
      if (i < timestamps.length) {
        timestamps[i] = window[i].timestampMs();
      }
    }
    long widthMs =
        BucketPlan.widthMs(
            firstMs, lastMs, window.length, timestamps, targetBuckets, minBucketWidthMs);
    BucketAccumulator buckets = new BucketAccumulator(firstMs, lastMs, widthMs, statistic);
    for (Point point : window) {
      buckets.add(point.timestampMs(), point.value());
    }
    return buckets.reduced();
  }

  /** The target bucket count this reducer aims for. */
  public int targetBuckets() {
    return targetBuckets;
  }
}
