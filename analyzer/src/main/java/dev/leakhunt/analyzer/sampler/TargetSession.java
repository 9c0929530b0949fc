package dev.leakhunt.analyzer.sampler;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.leakhunt.contract.run.ResourceIds;
import dev.leakhunt.contract.text.ErrorText;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.RuntimeMXBean;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import org.HdrHistogram.Recorder;

/**
 * One open JMX connection to the target: samples on demand (platform resources, the process's
 * resident and native memory, and the collections since the last sample), runs forced-GC probes,
 * and closes cleanly. A lost connection surfaces as {@link IOException}; the caller reconnects by
 * opening a new session.
 */
public final class TargetSession implements AutoCloseable {
  private final JMXConnector connector;
  private final MBeanServerConnection connection;
  private final PlatformSampler sampler;
  private final GcInfoPoller gcPoller;
  private final ProcessMemorySampler processMemory;
  private final RuntimeMXBean runtime;
  private final long startTimeMs;
  private final Recorder pausesNanos;
  private final boolean explicitGcDisabled;
  private boolean explicitGcDisabledRecorded;

  private TargetSession(
      JMXConnector connector,
      MBeanServerConnection connection,
      PlatformSampler sampler,
      GcInfoPoller gcPoller,
      ProcessMemorySampler processMemory,
      RuntimeMXBean runtime,
      Recorder pausesNanos,
      boolean explicitGcDisabled) {
    this.startTimeMs = runtime.getStartTime();
    this.explicitGcDisabled = explicitGcDisabled;
    this.connector = connector;
    this.connection = connection;
    this.sampler = sampler;
    this.gcPoller = gcPoller;
    this.processMemory = processMemory;
    this.runtime = runtime;
    this.pausesNanos = pausesNanos;
  }

  /**
   * Connects and checks the user's MBean attributes are readable.
   *
   * @param pausesNanos receives every GC pause, in nanoseconds
   * @param requireMBeans whether a {@code --mbean} attribute that cannot be read fails the open:
   *     true for the first connection (a typo must stop the run), false for a reconnection (an
   *     application may register its MBeans a while after a restart of its connector; until then
   *     their samples are missing)
   * @throws ConnectionFailedException when the target cannot be reached
   * @throws MBeanUnreadableException when {@code requireMBeans} and a {@code --mbean} attribute is
   *     missing or not numeric
   */
  public static TargetSession open(
      ConnectionSpec spec,
      List<MBeanAttributeSpec> mbeans,
      Recorder pausesNanos,
      boolean requireMBeans)
      throws ConnectionFailedException {
    JMXConnector connector = new TargetConnector().connect(spec);
    try {
      MBeanServerConnection connection = connector.getMBeanServerConnection();
      PlatformSampler sampler = new PlatformSampler(connection, mbeans, requireMBeans);
      if (requireMBeans) {
        for (MBeanAttributeSpec mbean : sampler.mbeans()) {
          sampler.readNumber(mbean);
        }
      }
      Set<String> heapPools =
          sampler.pools().stream()
              .filter(pool -> pool.getType() == MemoryType.HEAP)
              .map(MemoryPoolMXBean::getName)
              .collect(Collectors.toSet());
      RuntimeMXBean runtime = ManagementFactory.getPlatformMXBean(connection, RuntimeMXBean.class);
      GcInfoPoller poller = new GcInfoPoller(sampler.collectors(), heapPools, runtime);
      ProcessMemorySampler processMemory = ProcessMemorySampler.open(connection, runtime);
      return new TargetSession(
          connector,
          connection,
          sampler,
          poller,
          processMemory,
          runtime,
          pausesNanos,
          explicitGcDisabled(connection, runtime));
    } catch (IOException | RuntimeException e) {
      if (e instanceof MBeanUnreadableException unreadable) {
        closeQuietly(connector);
        throw unreadable;
      }
      closeQuietly(connector);
      throw ConnectionFailedException.transientState(
          "cannot read the platform MBeans of " + spec.describe() + ": " + ErrorText.oneLine(e), e);
    }
  }

  /** Describes the target JVM (version, collectors, max heap) for the run's metadata. */
  public TargetDescription describe(String host) throws IOException {
    RuntimeMXBean runtime = ManagementFactory.getPlatformMXBean(connection, RuntimeMXBean.class);
    return new TargetDescription(
        runtime.getVmName() + " " + runtime.getVmVersion(),
        runtime.getSystemProperties().getOrDefault("java.version", runtime.getSpecVersion()),
        runtime.getPid(),
        host,
        sampler.collectors().stream().map(GarbageCollectorMXBean::getName).toList(),
        sampler.memory().getHeapMemoryUsage().getMax(),
        runtime.getStartTime());
  }

  /** One cheap round trip to the target (its MBean count): does it answer at all? */
  public void ping() throws IOException {
    connection.getMBeanCount();
  }

  /**
   * Which process answers: its pid and JVM start time. A reconnection that reaches another process
   * (the target died and a supervisor started a new one on the same port) must not be taken for the
   * same target.
   */
  /**
   * Checked before anything is recorded: the JVM that answers is still the one this session opened.
   * A JVM killed and replaced on the same port can go on answering the same connection (RMI opens a
   * new socket to the address and finds an object under the same id, since object ids are a counter
   * unless {@code java.rmi.server.randomIDs} is set): a clean-clone run sampled the replacement for
   * a minute, no call failing. One attribute read per sample.
   *
   * @throws TargetReplacedException when another JVM answers
   */
  private void requireSameProcess() throws IOException {
    long nowStartTimeMs = runtime.getStartTime();
    if (nowStartTimeMs != startTimeMs) {
      throw new TargetReplacedException(startTimeMs, nowStartTimeMs);
    }
  }

