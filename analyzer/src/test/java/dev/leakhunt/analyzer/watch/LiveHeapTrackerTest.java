package dev.leakhunt.analyzer.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leakhunt.analyzer.series.Point;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LiveHeapTrackerTest {

  @Test
  void eightHoursOfPointsAtTenHertzKeepAtMostTheBoundAndStillSpanTheRun() {
    AtomicInteger forwarded = new AtomicInteger();
    LiveHeapTracker tracker = new LiveHeapTracker((t, r, v) -> forwarded.incrementAndGet());
    int points = 8 * 3600 * 10;
    for (int i = 0; i < points; i++) {
      tracker.accept(i * 100L, "heap.live", 1000 + i);
    }
    tracker.accept(5, "capacity:heap.live", 256);

    List<Point> kept = tracker.livePoints();
    assertThat(forwarded.get()).isEqualTo(points + 1); // Everything still goes to disk.
    assertThat(kept.size())
        .isBetween(LiveHeapTracker.MAX_KEPT_POINTS / 2, LiveHeapTracker.MAX_KEPT_POINTS);
    assertThat(kept.get(0).timestampMs()).isZero();
    assertThat(kept.get(kept.size() - 1).timestampMs()).isGreaterThan((points - 200) * 100L);
    assertThat(tracker.lastLiveBytes()).isEqualTo(1000 + points - 1);
    assertThat(tracker.maxHeapBytes()).isEqualTo(256);
  }

  @Test
  void otherResourcesPassThroughWithoutBeingKept() {
    LiveHeapTracker tracker = new LiveHeapTracker((t, r, v) -> {});
    tracker.accept(1, "threads.live", 12);

    assertThat(tracker.livePoints()).isEmpty();
    assertThat(tracker.lastLiveBytes()).isNaN();
  }
}
