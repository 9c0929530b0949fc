package dev.leakhunt.analyzer.trend;

/**
 * Fits a {@link Trend} to a reduced series: Theil–Sen slope with Sen's interval, Mann–Kendall
 * significance corrected for ties and serial correlation, and the slope of the latest part alone.
 */
public final class TrendEstimator {
  private final double confidenceLevel;
  private final double recentFraction;
  private final int minRecentBuckets;

  /**
   * @param confidenceLevel coverage of the slope interval, in (0, 1), e.g. 0.95
   * @param recentFraction share of the buckets, counted from the end, whose own slope tells a
   *     plateau from persisting growth, in (0, 1], e.g. 1/3
   * @param minRecentBuckets least number of buckets that recent slope is fitted to
   */
  public TrendEstimator(double confidenceLevel, double recentFraction, int minRecentBuckets) {
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException(
          "confidenceLevel must lie in (0, 1) (got " + confidenceLevel + ")");
    }
    if (!(recentFraction > 0 && recentFraction <= 1)) {
      throw new IllegalArgumentException(
          "recentFraction must lie in (0, 1] (got " + recentFraction + ")");
    }
    this.confidenceLevel = confidenceLevel;
    this.recentFraction = recentFraction;
    this.minRecentBuckets = minRecentBuckets;
  }

  /**
   * Fits the trend of {@code reduced}, which must hold at least 3 buckets.
   *
   * @param reduced the bucketed window
   * @param windowStartMs start of the judged window, the origin of the intercept
   */
  public Trend estimate(ReducedSeries reduced, long windowStartMs) {
    int n = reduced.size();
    if (n < 3) {
      throw new IllegalArgumentException("a trend needs at least 3 buckets (got " + n + ")");
    }
    double[] hours = reduced.hoursSince(windowStartMs);
    double[] values = reduced.values();
    TheilSen fit = TheilSen.fit(hours, values);
    double slope = fit.slope();
    MannKendall test = MannKendall.test(hours, values, slope);
    double[] interval = fit.interval(test.correctedVarianceOfS(), confidenceLevel);

    int recentCount = Math.min(n, Math.max(minRecentBuckets, (int) Math.ceil(n * recentFraction)));
    ReducedSeries recent = reduced.tail(recentCount);
    double recentSlope = TheilSen.fit(recent.hoursSince(windowStartMs), recent.values()).slope();

    return new Trend(
        slope,
        interval[0],
        interval[1],
        confidenceLevel,
        fit.intercept(hours, values),
        windowStartMs,
        reduced.lastInputMs(),
        test.z(),
        test.pValueOfGrowth(),
        recentSlope,
        n,
        values[n - 1]);
  }
}
