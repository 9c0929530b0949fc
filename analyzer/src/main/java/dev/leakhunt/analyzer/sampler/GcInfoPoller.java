package dev.leakhunt.analyzer.sampler;

import com.sun.management.GarbageCollectorMXBean;
import com.sun.management.GcInfo;
import dev.leakhunt.contract.run.ResourceIds;
import java.io.IOException;
import java.lang.management.MemoryUsage;
import java.lang.management.RuntimeMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Recorder;

/**
 * Reads each collector's last collection once per sample: every collection not seen before becomes
 * a {@code heap.live} point (the heap pools' usage after it, stamped with its end) and a pause in
 * the recorder.
 *
 * <p>Why polling and not GC notifications: the JMX connector server keeps every notification it
 * forwards in a buffer of up to 1,000 ({@code jmx.remote.x.notification.buffer.size}), each GC
 * notification holding every pool's usage before and after. Measured here, subscribing made a clean
 * target's live set climb 58 MiB/h for minutes (about 9 KiB per collection), exactly the false leak
 * this tool must not report; with the buffer cut to 10 the climb vanished. Polling leaves nothing
 * behind in the target. The price: when several collections of one collector fall in one interval
 * only the last is seen; their number goes to {@code gc.unobserved}, and the exact counts and times
 * are in the {@code gc:<name>.count/.timeMs} rows.
 */
final class GcInfoPoller {
  private final List<GarbageCollectorMXBean> collectors;
  private final Set<String> heapPoolNames;
  private final RuntimeMXBean runtime;
  private final Map<String, Long> lastSeenIds = new HashMap<>();
  private final ReadClock clock;

  GcInfoPoller(
      List<GarbageCollectorMXBean> collectors, Set<String> heapPoolNames, RuntimeMXBean runtime) {
    this(collectors, heapPoolNames, runtime, ReadClock.SYSTEM);
  }

  /**
   * @param clock stamps the uptime read that converts collection times to wall-clock times
   */
  GcInfoPoller(
      List<GarbageCollectorMXBean> collectors,
      Set<String> heapPoolNames,
      RuntimeMXBean runtime,
      ReadClock clock) {
    this.clock = clock;
    this.collectors = List.copyOf(collectors);
    this.heapPoolNames = Set.copyOf(heapPoolNames);
    this.runtime = runtime;
  }

  /** Records the collections that ended since the last poll. */
  void poll(SampleSink sink, Recorder pausesNanos) throws IOException {
    // GC times are the target's uptime: convert with the uptime read now, not the target's wall
    // clock, so a remote host's clock skew does not shift points across the warm-up boundary; and
    // with the wall time of that very read, not the sample's start: the poll comes after some fifty
    // other calls, which took up to 17 s on a loaded machine and shifted every collection as much.
    ReadClock.Stamped<Long> uptime = clock.read(runtime::getUptime);
    long nowMs = uptime.atMs();
    long uptimeNowMs = uptime.value();
    for (GarbageCollectorMXBean collector : collectors) {
      GcInfo info = collector.getLastGcInfo();
      if (info == null) {
        continue; // This collector has not run yet.
      }
      Long lastSeen = lastSeenIds.put(collector.getName(), info.getId());
      if (lastSeen != null && lastSeen == info.getId()) {
        continue;
      }
      sink.accept(
          nowMs - (uptimeNowMs - info.getEndTime()),
          ResourceIds.HEAP_LIVE,
          heapUsedAfter(info.getMemoryUsageAfterGc()));
      if (isPause(collector.getName())) {
        pausesNanos.recordValue(TimeUnit.MILLISECONDS.toNanos(info.getDuration()));
      }
      if (lastSeen != null && info.getId() - lastSeen > 1) {
        sink.accept(nowMs, "gc.unobserved", info.getId() - lastSeen - 1);
      }
    }
  }

  /** Each collector's collection count now, by name. */
  Map<String, Long> collectionCounts() {
    Map<String, Long> counts = new HashMap<>();
    for (GarbageCollectorMXBean collector : collectors) {
      counts.put(collector.getName(), collector.getCollectionCount());
    }
    return counts;
  }

  /**
   * The heap's usage right after the latest collection of each collector that collected since
   * {@code countsBefore} (from {@link #collectionCounts()}), the lowest of them, bytes; empty when
   * none collected. The collector's own figure, taken before the target allocated again.
   */
  OptionalLong lowestHeapAfterCollectionsSince(Map<String, Long> countsBefore) {
    OptionalLong lowest = OptionalLong.empty();
    for (GarbageCollectorMXBean collector : collectors) {
      if (collector.getCollectionCount() <= countsBefore.getOrDefault(collector.getName(), 0L)) {
        continue;
      }
      GcInfo info = collector.getLastGcInfo();
      if (info == null) {
        continue;
      }
      long after = heapUsedAfter(info.getMemoryUsageAfterGc());
      if (lowest.isEmpty() || after < lowest.getAsLong()) {
        lowest = OptionalLong.of(after);
      }
    }
    return lowest;
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
