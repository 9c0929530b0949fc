package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.text.Figures;
import dev.leakhunt.analyzer.trend.SlopeBounds;

/**
 * A resource shown to grow above its practical limit before the run's planned end.
 *
 * @param resource the resource id, e.g. {@code heap.live}
 * @param unit {@code bytes} or {@code count}
 * @param atMs when the evidence was complete, ms since the epoch
 * @param bounds the confidence sequence's bounds then
 * @param limitPerHour the practical limit its lower bound crossed, unit per hour
 */
public record EarlyFail(
    String resource, String unit, long atMs, SlopeBounds bounds, double limitPerHour) {

  /** The event row the watch writes to {@code samples.csv}; its value is the lower bound. */
  public String eventRow() {
    return RunJudge.EARLY_STOP_EVENT_PREFIX + resource;
  }

  /** "heap.live grows at least +212.4 MiB/h (lower bound of a 99 % confidence sequence ...". */
  public String sentence() {
    return sentence(resource, unit, bounds.lowerPerHour(), bounds, limitPerHour);
  }

  /**
   * The sentence for a lower bound {@code lowerPerHour} that crossed {@code limitPerHour}, with the
   * sequence's {@code bounds} (its lower bound may differ slightly when recomputed from the
   * samples).
   */
  static String sentence(
      String resource, String unit, double lowerPerHour, SlopeBounds bounds, double limitPerHour) {
    return resource
        + " grows at least "
        + Figures.ratePerHour(lowerPerHour, unit)
        + " (lower bound of a "
        + Math.round(bounds.confidenceLevel() * 100)
        + " % confidence sequence, valid whenever the run stops), above its limit of "
        + Figures.amount(limitPerHour, unit)
        + "/h; slope so far "
        + Figures.ratePerHour(bounds.slopePerHour(), unit)
        + " over "
        + bounds.bucketCount()
        + " buckets";
  }
}
