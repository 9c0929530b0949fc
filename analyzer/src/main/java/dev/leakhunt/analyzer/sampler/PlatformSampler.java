package dev.leakhunt.analyzer.sampler;

import com.sun.management.HotSpotDiagnosticMXBean;
import dev.leakhunt.contract.run.ResourceIds;
import dev.leakhunt.contract.text.ErrorText;
import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.AttributeNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;

/**
 * Reads one sample of every platform resource (heap, pools, buffers, threads, classes, file
 * descriptors, CPU, collectors) and of the user's MBean attributes through one JMX connection.
 *
 * <p>Capacities go to the sink as {@code capacity:<resource>} rows only when they change, so the
 * CSV stays small and a re-read still finds the latest limit.
 */
final class PlatformSampler {
  private static final ObjectName OPERATING_SYSTEM = objectName("java.lang:type=OperatingSystem");

  private final MBeanServerConnection connection;
  private final List<MBeanAttributeSpec> mbeans;
  private final MemoryMXBean memory;
  private final List<MemoryPoolMXBean> pools;
  private final List<BufferPoolMXBean> buffers;
  private final List<com.sun.management.GarbageCollectorMXBean> collectors;
  private final ThreadMXBean threads;
  private final ClassLoadingMXBean classes;
  private final double maxDirectMemoryBytes;
  private final Map<String, Double> lastCapacities = new HashMap<>();
  private final ReadClock clock;

  /**
   * @param requireMatches whether an ObjectName pattern that matches no MBean fails: true for the
   *     first connection, false for a reconnection (its MBeans may register later; until then the
   *     family's samples are missing, a gap)
   */
  PlatformSampler(
      MBeanServerConnection connection, List<MBeanAttributeSpec> mbeans, boolean requireMatches)
      throws IOException {
    this(connection, mbeans, requireMatches, ReadClock.SYSTEM);
  }

  /**
   * @param clock stamps each value with the time it was read
   */
  PlatformSampler(
      MBeanServerConnection connection,
      List<MBeanAttributeSpec> mbeans,
      boolean requireMatches,
      ReadClock clock)
      throws IOException {
    this.clock = clock;
    this.connection = connection;
    this.mbeans = expandPatterns(connection, mbeans, requireMatches);
    this.memory = ManagementFactory.getPlatformMXBean(connection, MemoryMXBean.class);
    this.pools = ManagementFactory.getPlatformMXBeans(connection, MemoryPoolMXBean.class);
    this.buffers = ManagementFactory.getPlatformMXBeans(connection, BufferPoolMXBean.class);
    this.collectors =
        ManagementFactory.getPlatformMXBeans(
            connection, com.sun.management.GarbageCollectorMXBean.class);
    this.threads = ManagementFactory.getPlatformMXBean(connection, ThreadMXBean.class);
    this.classes = ManagementFactory.getPlatformMXBean(connection, ClassLoadingMXBean.class);
    this.maxDirectMemoryBytes = maxDirectMemoryBytes(connection);
  }

  /**
   * The attributes with every ObjectName pattern replaced by the MBeans it matches now, in name
   * order: a {@code --latency} pattern names a family of MBeans registered at the target's start.
   */
  private static List<MBeanAttributeSpec> expandPatterns(
      MBeanServerConnection connection, List<MBeanAttributeSpec> specs, boolean requireMatches)
      throws IOException {
    List<MBeanAttributeSpec> expanded = new java.util.ArrayList<>();
    for (MBeanAttributeSpec spec : specs) {
      if (!spec.objectName().isPattern()) {
        expanded.add(spec);
        continue;
      }
      java.util.Set<ObjectName> names =
          new java.util.TreeSet<>(connection.queryNames(spec.objectName(), null));
      if (names.isEmpty() && requireMatches) {
        throw new MBeanUnreadableException(
            spec.option() + " " + spec.objectName() + " matches no MBean of the target", null);
      }
      names.forEach(name -> expanded.add(spec.of(name)));
    }
    return List.copyOf(expanded);
  }

  /** The sampled MBean attributes, patterns expanded. */
  List<MBeanAttributeSpec> mbeans() {
    return mbeans;
  }

  List<com.sun.management.GarbageCollectorMXBean> collectors() {
    return collectors;
  }

  List<MemoryPoolMXBean> pools() {
    return pools;
  }

  MemoryMXBean memory() {
    return memory;
  }

