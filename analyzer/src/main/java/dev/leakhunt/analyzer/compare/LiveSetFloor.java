package dev.leakhunt.analyzer.compare;

import dev.leakhunt.analyzer.evidence.FigureKind;
import dev.leakhunt.analyzer.evidence.KeyFigure;
import dev.leakhunt.analyzer.evidence.RunEvidence;
import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.analyzer.text.Figures;
import dev.leakhunt.contract.run.ResourceIds;
import dev.leakhunt.contract.run.Units;
import java.time.Duration;
import java.util.List;

/**
 * The live set's floor at the same elapsed time in two runs: the lowest {@code heap.live} point in
 * the last stretch before that time (a tenth of it, at least a minute), which is what the judge's
 * bucket floors see. Comparing at the same elapsed time keeps a longer run from looking worse only
 * because it ran longer.
 */
final class LiveSetFloor {
  private static final long MIN_STRETCH_MS = 60_000;

  private LiveSetFloor() {}

  /** The elapsed time both runs reached, ms after their start; 0 when either has no live set. */
  static long commonElapsedMs(RunEvidence baseline, RunEvidence run) {
    return Math.min(lastElapsedMs(baseline), lastElapsedMs(run));
  }

  /** The floor of {@code run} at {@code elapsedMs}, as a figure; null without live-set points. */
  static KeyFigure at(RunEvidence run, long elapsedMs) {
    if (run.samples() == null || elapsedMs <= 0) {
      return null;
    }
    long startMs = run.verdict().run().startMs();
    long stretchMs = Math.max(MIN_STRETCH_MS, elapsedMs / 10);
    double floor =
        run.samples().points(ResourceIds.HEAP_LIVE).stream()
            .filter(p -> p.timestampMs() - startMs <= elapsedMs)
            .filter(p -> p.timestampMs() - startMs > elapsedMs - stretchMs)
            .mapToDouble(Point::value)
            .min()
            .orElse(Double.NaN);
    if (Double.isNaN(floor)) {
      return null;
    }
    return new KeyFigure(
        "floor:heap.live",
        "heap.live floor at " + Figures.duration(Duration.ofMillis(elapsedMs)),
        FigureKind.LIVE_SET_FLOOR,
        Units.BYTES,
        floor,
        Double.NaN,
        Double.NaN,
        Double.NaN);
  }

  private static long lastElapsedMs(RunEvidence run) {
    if (run.samples() == null) {
      return 0;
    }
    List<Point> live = run.samples().points(ResourceIds.HEAP_LIVE);
    return live.isEmpty()
        ? 0
        : live.get(live.size() - 1).timestampMs() - run.verdict().run().startMs();
  }
}
