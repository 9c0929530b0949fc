package dev.leakhunt.analyzer.trend;

/**
 * A fitted {@link Trend} with the test results behind it, for the verdict stage.
 *
 * @param trend the figures a verdict carries
 * @param slopeUpperBoundPerHour one-sided {@link TrendEstimator#UPPER_BOUND_LEVEL} upper bound of
 *     the whole window's slope, unit per hour: a PASS needs it under the limit
 * @param wholeWindow the Mann–Kendall test over all buckets
 * @param significance the slope's t test over all buckets (the trend's p-value)
 * @param recentGrowth slope, interval and test over the latest half of the buckets
 * @param settled the same since the floor last rose, when that is longer than the latest half (a
 *     tighter bound for a cache that filled early); else the latest half again
 * @param rises when the floor rose, to tell a staircase from a plateau
 * @param reduced the buckets the figures were computed from
 */
public record TrendFit(
    Trend trend,
    double slopeUpperBoundPerHour,
    MannKendall wholeWindow,
    SlopeSignificance significance,
    RecentGrowth recentGrowth,
    RecentGrowth settled,
    RiseHistory rises,
    ReducedSeries reduced) {}
