package dev.leakhunt.analyzer.trend;

import java.util.Arrays;

/**
 * The median of a sample with its distribution-free 95 % confidence interval from order statistics
 * (the binomial interval of the median, normal approximation: ranks {@code n/2 ± 1.96·√n/2}). It
 * assumes independent values, which per-interval latency percentiles of separate intervals roughly
 * are; below 6 values the interval is the whole range.
 *
 * @param median the sample median
 * @param lower lower end of the 95 % interval
 * @param upper upper end of the 95 % interval
 * @param count number of values
 */
public record MedianInterval(double median, double lower, double upper, int count) {
  private static final double Z_95 = 1.959964;

  /** The median and interval of {@code values}; NaN figures when there are none. */
  public static MedianInterval of(double[] values) {
    int n = values.length;
    if (n == 0) {
      return new MedianInterval(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    if (n < 6) {
      return new MedianInterval(median, sorted[0], sorted[n - 1], n);
    }
    double halfWidth = Z_95 * Math.sqrt(n) / 2.0;
    int lowerRank = (int) Math.floor(n / 2.0 - halfWidth); // 1-based rank
    int upperRank = (int) Math.ceil(n / 2.0 + halfWidth) + 1;
    lowerRank = Math.max(1, lowerRank);
    upperRank = Math.min(n, upperRank);
    return new MedianInterval(median, sorted[lowerRank - 1], sorted[upperRank - 1], n);
  }
}