  public TargetIdentity identity() {
    return new TargetIdentity(runtime.getPid(), runtime.getStartTime());
  }

  /**
   * Samples every resource once, each value stamped with the time it was read, and the collections
   * since the last, stamped with their ends.
   *
   * @param nowMs when the sample started: the stamp of rows that read nothing (events)
   * @param sink receives this sample's observations
   */
  public void sample(long nowMs, SampleSink sink) throws IOException {
    requireSameProcess();
    sampler.sample(sink);
    processMemory.sample(nowMs, sink);
    gcPoller.poll(sink, pausesNanos);
  }

  /**
   * Forces a full collection in the target and records the exact live set as a {@code heap.live}
   * point (the heap's usage right after the collection, as the collector reports it), and the
   * call's wall time (the target's pause plus one JMX round trip) as {@code probe.pauseMs}.
   *
   * <p>Only when a collection ran: a target started with {@code -XX:+DisableExplicitGC} answers the
   * request at once without collecting (measured here: 13 probes in 0-3 ms, every one of them taken
   * for the live set before this check), and the heap used then is anything but the live set. Such
   * a probe is recorded as {@code probe.unmeasured} instead, the flag once as {@code
   * event:explicit-gc-disabled}.
   *
   * @param sink receives the probe's observations
   * @return the live set, bytes, or NaN when no collection ran
   */
  public double probeLiveSet(SampleSink sink) throws IOException {
    requireSameProcess();
    if (explicitGcDisabled) {
      long nowMs = System.currentTimeMillis();
      if (!explicitGcDisabledRecorded) {
        sink.accept(nowMs, EXPLICIT_GC_DISABLED_EVENT, 1);
        explicitGcDisabledRecorded = true;
      }
      sink.accept(nowMs, UNMEASURED_PROBE, 1);
      return Double.NaN;
    }
    Map<String, Long> countsBefore = gcPoller.collectionCounts();
    long startNanos = System.nanoTime();
    sampler.memory().gc();
    long tookMs = (System.nanoTime() - startNanos) / 1_000_000;
    ReadClock.Stamped<Long> used =
        ReadClock.SYSTEM.read(() -> sampler.memory().getHeapMemoryUsage().getUsed());
    long nowMs = used.atMs();
    OptionalLong afterCollection = gcPoller.lowestHeapAfterCollectionsSince(countsBefore);
    if (afterCollection.isEmpty()) {
      sink.accept(nowMs, UNMEASURED_PROBE, 1);
      return Double.NaN;
    }
    // The heap used once the call has returned already holds what the target allocated since the
    // collection: in G1 a whole eden region or more. On a loaded clean-clone run every probe read
    // 1-4 MiB above the collection's own figure, and a window whose last bucket held only such a
    // read judged a flat cache a possible staircase. Either figure bounds the live set from above;
    // the lower is the closer (a concurrent collector may free more after its last pause).
    long liveBytes = Math.min(used.value(), afterCollection.getAsLong());
    sink.accept(nowMs, ResourceIds.HEAP_LIVE, liveBytes);
    sink.accept(nowMs, MEASURED_PROBE, tookMs);
    return liveBytes;
  }

  /**
   * Keeps the target's heap from shrinking after forced collections (see {@link HeapShrinkHold}).
   *
   * @return the flag's value before, to give back with {@link #releaseHeapSize}, or null when
   *     nothing was changed
   */
  public String holdHeapSize() throws IOException {
    requireSameProcess();
    return HeapShrinkHold.of(connection).hold();
  }

  /** Gives back the value {@link #holdHeapSize()} returned. */
  public void releaseHeapSize(String previous) throws IOException {
    requireSameProcess();
    HeapShrinkHold.of(connection).release(previous);
  }

  /** A probe whose forced GC ran no collection: it measured nothing. */
  public static final String UNMEASURED_PROBE = "probe.unmeasured";

  /** A measured probe's pause, one row per probe that measured the live set, milliseconds. */
  public static final String MEASURED_PROBE = "probe.pauseMs";

  /**
   * The target's MaxHeapFreeRatio before the watch held its heap size (see {@link HeapShrinkHold}).
   */
  public static final String HEAP_FREE_RATIO_BEFORE = "probe.maxHeapFreeRatioBefore";

  /** The target ignores forced GCs. */
  public static final String EXPLICIT_GC_DISABLED_EVENT = "event:explicit-gc-disabled";

  /** Whether the target runs with -XX:+DisableExplicitGC, by its VM option or its arguments. */
  private static boolean explicitGcDisabled(
      MBeanServerConnection connection, RuntimeMXBean runtime) {
    try {
      HotSpotDiagnosticMXBean hotspot =
          ManagementFactory.getPlatformMXBean(connection, HotSpotDiagnosticMXBean.class);
      return Boolean.parseBoolean(hotspot.getVMOption("DisableExplicitGC").getValue());
    } catch (IOException | RuntimeException e) {
      // Not HotSpot: its arguments may still say so.
    }
    try {
      return runtime.getInputArguments().contains("-XX:+DisableExplicitGC");
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    closeQuietly(connector);
  }

  private static void closeQuietly(JMXConnector connector) {
    try {
      connector.close();
    } catch (IOException ignored) {
      // Closing a dead connection fails; there is nothing left to release.
    }
  }
}
