package dev.leakhunt.analyzer.sampler;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.management.Notification;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.HdrHistogram.Recorder;

/**
 * Turns each GC notification from the target into a {@code heap.live} point (the sum of the heap
 * pools after the collection) and a pause duration in the recorder.
 *
 * <p>Only the live set after a collection carries a leak; the raw heap is a sawtooth. Pauses are
 * recorded in nanoseconds, the unit HdrHistogram's log tools assume by default.
 */
final class GcEventListener implements NotificationListener {
  private final Set<String> heapPoolNames;
  private final SampleSink sink;
  private final Recorder pausesNanos;
  private volatile boolean probeInFlight;

  GcEventListener(Set<String> heapPoolNames, SampleSink sink, Recorder pausesNanos) {
    this.heapPoolNames = Set.copyOf(heapPoolNames);
    this.sink = sink;
    this.pausesNanos = pausesNanos;
  }

  /** While set, the forced GC's own notification is not recorded twice as a live-set point. */
  void probeInFlight(boolean inFlight) {
    this.probeInFlight = inFlight;
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    if (isPause(info.getGcName())) {
      pausesNanos.recordValue(TimeUnit.MILLISECONDS.toNanos(info.getGcInfo().getDuration()));
    }
    if (probeInFlight && "System.gc()".equals(info.getGcCause())) {
      return;
    }
    sink.accept(
        System.currentTimeMillis(),
        "heap.live",
        heapUsedAfter(info.getGcInfo().getMemoryUsageAfterGc()));
    sink.accept(System.currentTimeMillis(), "gc.events", 1);
  }

  /** Sums the heap pools' usage after a collection, in bytes. */
  long heapUsedAfter(Map<String, MemoryUsage> usageAfterGc) {
    long used = 0;
    for (Map.Entry<String, MemoryUsage> pool : usageAfterGc.entrySet()) {
      if (heapPoolNames.contains(pool.getKey())) {
        used += pool.getValue().getUsed();
      }
    }
    return used;
  }

  /** Concurrent cycles (ZGC, Shenandoah, G1 concurrent) report durations that are not pauses. */
  static boolean isPause(String collectorName) {
    return !(collectorName.contains("Cycles") || collectorName.contains("Concurrent"));
  }
}
