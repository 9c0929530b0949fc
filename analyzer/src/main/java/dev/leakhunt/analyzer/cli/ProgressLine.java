package dev.leakhunt.analyzer.cli;

import dev.leakhunt.analyzer.series.ResourceSeries;
import dev.leakhunt.analyzer.verdict.DefaultThresholds;
import dev.leakhunt.analyzer.verdict.Figures;
import dev.leakhunt.analyzer.verdict.ResourceJudge;
import dev.leakhunt.analyzer.verdict.ResourceVerdict;
import dev.leakhunt.contract.duration.DurationText;
import java.time.Duration;

/**
 * The line printed on stderr every progress period: elapsed and remaining time, the live heap, and
 * the live heap's slope so far as the judge sees it; during warm-up, when judging starts instead
 * (the judge's "too few samples: watch longer" is no advice at minute 1 of 10).
 */
final class ProgressLine {
  private final ResourceJudge judge = new ResourceJudge();

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
        .append(Figures.amount(tracker.lastLiveBytes(), "bytes"))
        .append(" of ")
        .append(Figures.amount(tracker.maxHeapBytes(), "bytes"));
    if (elapsedMs < warmup.toMillis()) {
      return line.append(", warming up: judging starts at ")
          .append(DurationText.format(warmup))
          .append(" (in ")
          .append(
              DurationText.format(Duration.ofSeconds((warmup.toMillis() - elapsedMs + 999) / 1000)))
          .append(')')
          .toString();
    }
    ResourceSeries live =
        new ResourceSeries("heap.live", "bytes", tracker.maxHeapBytes(), tracker.livePoints());
    ResourceVerdict verdict =
        judge.judge(
            live,
            windowStartMs,
            DefaultThresholds.forResource("heap.live", "bytes"),
            probe.isZero() ? Duration.ZERO : probe);
    if (verdict.trend() == null) {
      // Say what the judge still misses, so a run that stays unjudged is diagnosable mid-way.
      line.append(", slope not judged yet (")
          .append(verdict.reason().substring(verdict.resource().length() + 2))
          .append(')');
    } else {
      line.append(", slope so far ")
          .append(Figures.ratePerHour(verdict.trend().slopePerHour(), "bytes"))
          .append(String.format(java.util.Locale.ROOT, " (p=%.2g)", verdict.trend().pValue()));
    }
    return line.toString();
  }
}
