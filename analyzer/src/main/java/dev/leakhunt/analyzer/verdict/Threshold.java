package dev.leakhunt.analyzer.verdict;

/**
 * How much growth counts as a leak for one resource. Growth must be both statistically significant
 * and at least one of the practical limits to fail.
 *
 * @param minSlopePerHour absolute growth that matters, series unit per hour (&gt; 0)
 * @param minFractionOfCapacityPerHour growth relative to the capacity that matters, per hour, e.g.
 *     0.05 for 5 % of max heap per hour; ignored when the capacity is unknown; NaN to disable
 * @param significanceLevel largest p-value accepted as a trend, e.g. 0.01
 */
public record Threshold(
    double minSlopePerHour, double minFractionOfCapacityPerHour, double significanceLevel) {}
