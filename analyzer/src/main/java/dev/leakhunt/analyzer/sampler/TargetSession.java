package dev.leakhunt.analyzer.sampler;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.RuntimeMXBean;
import java.util.List;
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
  private final SampleSink sink;
  private final Recorder pausesNanos;

  private TargetSession(
      JMXConnector connector,
      MBeanServerConnection connection,
      PlatformSampler sampler,
      GcInfoPoller gcPoller,
      ProcessMemorySampler processMemory,
      SampleSink sink,
      Recorder pausesNanos) {
    this.connector = connector;
    this.connection = connection;
    this.sampler = sampler;
    this.gcPoller = gcPoller;
    this.processMemory = processMemory;
    this.sink = sink;
    this.pausesNanos = pausesNanos;
  }

  /**
   * Connects and checks the user's MBean attributes are readable.
   *
   * @param pausesNanos receives every GC pause, in nanoseconds
   * @throws ConnectionFailedException when the target cannot be reached
   * @throws MBeanUnreadableException when a {@code --mbean} attribute is missing or not numeric
   */
  public static TargetSession open(
      ConnectionSpec spec, List<MBeanAttributeSpec> mbeans, SampleSink sink, Recorder pausesNanos)
      throws ConnectionFailedException {
    JMXConnector connector = new TargetConnector().connect(spec);
    try {
      MBeanServerConnection connection = connector.getMBeanServerConnection();
      PlatformSampler sampler = new PlatformSampler(connection, mbeans);
      for (MBeanAttributeSpec mbean : mbeans) {
        sampler.readNumber(mbean);
      }
      Set<String> heapPools =
          sampler.pools().stream()
              .filter(pool -> pool.getType() == MemoryType.HEAP)
              .map(MemoryPoolMXBean::getName)
              .collect(Collectors.toSet());
      RuntimeMXBean runtime = ManagementFactory.getPlatformMXBean(connection, RuntimeMXBean.class);
      GcInfoPoller poller = new GcInfoPoller(sampler.collectors(), heapPools, runtime);
      ProcessMemorySampler processMemory =
          ProcessMemorySampler.open(connection, runtime, sink, System.currentTimeMillis());
      return new TargetSession(
          connector, connection, sampler, poller, processMemory, sink, pausesNanos);
    } catch (IOException | RuntimeException e) {
      if (e instanceof MBeanUnreadableException unreadable) {
        closeQuietly(connector);
        throw unreadable;
      }
      closeQuietly(connector);
      throw new ConnectionFailedException(
          "cannot read the platform MBeans of "
              + spec.describe()
              + ": "
              + TargetConnector.oneLine(e),
          false,
          e);
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

  /** Samples every resource once, stamped {@code nowMs}, and the collections since the last. */
  public void sample(long nowMs) throws IOException {
    sampler.sample(nowMs, sink);
    processMemory.sample(nowMs, sink);
    gcPoller.poll(nowMs, sink, pausesNanos);
  }

  /**
   * Forces a full collection in the target and records the exact live set as a {@code heap.live}
   * point, and the call's wall time (the target's pause plus one JMX round trip) as {@code
   * probe.pauseMs}.
   *
   * @return the live set, bytes
   */
  public long probeLiveSet() throws IOException {
    long startNanos = System.nanoTime();
    sampler.memory().gc();
    long tookMs = (System.nanoTime() - startNanos) / 1_000_000;
    long usedBytes = sampler.memory().getHeapMemoryUsage().getUsed();
    long nowMs = System.currentTimeMillis();
    sink.accept(nowMs, "heap.live", usedBytes);
    sink.accept(nowMs, "probe.pauseMs", tookMs);
    return usedBytes;
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
