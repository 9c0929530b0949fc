package dev.leakhunt.analyzer.trend;

/**
 * Reduces a window's points to one value per time bucket as they stream past, in memory bounded by
 * the number of buckets, whatever the number of points or their order: the same buckets, values and
 * timestamps as {@link BucketReducer} gives for the points in a list.
 *
 * <p>Use a {@link BucketPlan} for the width: it needs the window's first and last timestamps and
 * point count, which a first pass over the points collects.
 */
public final class BucketAccumulator {
  private final long firstMs;
  private final long lastMs;
  private final long widthMs;
  private final BucketStatistic statistic;
  private final long[] counts;
  private final double[] lowest;
  private final long[] lowestAtMs;
  private final long[] earliestMs;
  private final long[] latestMs;
  private final MedianAccumulator[] medians;
  private int inputPointCount;

  /**
   * @param firstMs the window's first point's timestamp, ms since the epoch
   * @param lastMs the window's last point's timestamp
   * @param widthMs bucket width, ms, positive
   */
  public BucketAccumulator(long firstMs, long lastMs, long widthMs, BucketStatistic statistic) {
    this.firstMs = firstMs;
    this.lastMs = lastMs;
    this.widthMs = widthMs;
    this.statistic = statistic;
    int buckets = (int) Math.max(0, (lastMs - firstMs) / widthMs + 1);
    counts = new long[buckets];
    earliestMs = new long[buckets];
    latestMs = new long[buckets];
    if (statistic == BucketStatistic.MINIMUM) {
      lowest = new double[buckets];
      lowestAtMs = new long[buckets];
      medians = null;
    } else {
      lowest = null;
      lowestAtMs = null;
      medians = new MedianAccumulator[buckets];
    }
  }

  /** Adds a point; points outside the window or not finite are ignored, as the reducer does. */
  public void add(long timestampMs, double value) {
    if (timestampMs < firstMs || timestampMs > lastMs || !Double.isFinite(value)) {
      return;
    }
    int bucket = (int) ((timestampMs - firstMs) / widthMs);
    inputPointCount++;
    if (counts[bucket]++ == 0) {
      earliestMs[bucket] = timestampMs;
      latestMs[bucket] = timestampMs;
      if (statistic == BucketStatistic.MINIMUM) {
        lowest[bucket] = value;
        lowestAtMs[bucket] = timestampMs;
      } else {
        medians[bucket] = new MedianAccumulator();
        medians[bucket].add(value);
      }
      return;
    }
    earliestMs[bucket] = Math.min(earliestMs[bucket], timestampMs);
    latestMs[bucket] = Math.max(latestMs[bucket], timestampMs);
    if (statistic == BucketStatistic.MINIMUM) {
      // The earliest of equal minima, as a stable sort by time followed by a first-lowest scan.
      if (value < lowest[bucket] || (value == lowest[bucket] && timestampMs < lowestAtMs[bucket])) {
        lowest[bucket] = value;
        lowestAtMs[bucket] = timestampMs;
      }
    } else {
      medians[bucket].add(value);
    }
  }

  /** The reduced series of the points added, oldest bucket first. */
  public ReducedSeries reduced() {
    int filled = 0;
    for (long count : counts) {
      if (count > 0) {
        filled++;
      }
    }
    long[] times = new long[filled];
    double[] values = new double[filled];
    int slot = 0;
    for (int bucket = 0; bucket < counts.length; bucket++) {
      if (counts[bucket] == 0) {
        continue;
      }
      if (statistic == BucketStatistic.MINIMUM) {
        times[slot] = lowestAtMs[bucket];
        values[slot] = lowest[bucket];
      } else {
        times[slot] = (earliestMs[bucket] + latestMs[bucket]) / 2;
        values[slot] = medians[bucket].median();
      }
      slot++;
    }
    return new ReducedSeries(times, values, widthMs, inputPointCount, firstMs, lastMs, statistic);
  }
}
