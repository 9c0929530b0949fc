package dev.leakhunt.analyzer.trend;

/**
 * Whether a series was still growing at the end of the window: the Theil–Sen slope and the
 * Mann–Kendall test (ties and serial correlation corrected) over the latest half of the buckets.
 *
 * <p>Why the latest half rather than the latest third: in a 10-minute run a third is about ten
 * buckets over less than three minutes, too few for a rank test to survive one outlying bucket at a
 * strict level (measured: detection of a leak with rare spikes saturated at 77 % with thirds), and
 * a leak in bursts two minutes apart may put no burst at all in it. Fifteen buckets over four
 * minutes hold at least two bursts of such a leak. The price: a cache must be full by the middle of
 * the judged window to be told from a leak.
 *
 * @param slopePerHour Theil–Sen slope of the latest half, series unit per hour
 * @param pValue one-sided Mann–Kendall p-value of growth within the latest half
 * @param bucketCount how many buckets the latest half holds
 */
public record RecentGrowth(double slopePerHour, double pValue, int bucketCount) {

  /** Share of the buckets, counted from the end, that makes up the recent part. */
  public static final double RECENT_SHARE = 0.5;

  /** Fits the latest half of {@code reduced} (at least 3 buckets of it) from {@code originMs}. */
  public static RecentGrowth of(ReducedSeries reduced, long originMs) {
    int count = Math.max(3, (int) Math.ceil(reduced.size() * RECENT_SHARE));
    ReducedSeries recent = reduced.tail(count);
    double[] hours = recent.hoursSince(originMs);
    double slope = TheilSen.fit(hours, recent.values()).slope();
    MannKendall test = MannKendall.test(hours, recent.values(), slope);
    return new RecentGrowth(slope, test.pValueOfGrowth(), recent.size());
  }
}
