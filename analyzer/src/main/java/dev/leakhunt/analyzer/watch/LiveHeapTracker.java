package dev.leakhunt.analyzer.watch;

import dev.leakhunt.analyzer.sampler.SampleSink;
import dev.leakhunt.analyzer.series.Point;
import dev.leakhunt.contract.run.ResourceIds;
import java.util.ArrayList;
import java.util.List;

/**
 * Passes every sample on to the evidence file and keeps what the watch loop itself needs: the
 * latest live heap and max heap, and a bounded copy of the live-heap points for the progress line.
 * The bound keeps the analyzer's memory flat however long it runs; the final verdict re-reads the
 * full series from {@code samples.csv}.
 */
final class LiveHeapTracker implements SampleSink {
  static final int MAX_KEPT_POINTS = 4096;

  private final SampleSink next;
  private final List<Point> livePoints = new ArrayList<>();
  private double lastLiveBytes = Double.NaN;
  private double maxHeapBytes = Double.NaN;

  LiveHeapTracker(SampleSink next) {
    this.next = next;
  }

  @Override
  public synchronized void accept(long timestampMs, String resource, double value) {
    next.accept(timestampMs, resource, value);
    if (resource.equals(ResourceIds.HEAP_LIVE)) {
      lastLiveBytes = value;
      if (livePoints.size() == MAX_KEPT_POINTS) {
        thinByHalf();
      }
      livePoints.add(new Point(timestampMs, value));
    } else if (resource.equals("capacity:heap.live")) {
      maxHeapBytes = value;
    }
  }

  /** The latest live-heap point's value, bytes, or NaN before the first GC. */
  synchronized double lastLiveBytes() {
    return lastLiveBytes;
  }

  /** The target's max heap, bytes, or NaN when undefined. */
  synchronized double maxHeapBytes() {
    return maxHeapBytes;
  }

  /** A copy of the kept live-heap points, oldest first. */
  synchronized List<Point> livePoints() {
    return List.copyOf(livePoints);
  }

  private void thinByHalf() {
    List<Point> kept = new ArrayList<>(MAX_KEPT_POINTS / 2 + 1);
    for (int i = 0; i < livePoints.size(); i += 2) {
      kept.add(livePoints.get(i));
    }
    livePoints.clear();
    livePoints.addAll(kept);
  }
}
