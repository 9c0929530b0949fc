package dev.leakhunt.analyzer.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.HdrHistogram.Recorder;
import org.junit.jupiter.api.Test;

/**
 * Values read from a JVM are stamped with the time each was read, not the time the sample began:
 * this JVM's own platform MBeans, read through the sampler as a target's would be.
 */
class ReadClockTest {

  /** A clock that advances {@code stepMs} every time it is read, like a target slow to answer. */
  private static ReadClock slowTarget(long startMs, long stepMs) {
    AtomicLong now = new AtomicLong(startMs);
    return new ReadClock(() -> now.getAndAdd(stepMs));
  }

  @Test
  void aReadIsStampedWithTheMiddleOfItsCall() throws Exception {
    ReadClock clock = slowTarget(1_000, 100);
    ReadClock.Stamped<String> read = clock.read(() -> "value");
    assertThat(read.value()).isEqualTo("value");
    assertThat(read.atMs()).isEqualTo(1_050); // before 1,000, after 1,100
  }

  @Test
  void eachResourceOfASampleIsStampedWhenItWasRead() throws Exception {
    // Every clock read advances 100 ms: a sample of some fifty calls spans seconds, as on a loaded
    // machine. The values read last (descriptors) must carry the latest stamps.
    PlatformSampler sampler =
        new PlatformSampler(
            ManagementFactory.getPlatformMBeanServer(), List.of(), true, slowTarget(0, 100));
    Map<String, Long> stamps = new HashMap<>();
    sampler.sample((timestampMs, resource, value) -> stamps.putIfAbsent(resource, timestampMs));

    long heap = stamps.get("heap.used");
    long threads = stamps.get("threads.live");
    long classes = stamps.get("classes.loaded");
    assertThat(heap).isEqualTo(50); // the first call: read between 0 and 100
    assertThat(stamps.get("heap.committed")).isEqualTo(heap); // the same call
    assertThat(threads).isGreaterThan(heap + 1_000); // pools and buffers were read in between
    assertThat(stamps.get("threads.daemon")).isEqualTo(threads + 200);
    assertThat(classes).isGreaterThan(threads);
    if (stamps.containsKey("fd.open")) {
      assertThat(stamps.get("fd.open")).isGreaterThan(classes);
    }
  }

  @Test
  void aCollectionIsStampedWithItsEndHoweverLongTheSampleBeforeThePollTook() throws Exception {
    Set<String> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    GcInfoPoller poller =
        new GcInfoPoller(
            ManagementFactory.getPlatformMXBeans(com.sun.management.GarbageCollectorMXBean.class),
            heapPools,
            ManagementFactory.getRuntimeMXBean(),
            ReadClock.SYSTEM);
    Recorder pauses = new Recorder(3);
    poller.poll((t, r, v) -> {}, pauses); // the collections before this test are not new

    // A collection's time (since the JVM's start) and the uptime differ by a constant of a few
    // hundred ms, the JVM's own start-up: measured with a poll right after a collection.
    long offsetMs = stampErrorMs(poller, pauses, 0);
    // A poll 1.5 s after its collection, as after the rest of a sample on a loaded machine: the
    // stamp stays the collection's; stamped from the sample's start it moved by the 1.5 s.
    assertThat((double) stampErrorMs(poller, pauses, 1_500)).isCloseTo(offsetMs, within(250.0));
  }

  /**
   * Collects, waits {@code delayMs}, polls: the last heap.live point's stamp minus the wall time
   * the collection returned.
   */
  private static long stampErrorMs(GcInfoPoller poller, Recorder pauses, long delayMs)
      throws Exception {
    System.gc();
    long collectedMs = System.currentTimeMillis();
    Thread.sleep(delayMs);
    List<Long> stamps = new ArrayList<>();
    poller.poll(
        (timestampMs, resource, value) -> {
          if (resource.equals("heap.live")) {
            stamps.add(timestampMs);
          }
        },
        pauses);
    assertThat(stamps).isNotEmpty();
    return stamps.get(stamps.size() - 1) - collectedMs;
  }
}
