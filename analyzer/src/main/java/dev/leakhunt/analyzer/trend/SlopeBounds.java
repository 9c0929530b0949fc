package dev.leakhunt.analyzer.trend;

/**
 * Where a confidence sequence puts a series' slope after the buckets seen so far.
 *
 * @param slopePerHour least-squares slope of the buckets, series unit per hour (NaN with fewer than
 *     three buckets)
 * @param lowerPerHour lower bound, unit per hour; negative infinity while the sequence is still
 *     unbounded
 * @param upperPerHour upper bound, unit per hour; positive infinity while unbounded
 * @param confidenceLevel the sequence's coverage, valid at every bucket at once, e.g. 0.99
 * @param serialCorrelationFactor n/n_effective applied for lag-1 correlation of the residuals: (1 +
 *     r) / (1 - r) for the larger of the estimated and the assumed correlation r (1 when neither)
 * @param bucketCount how many buckets the bounds rest on
 */
public record SlopeBounds(
    double slopePerHour,
    double lowerPerHour,
    double upperPerHour,
    double confidenceLevel,
    double serialCorrelationFactor,
    int bucketCount) {

  /** Whether both bounds are finite. */
  public boolean bounded() {
    return Double.isFinite(lowerPerHour) && Double.isFinite(upperPerHour);
  }
}
