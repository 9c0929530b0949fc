package dev.leakhunt.analyzer.trend;

/**
 * The fitted growth of one series over the judged window.
 *
 * @param slopePerHour robust (Theil–Sen) slope, series unit per hour
 * @param slopeLowerPerHour lower bound of the slope's confidence interval, unit per hour
 * @param slopeUpperPerHour upper bound of the slope's confidence interval, unit per hour
 * @param confidenceLevel coverage of that interval, in (0, 1), e.g. 0.95
 * @param interceptAtStart fitted value at {@code windowStartMs}, series unit (to draw the line)
 * @param windowStartMs first timestamp of the judged window, ms since the epoch
 * @param windowEndMs last timestamp of the judged window, ms since the epoch
 * @param mannKendallZ Mann–Kendall statistic (tie- and autocorrelation-corrected), positive for
 *     growth
 * @param pValue one-sided p-value of growth, in [0, 1], from the slope's t statistic ({@code
 *     SlopeSignificance})
 * @param recentSlopePerHour robust (Theil–Sen) slope over the latest half of the window only, unit
 *     per hour (tells a plateau from persistent growth; see {@code RecentGrowth})
 * @param recentSlopeUpperPerHour one-sided 95 % upper bound of the recent slope, unit per hour: the
 *     smaller of the latest half's and, when longer, the stretch's since the floor last rose (both
 *     end at the window's end, so a growth that goes on shows in both); under the practical limit,
 *     it shows that growth stopped
 * @param reducedPointCount how many points the statistics used after reduction
 * @param lastValue the latest (reduced) value of the series, series unit
 */
public record Trend(
    double slopePerHour,
    double slopeLowerPerHour,
    double slopeUpperPerHour,
    double confidenceLevel,
    double interceptAtStart,
    long windowStartMs,
    long windowEndMs,
    double mannKendallZ,
    double pValue,
    double recentSlopePerHour,
    double recentSlopeUpperPerHour,
    int reducedPointCount,
    double lastValue) {

  /** A trend without the latest half's upper bound, as read from verdicts of earlier versions. */
  public Trend(
      double slopePerHour,
      double slopeLowerPerHour,
      double slopeUpperPerHour,
      double confidenceLevel,
      double interceptAtStart,
      long windowStartMs,
      long windowEndMs,
      double mannKendallZ,
      double pValue,
      double recentSlopePerHour,
      int reducedPointCount,
      double lastValue) {
    this(
        slopePerHour,
        slopeLowerPerHour,
        slopeUpperPerHour,
        confidenceLevel,
        interceptAtStart,
        windowStartMs,
        windowEndMs,
        mannKendallZ,
        pValue,
        recentSlopePerHour,
        Double.NaN,
        reducedPointCount,
        lastValue);
  }
}
