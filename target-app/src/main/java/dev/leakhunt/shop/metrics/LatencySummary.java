package dev.leakhunt.shop.metrics;

import org.HdrHistogram.Histogram;

/**
 * Percentiles of one histogram, frozen so MBean reads are consistent with each other.
 *
 * @param p50Micros median, microseconds
 * @param p99Micros 99th percentile, microseconds
 * @param p999Micros 99.9th percentile, microseconds
 * @param maxMicros highest value, microseconds
 * @param count number of values
 */
record LatencySummary(long p50Micros, long p99Micros, long p999Micros, long maxMicros, long count) {
  static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0);

  static LatencySummary of(Histogram histogram) {
    if (histogram.getTotalCount() == 0) {
      return EMPTY;
    }
    return new LatencySummary(
        histogram.getValueAtPercentile(50),
        histogram.getValueAtPercentile(99),
        histogram.getValueAtPercentile(99.9),
        histogram.getMaxValue(),
        histogram.getTotalCount());
  }
}
