package dev.leakhunt.analyzer.trend;

import dev.leakhunt.analyzer.series.Point;
import java.util.Arrays;
import java.util.Comparator;
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
    if (!isSorted(window)) {
      Arrays.sort(window, Comparator.comparingLong(Point::timestampMs));
    }
    if (window.length == 0) {
      return new ReducedSeries(
          new long[0], new double[0], 0, 0, windowStartMs, windowStartMs, statistic);
    }
    long firstMs = window[0].timestampMs();
    long spanMs = window[window.length - 1].timestampMs() - firstMs;
    long widthMs =
        Math.max(
            1,
            Math.max(
                ceilDiv(spanMs, targetBuckets),
                Math.max(medianIntervalMs(window), minBucketWidthMs)));
    int maxBuckets = (int) (spanMs / widthMs) + 1;
    long[] times = new long[maxBuckets];
    double[] values = new double[maxBuckets];
    int buckets = 0;
    int from = 0;
    while (from < window.length) {
      long bucketIndex = (window[from].timestampMs() - firstMs) / widthMs;
      int to = from;
      while (to < window.length && (window[to].timestampMs() - firstMs) / widthMs == bucketIndex) {
        to++;
      }
      summarise(window, from, to, statistic, times, values, buckets);
      buckets++;
      from = to;
    }
    return new ReducedSeries(
        Arrays.copyOf(times, buckets),
        Arrays.copyOf(values, buckets),
        widthMs,
        window.length,
        firstMs,
        window[window.length - 1].timestampMs(),
        statistic);
  }

  private static void summarise(
      Point[] window,
      int from,
      int to,
      BucketStatistic statistic,
      long[] times,
      double[] values,
      int slot) {
    if (statistic == BucketStatistic.MINIMUM) {
      int lowest = from;
      for (int i = from + 1; i < to; i++) {
        if (window[i].value() < window[lowest].value()) {
          lowest = i;
        }
      }
      times[slot] = window[lowest].timestampMs();
      values[slot] = window[lowest].value();
      return;
    }
    double[] bucket = new double[to - from];
    for (int i = from; i < to; i++) {
      bucket[i - from] = window[i].value();
    }
    Arrays.sort(bucket);
    int mid = bucket.length / 2;
    values[slot] = bucket.length % 2 == 1 ? bucket[mid] : (bucket[mid - 1] + bucket[mid]) / 2;
    times[slot] = (window[from].timestampMs() + window[to - 1].timestampMs()) / 2;
  }

  private static long medianIntervalMs(Point[] window) {
    if (window.length < 2) {
      return 0;
    }
    long[] intervals = new long[window.length - 1];
    for (int i = 1; i < window.length; i++) {
      intervals[i - 1] = window[i].timestampMs() - window[i - 1].timestampMs();
    }
    Arrays.sort(intervals);
    return intervals[intervals.length / 2];
  }

  private static boolean isSorted(Point[] window) {
    for (int i = 1; i < window.length; i++) {
      if (window[i].timestampMs() < window[i - 1].timestampMs()) {
        return false;
      }
    }
    return true;
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
