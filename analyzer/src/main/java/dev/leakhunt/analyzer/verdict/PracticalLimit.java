package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.ResourceSeries;

/**
 * The growth per hour that matters for one series: the smaller of the threshold's absolute limit
 * and its fraction of the series' capacity (when both are known).
 *
 * @param perHour the limit, series unit per hour
 * @param fromCapacity true when the capacity-relative limit is the smaller one
 */
record PracticalLimit(double perHour, boolean fromCapacity) {

  static PracticalLimit of(Threshold threshold, ResourceSeries series) {
    return of(threshold, series.hasCapacity() ? series.capacity() : Double.NaN);
  }

  /** The limit for a resource of {@code capacity} (NaN when unknown). */
  static PracticalLimit of(Threshold threshold, double capacity) {
    double fraction = threshold.minFractionOfCapacityPerHour();
    if (capacity > 0 && Double.isFinite(fraction) && fraction > 0) {
      double relative = fraction * capacity;
      if (relative < threshold.minSlopePerHour()) {
        return new PracticalLimit(relative, true);
      }
    }
    return new PracticalLimit(threshold.minSlopePerHour(), false);
  }
}
