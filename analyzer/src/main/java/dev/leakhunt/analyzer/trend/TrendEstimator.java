package dev.leakhunt.analyzer.trend;

/**
 * Fits a {@link Trend} to a reduced series: Theil–Sen slope with Sen's interval (from the
 * Mann–Kendall variance corrected for ties and serial correlation), the slope's significance as a t
 * statistic on the same corrected sample size ({@link SlopeSignificance}), and the latest half of
 * the window ({@link RecentGrowth}).
 */
public final class TrendEstimator {
  /**
   * One-sided coverage of the upper bounds a PASS is decided on: an equivalence test at 5 % uses
   * the 90 % two-sided interval (Schuirmann's TOST), so a resource growing exactly at the limit
   * passes in at most 5 % of runs. The reported interval stays the two-sided one.
   */
  public static final double UPPER_BOUND_LEVEL = 0.95;

  /** Fewest buckets a trend is fitted to. */
  public static final int MIN_BUCKETS = 6;

  private final double confidenceLevel;

  /**
   * @param confidenceLevel coverage of the slope interval, in (0, 1), e.g. 0.95
   */
  public TrendEstimator(double confidenceLevel) {
    if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
      throw new IllegalArgumentException(
          "confidenceLevel must lie in (0, 1) (got " + confidenceLevel + ")");
    }
    this.confidenceLevel = confidenceLevel;
  }

  /**
   * Fits the trend of {@code reduced}, which must hold at least {@value #MIN_BUCKETS} buckets.
   *
   * @param reduced the bucketed window
   * @param windowStartMs start of the judged window, the origin of the intercept
   */
  public TrendFit estimate(ReducedSeries reduced, long windowStartMs) {
    return estimate(reduced, windowStartMs, 0);
  }

  /**
   * Fits the trend of {@code reduced} and reads its rises against a practical limit ({@link
   * RiseHistory#of(ReducedSeries, double)}): climbs slower than the limit do not count as steps.
   *
   * @param reduced the bucketed window, at least {@value #MIN_BUCKETS} buckets
   * @param windowStartMs start of the judged window, the origin of the intercept
   * @param limitPerHour the practical limit, series unit per hour, zero or positive
   */
  public TrendFit estimate(ReducedSeries reduced, long windowStartMs, double limitPerHour) {
    int n = reduced.size();
    if (n < MIN_BUCKETS) {
      throw new IllegalArgumentException(
          "a trend needs at least " + MIN_BUCKETS + " buckets (got " + n + ")");
    }
    double[] hours = reduced.hoursSince(windowStartMs);
    double[] values = reduced.values();
    TheilSen fit = TheilSen.fit(hours, values);
    double slope = fit.slope();
    MannKendall test = MannKendall.test(hours, values, slope);
    double[] interval = fit.interval(test.correctedVarianceOfS(), confidenceLevel);
    RiseHistory rises = RiseHistory.of(reduced, limitPerHour);
    int half = (int) Math.ceil(n * RecentGrowth.RECENT_SHARE);
    RecentGrowth recent = RecentGrowth.of(reduced, windowStartMs, half, UPPER_BOUND_LEVEL);
    RecentGrowth settled =
        rises.bucketsSinceLastRise() > half
            ? RecentGrowth.of(
                reduced, windowStartMs, rises.bucketsSinceLastRise(), UPPER_BOUND_LEVEL)
            : recent;
    double upperBound = fit.interval(test.correctedVarianceOfS(), 2 * UPPER_BOUND_LEVEL - 1)[1];
    double intercept = fit.intercept(hours, values);
    SlopeSignificance significance =
        SlopeSignificance.of(hours, values, slope, intercept, test.serialCorrelationFactor());
    Trend trend =
        new Trend(
            slope,
            interval[0],
            interval[1],
            confidenceLevel,
            intercept,
            windowStartMs,
            reduced.lastInputMs(),
            test.z(),
            significance.pValueOfGrowth(),
            recent.slopePerHour(),
            Math.min(recent.slopeUpperPerHour(), settled.slopeUpperPerHour()),
            n,
            values[n - 1]);
    return new TrendFit(trend, upperBound, test, significance, recent, settled, rises, reduced);
  }
}
