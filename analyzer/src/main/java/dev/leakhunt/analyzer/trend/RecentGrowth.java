package dev.leakhunt.analyzer.trend;

/**
 * How the series grew over the latest half of the window: the Theil–Sen slope with its interval and
 * the Mann–Kendall test (ties and serial correlation corrected).
 *
 * <p>A plateau is concluded from the interval's upper bound, never from the test: only when the
 * latest half's growth is shown to be small (its upper bound under the practical limit). A rank
 * test that merely fails to reach significance on 12-15 buckets holding one or two steps of a
 * staircase is no evidence of a plateau; the judge uses the test only, loosely, to confirm a FAIL.
 *
 * <p>Why the latest half rather than the latest third: in a 10-minute run a third is about ten
 * buckets over less than three minutes, and a leak in steps two minutes apart may put no step at
 * all in it. The price: a cache must be full by the middle of the judged window to be told from a
 * leak.
 *
 * @param slopePerHour Theil–Sen slope of the latest half, series unit per hour
 * @param slopeUpperPerHour one-sided upper confidence bound of that slope, unit per hour
 * @param pValue one-sided Mann–Kendall p-value of growth within the latest half
 * @param bucketCount how many buckets the latest half holds
 */
public record RecentGrowth(
    double slopePerHour, double slopeUpperPerHour, double pValue, int bucketCount) {

  /** Share of the buckets, counted from the end, that make up the recent part. */
  public static final double RECENT_SHARE = 0.5;

  /**
   * Fits the latest {@code count} buckets of {@code reduced} (at least 3) from {@code originMs}.
   *
   * @param upperBoundLevel one-sided coverage of the upper bound, e.g. 0.95
   */
  public static RecentGrowth of(
      ReducedSeries reduced, long originMs, int count, double upperBoundLevel) {
    ReducedSeries recent = reduced.tail(Math.max(3, count));
    double[] hours = recent.hoursSince(originMs);
    TheilSen fit = TheilSen.fit(hours, recent.values());
    double slope = fit.slope();
    MannKendall test = MannKendall.test(hours, recent.values(), slope);
    double upper = fit.interval(test.correctedVarianceOfS(), 2 * upperBoundLevel - 1)[1];
    return new RecentGrowth(slope, upper, test.pValueOfGrowth(), recent.size());
  }
}
