package dev.leakhunt.analyzer.series;

import java.util.List;

/**
 * The observations of one judged resource over a run, oldest first.
 *
 * <p>For the heap this is the live set (heap used after collections and forced-GC probes), never
 * the raw sawtooth: reducing it further is the trend stage's business.
 *
 * @param resource stable identifier, e.g. {@code heap.live}, {@code threads.live}, {@code
 *     buffer.direct.used}, {@code mbean:io.netty:type=...#usedDirectMemory}
 * @param unit {@code bytes} or {@code count}
 * @param capacity the limit the resource runs into (max heap, max metaspace, fd limit), or {@code
 *     Double.NaN} when unknown; used for relative thresholds and time to exhaustion
 * @param points observations in time order
 */
public record ResourceSeries(String resource, String unit, double capacity, List<Point> points) {
  public ResourceSeries {
    points = List.copyOf(points);
  }

  public boolean hasCapacity() {
    return !Double.isNaN(capacity) && capacity > 0;
  }
}
