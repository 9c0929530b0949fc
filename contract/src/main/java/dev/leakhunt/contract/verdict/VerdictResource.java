package dev.leakhunt.contract.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.leakhunt.contract.run.Outcome;

/**
 * One resource's judgement in {@code verdict.json}: one flat object ({@code resource}, {@code
 * outcome}, {@code slopePerHour}, ...) so scripts read figures without knowing the analyzer's
 * records. A figure that could not be computed (NaN or infinite) is written as null; a group of
 * figures that does not apply (no trend fitted, no confidence sequence) is left out altogether.
 *
 * @param resource the series' identifier, e.g. {@code heap.live}
 * @param unit {@code bytes} or {@code count}
 * @param capacity limit of the resource, or null when unknown
 * @param outcome PASS, FAIL or INCONCLUSIVE
 * @param reason one human sentence saying why, with the figures
 * @param trend the fitted trend's figures, or null (fields left out) when none was fitted
 * @param limitPerHour the practical limit applied, series unit per hour, or null
 * @param warning for a PASS that still certainly grows: one sentence; null otherwise
 * @param moreTimeNeededSeconds for INCONCLUSIVE: about how much longer the window must be, or null
 *     (left out)
 * @param threshold the limits applied, or null (left out)
 * @param timeToExhaustionSeconds projected seconds until the capacity is reached, or null (left
 *     out)
 * @param timeToExhaustion the same, as a human duration such as {@code 35 min 0 s}
 * @param sequence the confidence sequence's bounds at the run's end, or null (fields left out)
 */
public record VerdictResource(
    String resource,
    String unit,
    Double capacity,
    Outcome outcome,
    String reason,
    @JsonUnwrapped TrendFigures trend,
    Double limitPerHour,
    String warning,
    @JsonInclude(JsonInclude.Include.NON_NULL) Long moreTimeNeededSeconds,
    @JsonInclude(JsonInclude.Include.NON_NULL) ThresholdFigures threshold,
    @JsonInclude(JsonInclude.Include.NON_NULL) Long timeToExhaustionSeconds,
    @JsonInclude(JsonInclude.Include.NON_NULL) String timeToExhaustion,
    @JsonUnwrapped SequenceFigures sequence) {

  /**
   * Jackson builds an unwrapped group even when none of its fields was in the file; a group without
   * its always-written field was not there, so it reads as null.
   */
  public VerdictResource {
    trend = trend == null || trend.windowEndMs() == null ? null : trend;
    sequence = sequence == null || sequence.sequenceBucketCount() == null ? null : sequence;
  }

  /**
   * The fitted trend, written flat into the resource's object.
   *
   * @param windowStartMs first timestamp of the judged window; always written with a trend
   * @param windowEndMs last timestamp of the judged window; always written with a trend
   * @param reducedPointCount points the trend was fitted to; always written with a trend
   */
  public record TrendFigures(
      Double slopePerHour,
      Double slopeLowerPerHour,
      Double slopeUpperPerHour,
      Double confidenceLevel,
      Double pValue,
      Double mannKendallZ,
      Double recentSlopePerHour,
      Double recentSlopeUpperPerHour,
      Double interceptAtStart,
      Long windowStartMs,
      Long windowEndMs,
      Integer reducedPointCount,
      Double lastValue) {}

  /** The limits a resource was judged against ({@code threshold}). */
  public record ThresholdFigures(
      Double minSlopePerHour, Double minFractionOfCapacityPerHour, Double significanceLevel) {}

  /**
   * The bounds of the slope's confidence sequence, written flat into the resource's object; an
   * unbounded side is written as null.
   *
   * @param sequenceBucketCount buckets the sequence saw; always written with a sequence
   */
  public record SequenceFigures(
      Double sequenceSlopePerHour,
      Double sequenceLowerPerHour,
      Double sequenceUpperPerHour,
      Double sequenceConfidenceLevel,
      Double sequenceCorrelationFactor,
      Integer sequenceBucketCount) {}
}
