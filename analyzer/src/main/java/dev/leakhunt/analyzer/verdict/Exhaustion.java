package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.ResourceSeries;
import java.time.Duration;

/** Projects when a growing resource reaches its capacity. */
final class Exhaustion {
  private static final Duration LONGEST = Duration.ofDays(3650);

  private Exhaustion() {}

  /**
   * (capacity - lastValue) / slope, from the window's end; zero when already at capacity; null
   * without a capacity or without growth; capped at ten years.
   */
  static Duration projection(ResourceSeries series, double lastValue, double slopePerHour) {
    if (!series.hasCapacity() || !(slopePerHour > 0)) {
      return null;
    }
    double hours = Math.max(0, series.capacity() - lastValue) / slopePerHour;
    double millis = hours * 3_600_000.0;
    return millis >= LONGEST.toMillis() ? LONGEST : Duration.ofMillis(Math.round(millis));
  }
}
