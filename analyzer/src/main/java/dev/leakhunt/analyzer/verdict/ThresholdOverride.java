package dev.leakhunt.analyzer.verdict;

/**
 * A user's threshold for one resource, replacing the default's practical limits (the significance
 * level stays the default's).
 *
 * @param resource the resource id, e.g. {@code heap.live}
 * @param minSlopePerHour absolute growth that matters, resource unit per hour
 * @param minFractionOfCapacityPerHour growth relative to capacity that matters per hour, or NaN to
 *     judge on the absolute limit only
 */
public record ThresholdOverride(
    String resource, double minSlopePerHour, double minFractionOfCapacityPerHour) {

  /** The threshold this override makes of a default. */
  public Threshold applyTo(Threshold defaults) {
    return new Threshold(
        minSlopePerHour, minFractionOfCapacityPerHour, defaults.significanceLevel());
  }
}
