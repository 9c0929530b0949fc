package dev.leakhunt.analyzer.verdict;

import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.series.RecordedRun;
import dev.leakhunt.analyzer.series.ResourceSeries;
import dev.leakhunt.analyzer.trend.SlopeBounds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code --stop-early} adds to a run's verdict, read back from {@code samples.csv} so that
 * {@code report DIR} gives the same verdict: the confidence sequence's bounds for the live heap
 * (recomputed from the samples, up to the stop when there was one), and, when the run was stopped
 * early, the stopped resource judged FAIL on the bound recorded at the stop even when its window is
 * still too short for the full judge.
 *
 * @param stoppedAtMs when the run was stopped early, or null
 * @param resource the resource that stopped it, or null
 * @param recordedLowerPerHour the sequence's lower bound at the stop, as recorded
 */
record EarlyStopEvidence(Long stoppedAtMs, String resource, double recordedLowerPerHour) {

  /** The resource the sequence watches: only the live heap has exact bucket floors (probes). */
  static final String WATCHED = "heap.live";

  static EarlyStopEvidence of(RecordedRun run) {
    for (String row : run.rows().keySet()) {
      if (row.startsWith(RunJudge.EARLY_STOP_EVENT_PREFIX) && !run.points(row).isEmpty()) {
        Point first = run.points(row).get(0);
        return new EarlyStopEvidence(
            first.timestampMs(),
            row.substring(RunJudge.EARLY_STOP_EVENT_PREFIX.length()),
            first.value());
      }
    }
    return new EarlyStopEvidence(null, null, Double.NaN);
  }

  /** The verdicts with the sequence's bounds attached and the stopped resource failed. */
  List<ResourceVerdict> applyTo(
      List<ResourceVerdict> verdicts, RecordedRun run, RunInfo info, Duration bucketWidth) {
    List<ResourceVerdict> applied = new ArrayList<>();
    for (ResourceVerdict verdict : verdicts) {
      if (!verdict.resource().equals(WATCHED) || verdict.threshold() == null) {
        applied.add(verdict);
        continue;
      }
      ResourceSeries series = run.series(verdict.resource());
      EarlyStopRule rule =
          new EarlyStopRule(
              verdict.resource(),
              verdict.unit(),
              info.windowStartMs(),
              Math.max(1, bucketWidth.toMillis()),
              EarlyStopRule.LATENESS_INTERVALS * info.intervalMs(),
              verdict.threshold());
      rule.capacity(series.capacity());
      long untilMs = stoppedAtMs == null ? Long.MAX_VALUE : stoppedAtMs;
      for (Point p : series.points()) {
        if (p.timestampMs() <= untilMs) {
          rule.offer(p.timestampMs(), p.value());
        }
      }
      SlopeBounds bounds = rule.bounds();
      ResourceVerdict withBounds =
          bounds.bucketCount() > 0 ? verdict.withSequence(bounds) : verdict;
      applied.add(
          verdict.resource().equals(resource)
              ? failed(withBounds, series, bounds, rule.limitPerHour())
              : withBounds);
    }
    return applied;
  }

  /** "stopped early at 2026-11-25 05:12:03Z, 3 min 20 s after warm-up: ", or "" when not. */
  String reasonPrefix(RunInfo info) {
    if (stoppedAtMs == null) {
      return "";
    }
    return "stopped early at "
        + Figures.instant(stoppedAtMs)
        + ", "
        + Figures.duration(Duration.ofMillis(Math.max(0, stoppedAtMs - info.windowStartMs())))
        + " after warm-up: ";
  }

  private ResourceVerdict failed(
      ResourceVerdict verdict, ResourceSeries series, SlopeBounds bounds, double limitPerHour) {
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
    if (exhaustion == null && !series.points().isEmpty()) {
      double last = series.points().get(series.points().size() - 1).value();
      exhaustion = Exhaustion.projection(series, last, bounds.slopePerHour());
    }
    return new ResourceVerdict(
        verdict.resource(),
        verdict.unit(),
        verdict.capacity(),
        Outcome.FAIL,
        verdict.trend(),
        verdict.threshold(),
        exhaustion,
        reason,
        limitPerHour,
        null,
        null,
        bounds);
  }
}
