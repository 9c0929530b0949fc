package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.trend.SlopeBounds;
import dev.leakhunt.analyzer.trend.Trend;
import dev.leakhunt.contract.run.Outcome;
import java.time.Duration;

/**
 * The judgement of one resource, with the figures that justify it.
 *
 * @param resource the series' identifier, e.g. {@code heap.live}
 * @param unit {@code bytes} or {@code count}
 * @param capacity limit of the resource, or NaN when unknown
 * @param outcome PASS, FAIL or INCONCLUSIVE
 * @param trend the fitted trend, or null when there was too little data to fit one
 * @param threshold the limits applied
 * @param timeToExhaustion projected time from the window's end until the capacity is reached at the
 *     fitted slope, or null when there is no capacity or no growth
 * @param reason one human sentence saying why, with the figures
 * @param limitPerHour the practical limit applied (the smaller of the absolute and the
 *     capacity-relative one), series unit per hour; NaN when no trend was fitted
 * @param warning for a PASS that still certainly grows (under the limit): one sentence with the
 *     rate, its interval and the time to exhaustion; null otherwise
 * @param moreTimeNeeded for INCONCLUSIVE: about how much longer the judged window must be to
 *     decide; null when not estimable or not inconclusive
 * @param sequence the bounds of the slope's confidence sequence at the run's end (valid whenever
 *     the run stopped, see {@link EarlyStopRule}); null for resources it does not watch
 */
public record ResourceVerdict(
    String resource,
    String unit,
    double capacity,
    Outcome outcome,
    Trend trend,
    Threshold threshold,
    Duration timeToExhaustion,
    String reason,
    double limitPerHour,
    String warning,
    Duration moreTimeNeeded,
    SlopeBounds sequence) {

  /** A verdict without a confidence sequence. */
  public ResourceVerdict(
      String resource,
      String unit,
      double capacity,
      Outcome outcome,
      Trend trend,
      Threshold threshold,
      Duration timeToExhaustion,
      String reason,
      double limitPerHour,
      String warning,
      Duration moreTimeNeeded) {
    this(
        resource,
        unit,
        capacity,
        outcome,
        trend,
        threshold,
        timeToExhaustion,
        reason,
        limitPerHour,
        warning,
        moreTimeNeeded,
        null);
  }

  /** A verdict without a limit, warning or extension (too little data, or read from old files). */
  public ResourceVerdict(
      String resource,
      String unit,
      double capacity,
      Outcome outcome,
      Trend trend,
      Threshold threshold,
      Duration timeToExhaustion,
      String reason) {
    this(
        resource,
        unit,
        capacity,
        outcome,
        trend,
        threshold,
        timeToExhaustion,
        reason,
        Double.NaN,
        null,
        null,
        null);
  }

  /** A copy carrying the confidence sequence's bounds. */
  public ResourceVerdict withSequence(SlopeBounds bounds) {
    return new ResourceVerdict(
        resource,
        unit,
        capacity,
        outcome,
        trend,
        threshold,
        timeToExhaustion,
        reason,
        limitPerHour,
        warning,
        moreTimeNeeded,
        bounds);
  }

  /** A copy saying {@code newReason}, every figure kept. */
  public ResourceVerdict withReason(String newReason) {
    return new ResourceVerdict(
        resource,
        unit,
        capacity,
        outcome,
        trend,
        threshold,
        timeToExhaustion,
        newReason,
        limitPerHour,
        warning,
        moreTimeNeeded,
        sequence);
  }

  /** A copy judged INCONCLUSIVE for {@code newReason}, its figures kept. */
  public ResourceVerdict undecided(String newReason) {
    return new ResourceVerdict(
        resource,
        unit,
        capacity,
        Outcome.INCONCLUSIVE,
        trend,
        threshold,
        timeToExhaustion,
        newReason,
        limitPerHour,
        null,
        null,
        sequence);
  }

  /** Whether this passing resource carries a warning of growth under its limit. */
  public boolean hasWarning() {
    return warning != null;
  }
}
