package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.ResourceSeries;
import dev.leakhunt.analyzer.text.Figures;
import dev.leakhunt.analyzer.trend.SlopeBounds;
import dev.leakhunt.contract.run.Outcome;
import dev.leakhunt.contract.run.ResourceIds;
import dev.leakhunt.contract.run.RunInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code --stop-early} adds to a run's verdict, read back from {@code samples.csv} (by {@link
 * RunDigest}) so that {@code report DIR} gives the same verdict: the confidence sequence's bounds
 * for the live heap (recomputed from the samples, up to the stop when there was one), and, when the
 * run was stopped early, the stopped resource judged FAIL on the bound recorded at the stop even
 * when its window is still too short for the full judge.
 *
 * @param stoppedAtMs when the run was stopped early, or null
 * @param resource the resource that stopped it, or null
 * @param recordedLowerPerHour the sequence's lower bound at the stop, as recorded
 * @param bounds the live heap's sequence bounds recomputed from the samples, or null when no bucket
 *     closed
 * @param lastValue the live heap's latest value the bounds rest on, NaN when none
 */
record EarlyStopEvidence(
    Long stoppedAtMs,
    String resource,
    double recordedLowerPerHour,
    SlopeBounds bounds,
    double lastValue) {

  /** The resource the sequence watches: only the live heap has exact bucket floors (probes). */
  static final String WATCHED = ResourceIds.HEAP_LIVE;

  /** Evidence of a run without a stop and without a sequence. */
  static final EarlyStopEvidence NONE = new EarlyStopEvidence(null, null, Double.NaN, null, 0);

  /** The verdicts with the sequence's bounds attached and the stopped resource failed. */
  List<ResourceVerdict> applyTo(List<ResourceVerdict> verdicts) {
    List<ResourceVerdict> applied = new ArrayList<>();
    for (ResourceVerdict verdict : verdicts) {
      if (!verdict.resource().equals(WATCHED) || verdict.threshold() == null || bounds == null) {
        applied.add(verdict);
        continue;
      }
      ResourceVerdict withBounds = verdict.withSequence(bounds);
      applied.add(verdict.resource().equals(resource) ? failed(withBounds) : withBounds);
    }
    return applied;
  }

  /** "stopped early at 2026-11-25 05:12:03Z, 3 min 20 s after warm-up", or null when not. */
  String clause(RunInfo info) {
    if (stoppedAtMs == null) {
      return null;
    }
    return "stopped early at "
        + Figures.instant(stoppedAtMs)
        + ", "
        + Figures.duration(Duration.ofMillis(Math.max(0, stoppedAtMs - info.windowStartMs())))
        + " after warm-up";
  }

  private ResourceVerdict failed(ResourceVerdict verdict) {
    double limitPerHour = PracticalLimit.of(verdict.threshold(), verdict.capacity()).perHour();
    String sentence =
        EarlyFail.sentence(
            verdict.resource(), verdict.unit(), recordedLowerPerHour, bounds, limitPerHour);
    String judged =
        verdict.reason().endsWith(".")
            ? verdict.reason().substring(0, verdict.reason().length() - 1)
            : verdict.reason();
    // The full judge agrees once the window is long enough; before that it can only say so.
    String reason =
        verdict.outcome() == Outcome.FAIL ? sentence + "; " + judged + "." : sentence + ".";
    Duration exhaustion = verdict.timeToExhaustion();
    if (exhaustion == null && Double.isFinite(lastValue)) {
      ResourceSeries capacityOnly =
          new ResourceSeries(verdict.resource(), verdict.unit(), verdict.capacity(), List.of());
      exhaustion = Exhaustion.projection(capacityOnly, lastValue, bounds.slopePerHour());
    }
    // A fresh verdict, not a copy: a failed resource carries no warning and needs no more time.
    return ResourceVerdict.builder(verdict.resource(), verdict.unit(), verdict.capacity())
        .outcome(Outcome.FAIL)
        .trend(verdict.trend())
        .threshold(verdict.threshold())
        .timeToExhaustion(exhaustion)
        .reason(reason)
        .limitPerHour(limitPerHour)
        .sequence(bounds)
        .build();
  }
}