  /**
   * Reads every resource once and hands the values to the sink, each stamped with the time it was
   * read ({@link ReadClock}).
   */
  void sample(SampleSink sink) throws IOException {
    ReadClock.Stamped<MemoryUsage> heapRead = clock.read(memory::getHeapMemoryUsage);
    MemoryUsage heap = heapRead.value();
    long heapMs = heapRead.atMs();
    sink.accept(heapMs, ResourceIds.HEAP_USED, heap.getUsed());
    sink.accept(heapMs, "heap.committed", heap.getCommitted());
    capacity(heapMs, sink, ResourceIds.HEAP_LIVE, heap.getMax());
    capacity(heapMs, sink, ResourceIds.HEAP_USED, heap.getMax());
    read(sink, "nonheap.used", () -> memory.getNonHeapMemoryUsage().getUsed());
    for (MemoryPoolMXBean pool : pools) {
      ReadClock.Stamped<MemoryUsage> read = clock.read(pool::getUsage);
      MemoryUsage usage = read.value();
      if (usage == null) {
        continue;
      }
      sink.accept(read.atMs(), "pool:" + pool.getName() + ".used", usage.getUsed());
      sink.accept(read.atMs(), "pool:" + pool.getName() + ".committed", usage.getCommitted());
      String named = namedPool(pool.getName());
      if (named != null) {
        sink.accept(read.atMs(), named, usage.getUsed());
        capacity(read.atMs(), sink, named, usage.getMax());
      }
    }
    for (BufferPoolMXBean buffer : buffers) {
      String prefix = "buffer." + buffer.getName().replace(' ', '-');
      read(sink, prefix + ".used", buffer::getMemoryUsed);
      read(sink, prefix + ".count", buffer::getCount);
    }
    capacity(clock.nowMs(), sink, ResourceIds.BUFFER_DIRECT_USED, maxDirectMemoryOrHeap(heap));
    read(sink, ResourceIds.THREADS_LIVE, threads::getThreadCount);
    read(sink, "threads.daemon", threads::getDaemonThreadCount);
    read(sink, "threads.peak", threads::getPeakThreadCount);
    read(sink, ResourceIds.CLASSES_LOADED, classes::getLoadedClassCount);
    read(sink, "classes.unloaded", classes::getUnloadedClassCount);
    for (com.sun.management.GarbageCollectorMXBean collector : collectors) {
      String prefix = "gc:" + collector.getName();
      read(sink, prefix + ".count", collector::getCollectionCount);
      read(sink, prefix + ".timeMs", collector::getCollectionTime);
    }
    sampleOperatingSystem(sink);
    for (MBeanAttributeSpec spec : mbeans) {
      ReadClock.Stamped<Double> value;
      try {
        value = clock.read(() -> readNumber(spec));
      } catch (MBeanUnreadableException e) {
        continue; // Checked readable at connect; unregistered for a while is a missing sample.
      }
      sink.accept(value.atMs(), spec.resource(), value.value());
      if (!Double.isNaN(spec.capacity())) {
        capacity(value.atMs(), sink, spec.resource(), (long) spec.capacity());
      }
    }
  }

  /** Reads one number and hands it to the sink stamped with the time it was read. */
  private void read(SampleSink sink, String resource, ReadClock.Call<Number, IOException> call)
      throws IOException {
    ReadClock.Stamped<Number> read = clock.read(call);
    sink.accept(read.atMs(), resource, read.value().doubleValue());
  }

  /** Reads a user MBean attribute as a number, or fails with a line naming the attribute. */
  double readNumber(MBeanAttributeSpec spec) throws IOException {
    Object value;
    try {
      value = connection.getAttribute(spec.objectName(), spec.attribute());
    } catch (JMException e) {
      throw new MBeanUnreadableException(
          spec.option()
              + " "
              + spec.objectName()
              + "#"
              + spec.attribute()
              + " cannot be read: "
              + ErrorText.oneLine(e),
          e);
    }
    if (!(value instanceof Number number)) {
      throw new MBeanUnreadableException(
          spec.option()
              + " "
              + spec.objectName()
              + "#"
              + spec.attribute()
              + " is not numeric (got "
              + (value == null ? "null" : value.getClass().getSimpleName())
              + ")",
          null);
    }
    return number.doubleValue();
  }

  private void sampleOperatingSystem(SampleSink sink) throws IOException {
    ReadClock.Stamped<Double> open = clock.read(() -> optionalNumber("OpenFileDescriptorCount"));
    if (open.value() != null) {
      sink.accept(open.atMs(), ResourceIds.FD_OPEN, open.value());
    }
    ReadClock.Stamped<Double> max = clock.read(() -> optionalNumber("MaxFileDescriptorCount"));
    if (max.value() != null) {
      capacity(max.atMs(), sink, ResourceIds.FD_OPEN, max.value().longValue());
    }
    ReadClock.Stamped<Double> cpu = clock.read(() -> optionalNumber("ProcessCpuLoad"));
    if (cpu.value() != null && cpu.value() >= 0) {
      sink.accept(cpu.atMs(), "cpu.process", cpu.value());
    }
  }

  private Double optionalNumber(String attribute) throws IOException {
    try {
      Object value = connection.getAttribute(OPERATING_SYSTEM, attribute);
      return value instanceof Number number ? number.doubleValue() : null;
    } catch (AttributeNotFoundException e) {
      return null; // Not every platform has file descriptors.
    } catch (JMException e) {
      return null;
    }
  }

  private void capacity(long nowMs, SampleSink sink, String resource, double max) {
    if (max < 0) {
      return; // -1 means undefined: the pool may grow without a set limit.
    }
    Double last = lastCapacities.put(resource, max);
    if (last == null || last != max) {
      sink.accept(nowMs, "capacity:" + resource, max);
    }
  }

  private double maxDirectMemoryOrHeap(MemoryUsage heap) {
    // The JDK's default direct memory limit is the max heap when the flag is unset (0).
    return maxDirectMemoryBytes > 0 ? maxDirectMemoryBytes : heap.getMax();
  }

  private static String namedPool(String poolName) {
    return switch (poolName) {
      case "Metaspace" -> ResourceIds.METASPACE_USED;
      case "Compressed Class Space" -> ResourceIds.COMPRESSED_CLASS_SPACE_USED;
      default -> null;
    };
  }

  private static double maxDirectMemoryBytes(MBeanServerConnection connection) {
    try {
      HotSpotDiagnosticMXBean hotspot =
          ManagementFactory.getPlatformMXBean(connection, HotSpotDiagnosticMXBean.class);
      return Double.parseDouble(hotspot.getVMOption("MaxDirectMemorySize").getValue());
    } catch (RuntimeException | IOException e) {
      return 0; // Not HotSpot: fall back to the heap limit, the JDK's default.
    }
  }

  private static ObjectName objectName(String name) {
    try {
      return new ObjectName(name);
    } catch (JMException e) {
      throw new IllegalStateException(e);
    }
  }
}
