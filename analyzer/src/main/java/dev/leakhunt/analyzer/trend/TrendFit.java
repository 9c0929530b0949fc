package dev.leakhunt.analyzer.trend;

/**
 * A fitted {@link Trend} with the test results behind it, for the verdict stage.
 *
 * @param trend the figures a verdict carries
 * @param wholeWindow the Mann–Kendall test over all buckets
 * @param recentGrowth slope and test over the latest half of the buckets
 * @param reduced the buckets the figures were computed from
 */
public record TrendFit(
    Trend trend, MannKendall wholeWindow, RecentGrowth recentGrowth, ReducedSeries reduced) {}
