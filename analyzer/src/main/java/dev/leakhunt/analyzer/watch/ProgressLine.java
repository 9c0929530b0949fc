package dev.leakhunt.analyzer.watch;

import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.text.Figures;
import dev.leakhunt.analyzer.trend.SlopeBounds;
import dev.leakhunt.analyzer.verdict.DefaultThresholds;
import dev.leakhunt.analyzer.verdict.EarlyStopRule;
import dev.leakhunt.contract.duration.DurationText;
import dev.leakhunt.contract.run.ResourceIds;
import dev.leakhunt.contract.run.Units;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The line printed on stderr every progress period: elapsed and remaining time, the live heap, and
 * the live heap's slope so far with the bounds of its confidence sequence against the limit; during
 * warm-up, when judging starts instead (the judge's "too few samples: watch longer" is no advice at
 * minute 1 of 10).
 *
 * <p>Bounds rather than a p-value: a p-value read every minute would cross any level sooner or
 * later on a clean run, while the sequence's bounds hold at every line at once, so a reader may act
 * on the line the moment the lower bound passes the limit, as {@code --stop-early} does.
 */
final class ProgressLine {
  private static final int MIN_BUCKETS = 3;

  String render(
      long elapsedMs,
      Duration planned,
      LiveHeapTracker tracker,
      long windowStartMs,
      Duration probe,
      Duration warmup) {
    StringBuilder line = new StringBuilder("analyzer: ");
    line.append(DurationText.format(Duration.ofSeconds(elapsedMs / 1000)));
    if (planned != null) {
      long remainingMs = Math.max(0, planned.toMillis() - elapsedMs);
      line.append(" of ")
          .append(DurationText.format(planned))
          .append(" (")
          .append(DurationText.format(Duration.ofSeconds(remainingMs / 1000)))
          .append(" left)");
    }
    line.append(", heap after last GC ")
        .append(Figures.amount(tracker.lastLiveBytes(), Units.BYTES))
        .append(" of ")
        .append(Figures.amount(tracker.maxHeapBytes(), Units.BYTES));
    if (elapsedMs < warmup.toMillis()) {
      return line.append(", warming up: judging starts at ")
          .append(DurationText.format(warmup))
          .append(" (in ")
          .append(
              DurationText.format(Duration.ofSeconds((warmup.toMillis() - elapsedMs + 999) / 1000)))
          .append(')')
          .toString();
    }
    long bucketMs = Math.max(1000, probe.toMillis());
    // Bounds only: a decision would freeze them while a run without --stop-early goes on.
    EarlyStopRule sequence =
        EarlyStopRule.boundsOnly(
            ResourceIds.HEAP_LIVE,
            Units.BYTES,
            windowStartMs,
            bucketMs,
            0,
            DefaultThresholds.forResource(ResourceIds.HEAP_LIVE, Units.BYTES));
    sequence.capacity(tracker.maxHeapBytes());
    // In time order: collections arrive after the probe that followed them.
    List<Point> points = new ArrayList<>(tracker.livePoints());
    points.sort(Comparator.comparingLong(Point::timestampMs));
    for (Point p : points) {
      sequence.offer(p.timestampMs(), p.value());
    }
    SlopeBounds bounds = sequence.bounds();
    if (bounds.bucketCount() < MIN_BUCKETS) {
      // Say what is still missing, so a run that stays unjudged is diagnosable mid-way.
      line.append(", slope not judged yet (")
          .append(bounds.bucketCount())
          .append(" of ")
          .append(MIN_BUCKETS)
          .append(" buckets of ")
          .append(DurationText.format(Duration.ofMillis(bucketMs)))
          .append(" after warm-up)");
      return line.toString();
    }
    line.append(", slope so far ").append(Figures.ratePerHour(bounds.slopePerHour(), Units.BYTES));
    double limit = sequence.limitPerHour();
    String limitText = Figures.amount(limit, Units.BYTES) + "/h";
    if (!bounds.bounded()) {
      line.append(", ")
          .append(Math.round(bounds.confidenceLevel() * 100))
          .append(" % bounds not finite yet, limit ")
          .append(limitText);
      return line.toString();
    }
    line.append(", ")
        .append(Math.round(bounds.confidenceLevel() * 100))
        .append(" % bounds ")
        .append(Figures.ratePerHour(bounds.lowerPerHour(), Units.BYTES))
        .append(" to ")
        .append(Figures.ratePerHour(bounds.upperPerHour(), Units.BYTES))
        .append(
            bounds.lowerPerHour() > limit
                ? ", above the limit "
                : bounds.upperPerHour() < limit ? ", under the limit " : ", around the limit ")
        .append(limitText);
    return line.toString();
  }
}
