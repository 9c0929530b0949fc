package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.trend.SlopeBounds;
import dev.leakhunt.analyzer.trend.Trend;
import dev.leakhunt.contract.run.Outcome;
import java.time.Duration;

/**
 * The judgement of one resource, with the figures that justify it. Built with {@link #builder}.
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

  /**
   * A verdict on {@code resource}; what is not set stays unknown: no trend, threshold, exhaustion,
   * warning, extension or sequence, and a NaN limit.
   *
   * @param unit {@code bytes} or {@code count}
   * @param capacity limit of the resource, or NaN when unknown
   */
  public static Builder builder(String resource, String unit, double capacity) {
    return new Builder(resource, unit, capacity);
  }

  /** A builder holding every part of this verdict, to change some of them. */
  public Builder toBuilder() {
    return builder(resource, unit, capacity)
        .outcome(outcome)
        .trend(trend)
        .threshold(threshold)
        .timeToExhaustion(timeToExhaustion)
        .reason(reason)
        .limitPerHour(limitPerHour)
        .warning(warning)
        .moreTimeNeeded(moreTimeNeeded)
        .sequence(sequence);
  }

  /** A copy carrying the confidence sequence's bounds. */
  public ResourceVerdict withSequence(SlopeBounds bounds) {
    return toBuilder().sequence(bounds).build();
  }

  /** A copy saying {@code newReason}, every figure kept. */
  public ResourceVerdict withReason(String newReason) {
    return toBuilder().reason(newReason).build();
  }

  /** A copy judged INCONCLUSIVE for {@code newReason}, its figures kept. */
  public ResourceVerdict undecided(String newReason) {
    return builder(resource, unit, capacity)
        .outcome(Outcome.INCONCLUSIVE)
        .trend(trend)
        .threshold(threshold)
        .timeToExhaustion(timeToExhaustion)
        .reason(newReason)
        .limitPerHour(limitPerHour)
        .sequence(sequence)
        .build();
  }

  /**
   * The practical limit the judge applied, series unit per hour: {@link #limitPerHour} as written,
   * or for a verdict read from a file written before that field, the same rule recomputed from its
   * threshold and capacity; NaN without a threshold.
   */
  public double appliedLimitPerHour() {
    if (!Double.isNaN(limitPerHour) || threshold == null) {
      return limitPerHour;
    }
    return PracticalLimit.of(threshold, capacity).perHour();
  }

  /** Whether this passing resource carries a warning of growth under its limit. */
  public boolean hasWarning() {
    return warning != null;
  }

  /** Collects a verdict's parts; see the record's components for their meaning. */
  public static final class Builder {
    private final String resource;
    private final String unit;
    private final double capacity;
    private Outcome outcome;
    private Trend trend;
    private Threshold threshold;
    private Duration timeToExhaustion;
    private String reason;
    private double limitPerHour = Double.NaN;
    private String warning;
    private Duration moreTimeNeeded;
    private SlopeBounds sequence;

    private Builder(String resource, String unit, double capacity) {
      this.resource = resource;
      this.unit = unit;
      this.capacity = capacity;
    }

    public Builder outcome(Outcome judged) {
      this.outcome = judged;
      return this;
    }

    public Builder trend(Trend fitted) {
      this.trend = fitted;
      return this;
    }

    public Builder threshold(Threshold applied) {
      this.threshold = applied;
      return this;
    }

    public Builder timeToExhaustion(Duration projected) {
      this.timeToExhaustion = projected;
      return this;
    }

    public Builder reason(String sentence) {
      this.reason = sentence;
      return this;
    }

    /** The practical limit applied, series unit per hour. */
    public Builder limitPerHour(double perHour) {
      this.limitPerHour = perHour;
      return this;
    }

    public Builder warning(String sentence) {
      this.warning = sentence;
      return this;
    }

    public Builder moreTimeNeeded(Duration extension) {
      this.moreTimeNeeded = extension;
      return this;
    }

    public Builder sequence(SlopeBounds bounds) {
      this.sequence = bounds;
      return this;
    }

    public ResourceVerdict build() {
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
          sequence);
    }
  }
}
