package dev.leakhunt.analyzer.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A bounded picture of one series for a chart, built as the points stream past: all of them when
 * there are at most {@value #MAX_POINTS}, else each of {@value #MAX_POINTS}/2 equal time slices'
 * lowest and highest point, which keeps the sawtooth's floor and peaks a chart must show.
 */
public final class ChartEnvelope {
  /** Most points kept. */
  public static final int MAX_POINTS = 600;

  private final long firstMs;
  private final long sliceMs;
  private final List<Point> all;
  private final Point[] low;
  private final Point[] high;

  /**
   * @param pointCount how many points will be added (from a first pass)
   * @param firstMs the series' first timestamp
   * @param lastMs the series' last timestamp
   */
  public ChartEnvelope(long pointCount, long firstMs, long lastMs) {
    this.firstMs = firstMs;
    if (pointCount <= MAX_POINTS) {
      all = new ArrayList<>((int) pointCount);
      low = null;
      high = null;
      sliceMs = 1;
    } else {
      all = null;
      int slices = MAX_POINTS / 2;
      low = new Point[slices];
      high = new Point[slices];
      sliceMs = Math.max(1, (lastMs - firstMs) / slices + 1);
    }
  }

  public void add(long timestampMs, double value) {
    if (all != null) {
      if (all.size() < MAX_POINTS) {
        all.add(new Point(timestampMs, value));
      }
      return;
    }
    int slice = (int) Math.min(low.length - 1, Math.max(0, (timestampMs - firstMs) / sliceMs));
    if (low[slice] == null || value < low[slice].value()) {
      low[slice] = new Point(timestampMs, value);
    }
    if (high[slice] == null || value > high[slice].value()) {
      high[slice] = new Point(timestampMs, value);
    }
  }

  /** The kept points, oldest first. */
  public List<Point> points() {
    List<Point> kept = new ArrayList<>();
    if (all != null) {
      kept.addAll(all);
    } else {
      for (int slice = 0; slice < low.length; slice++) {
        if (low[slice] != null) {
          kept.add(low[slice]);
          if (high[slice] != low[slice]) {
            kept.add(high[slice]);
          }
        }
      }
    }
    kept.sort(Comparator.comparingLong(Point::timestampMs));
    return List.copyOf(kept);
  }
}
